import { describe, expect, it } from 'vitest';
import { createReplacedHrefs } from './replaced-hrefs';

const anchor = {} as Element;

describe('the hrefs Unwall replaced on an anchor', () => {
  it('gives up on an href the page put back three times, and only on that href', () => {
    const hrefs = createReplacedHrefs();
    hrefs.note(anchor, 'w1');
    for (let round = 0; round < 3; round++) {
      expect(hrefs.isFought(anchor, 'w1')).toBe(false);
      hrefs.note(anchor, 'w1');
    }
    expect(hrefs.isFought(anchor, 'w1')).toBe(true);
    expect(hrefs.isFought(anchor, 'w2')).toBe(false);
    expect(hrefs.isFought({} as Element, 'w1')).toBe(false);
  });

  it('sees a page putting two wrappers back in turn', () => {
    const hrefs = createReplacedHrefs();
    for (let round = 0; round < 4; round++) hrefs.note(anchor, round % 2 ? 'w2' : 'w1');
    expect(hrefs.isFought(anchor, 'w1')).toBe(false);
    hrefs.note(anchor, 'w1');
    expect(hrefs.isFought(anchor, 'w1')).toBe(true);
    expect(hrefs.isFought(anchor, 'w2')).toBe(true);
  });

  it('counts nothing for a feed that reuses an anchor for ever new posts, and remembers only the last eight', () => {
    const hrefs = createReplacedHrefs();
    for (let post = 0; post < 20; post++) hrefs.note(anchor, `post${post}`);
    expect(hrefs.isFought(anchor, 'post19')).toBe(false);
    // post0 is forgotten: its return is a new href, not a round (and pushes post12 out).
    hrefs.note(anchor, 'post0');
    hrefs.note(anchor, 'post13');
    hrefs.note(anchor, 'post19');
    expect(hrefs.isFought(anchor, 'post19')).toBe(false);
    hrefs.note(anchor, 'post19');
    expect(hrefs.isFought(anchor, 'post19')).toBe(true);
  });

  it('forgets everything when cleared', () => {
    const hrefs = createReplacedHrefs();
    for (let round = 0; round < 4; round++) hrefs.note(anchor, 'w1');
    hrefs.clear();
    expect(hrefs.isFought(anchor, 'w1')).toBe(false);
  });
});
