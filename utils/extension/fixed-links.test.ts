import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFixedLinks, WRITE_DELAY_MS } from './fixed-links';
import type { FixedLink } from '@/utils/protocol';

const TAB = 4;
const PAGE = 'https://weibo.com/feed/';
const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html?tab=4') };
const link = (n: number, kind: FixedLink['kind'] = 'share'): FixedLink => ({
  original: `share text ${n}`,
  url: `https://3.cn/${n}`,
  kind,
  platform: 'jd',
  label: 'JD.com share text',
});

/** Lets the debounced write to `storage.session` happen. */
const settle = () => vi.advanceTimersByTimeAsync(WRITE_DELAY_MS);
const badge = () => fakeBrowser.action.getBadgeText({ tabId: TAB });

describe('the fixed links of each tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('survives the worker’s restart: a new worker reads the lists from storage.session', async () => {
    const first = createFixedLinks();
    await first.hello(TAB, 0, PAGE);
    await first.add(TAB, 0, [link(1), link(2)]);
    await settle();
    const restarted = createFixedLinks();
    expect(await restarted.stateFor(TAB, popup)).toEqual({
      url: PAGE,
      fixed: [link(1), link(2)].map((item) => ({ ...item, frame: 0 })),
      clickable: 0,
    });
  });

  it('keeps working in memory where there is no storage.session (Firefox’s persistent background)', async () => {
    const fixed = createFixedLinks(undefined);
    await fixed.hello(TAB, 0, PAGE);
    await fixed.add(TAB, 0, [link(1)]);
    expect((await fixed.stateFor(TAB, popup))?.fixed).toEqual([{ ...link(1), frame: 0 }]);
  });

  it('writes a burst of reports once', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    const fixed = createFixedLinks();
    for (let n = 0; n < 20; n++) await fixed.add(TAB, 0, [link(n)]);
    await settle();
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('forgets a closed tab and a tab that loads another page, in storage too', async () => {
    const fixed = createFixedLinks();
    await fixed.add(TAB, 0, [link(1)]);
    await fixed.add(TAB + 1, 0, [link(2)]);
    await settle();
    await fixed.forget(TAB);
    await fixed.navigated(TAB + 1);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB + 1 })).toBe('');
  });

  it('counts on the badge only what was unblocked, not plain addresses made clickable', async () => {
    const fixed = createFixedLinks();
    await fixed.add(TAB, 0, [link(1, 'url'), link(2, 'wrapper'), link(3, 'url')]);
    expect(await badge()).toBe('1');
    expect(await fixed.stateFor(TAB, popup)).toMatchObject({ fixed: [link(2, 'wrapper')], clickable: 2 });
  });

  it('empties the badge and the list when the page is restored (the site switched off)', async () => {
    const fixed = createFixedLinks();
    await fixed.hello(TAB, 0, PAGE);
    await fixed.add(TAB, 0, [link(1), link(2)]);
    await fixed.hello(TAB, 0, PAGE);
    expect(await badge()).toBe('');
    expect(await fixed.stateFor(TAB, popup)).toEqual({ url: PAGE, fixed: [], clickable: 0 });
  });

  it.each([
    ['a content script (its web page’s address)', { id: fakeBrowser.runtime.id, url: PAGE }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }],
    [
      'a page of another extension posing with our id',
      { id: fakeBrowser.runtime.id, url: 'chrome-extension://other/x.html' },
    ],
    ['a sender without an address', { id: fakeBrowser.runtime.id }],
  ])('tells %s nothing about a tab', async (_, sender) => {
    const fixed = createFixedLinks();
    await fixed.add(TAB, 0, [link(1)]);
    expect(await fixed.stateFor(TAB, sender)).toBeUndefined();
  });
});
