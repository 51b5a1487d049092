import { browser, type Browser } from 'wxt/browser';

/**
 * Where a new tab goes: next to the clicked tab, in its window. Chrome refuses an opener in another
 * window ("Tab opener must be in the same window"), which is where a tab lands by default when the
 * click was in a private window, and a private window's text must never reach a normal one.
 */
export function nextTo(tab?: Browser.tabs.Tab): Browser.tabs.CreateProperties {
  if (tab?.id === undefined) return {};
  return { windowId: tab.windowId, index: tab.index + 1, openerTabId: tab.id };
}

/**
 * Opens the tab next to the clicked one. Where the browser refuses the opener (Chrome across windows;
 * Firefox for Android has no `openerTabId` at all), it opens again in the same window without one, so
 * a private window's text still stays there. Firefox throws a schema error at the call, not in the
 * promise: both calls are awaited inside `try`.
 */
export async function openNextTo(url: string, tab?: Browser.tabs.Tab): Promise<void> {
  const placed = nextTo(tab);
  try {
    await browser.tabs.create({ url, ...placed });
  } catch (error) {
    if (placed.openerTabId === undefined) throw error;
    await browser.tabs.create({ url, windowId: placed.windowId, index: placed.index });
  }
}
