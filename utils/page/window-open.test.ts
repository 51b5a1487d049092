// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import type { OpenWrapper } from '@/utils/links/open-wrappers';
import { guardWindowOpen, handOverOpenWrappers } from './window-open';

const CSDN = 'https://link.csdn.net/?target=https%3A%2F%2Fexample.org%2F';
const csdn: OpenWrapper[] = [{ host: 'link.csdn.net', path: '/', param: 'target' }];

/** A window whose native `open` records its calls, guarded as the page-world script guards it. */
function guarded() {
  const win = new Window({ url: 'https://blog.csdn.net/a/1' }) as unknown as globalThis.Window;
  const calls: { self: unknown; args: unknown[] }[] = [];
  win.open = function open(this: unknown, ...args: unknown[]) {
    calls.push({ self: this, args });
    return null;
  };
  guardWindowOpen(win);
  return { win, calls, last: () => calls.at(-1)?.args };
}

describe('the window.open guard', () => {
  it('leaves every call alone until it has a list', () => {
    const { win, last } = guarded();
    win.open(CSDN, '_blank');
    expect(last()).toEqual([CSDN, '_blank']);
  });

  it('opens the direct target of a listed wrapper, with the other arguments and the result as they were', () => {
    const { win, last } = guarded();
    handOverOpenWrappers(win, csdn);
    win.open(CSDN, '_blank', 'noopener');
    expect(last()).toEqual(['https://example.org/', '_blank', 'noopener']);
    win.open('https://example.org/other');
    expect(last()).toEqual(['https://example.org/other']);
    win.open();
    expect(last()).toEqual([]);
  });

  it('calls the native open with the same `this`', () => {
    const { win, calls } = guarded();
    handOverOpenWrappers(win, csdn);
    const self = {};
    Reflect.apply(win.open, self, [CSDN]);
    expect(calls.at(-1)?.self).toBe(self);
  });

  it('stops when an empty list comes (Unwall turned off for the site, or wrappers switched off)', () => {
    const { win, last } = guarded();
    handOverOpenWrappers(win, csdn);
    handOverOpenWrappers(win, []);
    win.open(CSDN);
    expect(last()).toEqual([CSDN]);
  });

  it("keeps the list from the page's own listeners", () => {
    const { win } = guarded();
    const pageListener = vi.fn();
    win.addEventListener('unwall:open-wrappers', pageListener);
    handOverOpenWrappers(win, csdn);
    expect(pageListener).not.toHaveBeenCalled();
  });

  it("keeps the native function's name and length", () => {
    const { win } = guarded();
    expect([win.open.name, win.open.length]).toEqual(['open', 0]);
  });

  it('reads a relative wrapper against the page address, as window.open does', () => {
    const { win, last } = guarded();
    handOverOpenWrappers(win, [{ host: 'blog.csdn.net', path: '/go', param: 'u' }]);
    win.open('/go?u=https%3A%2F%2Fexample.org%2F');
    expect(last()).toEqual(['https://example.org/']);
  });
});
