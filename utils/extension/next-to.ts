import type { Browser } from 'wxt/browser';

/**
 * Where a new tab goes: next to the clicked tab, in its window. Chrome refuses an opener in another
 * window ("Tab opener must be in the same window"), which is where a tab lands by default when the
 * click was in a private window, and a private window's text must never reach a normal one.
 */
export function nextTo(tab?: Browser.tabs.Tab): Browser.tabs.CreateProperties {
  if (tab?.id === undefined) return {};
  return { windowId: tab.windowId, index: tab.index + 1, openerTabId: tab.id };
}
