import type { OpenWrapper } from '@/utils/links/open-wrappers';
import { directOpenTarget, readOpenWrappers } from './open-target';

/**
 * Both sides of the `window.open` guard on the pages that open outside links from script (a
 * platform's `windowOpenHosts`). The page-world script wraps `window.open` at document_start; the
 * isolated content script, once the background has said that Unwall is on there and which simple
 * wrappers it may take off, hands that list over in one event. `window.open` must answer at once, so
 * the page-world side decides alone, from the list, and leaves every call alone until it has one.
 */

const EVENT = 'unwall:open-wrappers';

/**
 * The isolated side: hands the list over (again after a change of settings; an empty list turns the
 * guard off). JSON text, because a string crosses from the content script's world to the page's
 * as it is in Chrome and in Firefox, where an object would not.
 */
export function handOverOpenWrappers(win: Window, wrappers: readonly OpenWrapper[]): void {
  win.dispatchEvent(new CustomEvent(EVENT, { detail: JSON.stringify(wrappers) }));
}

/**
 * The page-world side: `window.open` becomes a proxy of itself that passes a listed wrapper's direct
 * target on instead of the wrapper, and every other call unchanged (arguments, `this`, result). A
 * proxy keeps the function's name and length. Its listener is the window's first (this runs before
 * the page's scripts) and stops the event there, so the page's own listeners never read the list.
 * The page can send a list of its own, or call `window.open` with anything; neither lets it open an
 * address it could not open itself (see `directOpenTarget`), so the list needs no secret.
 */
export function guardWindowOpen(win: Window): void {
  let wrappers: readonly OpenWrapper[] = [];
  const listen = (event: Event) => {
    event.stopImmediatePropagation();
    wrappers = readOpenWrappers((event as CustomEvent<unknown>).detail);
  };
  win.addEventListener(EVENT, listen, true);
  win.open = new Proxy(win.open, {
    apply(open, self: unknown, args: unknown[]) {
      const direct = directOpenTarget(args[0], win.document.baseURI, wrappers);
      return Reflect.apply(open, self, direct === null ? args : [direct, ...args.slice(1)]);
    },
  });
}
