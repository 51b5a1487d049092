import { browser } from 'wxt/browser';
import type { FixedLink, TabState } from './messages';

/** The most links kept per tab (a hostile page cannot grow the background's memory without bound). */
const MAX_PER_TAB = 1000;

/**
 * What Unwall fixed in each tab, kept by the background for the popup, with the count on the
 * toolbar badge. Lists live in memory: a tab's content script reports again when the page loads.
 */
export function createFixedLinks() {
  const byTab = new Map<number, FixedLink[]>();
  const pageOf = new Map<number, string>();
  const action = browser.action ?? browser.browserAction;

  const showCount = (tabId: number) => {
    const count = byTab.get(tabId)?.length ?? 0;
    void action.setBadgeText({ tabId, text: count ? String(count) : '' }).catch(() => {});
  };

  void action.setBadgeBackgroundColor({ color: '#0f766e' }).catch(() => {});
  return {
    add(tabId: number, items: readonly FixedLink[]): void {
      const list = byTab.get(tabId) ?? [];
      list.push(...items.slice(0, Math.max(0, MAX_PER_TAB - list.length)));
      byTab.set(tabId, list);
      showCount(tabId);
    },
    /** A new page (or new settings) in the tab: its list starts again; `url` is its top frame's address once its content script runs. */
    clear(tabId: number, url?: string): void {
      byTab.delete(tabId);
      if (url === undefined) pageOf.delete(tabId);
      else pageOf.set(tabId, url.slice(0, 8192));
      showCount(tabId);
    },
    forget(tabId: number): void {
      byTab.delete(tabId);
      pageOf.delete(tabId);
    },
    state(tabId: number): TabState {
      return { url: pageOf.get(tabId) ?? null, fixed: byTab.get(tabId) ?? [] };
    },
  };
}
