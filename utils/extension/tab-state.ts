import { browser } from 'wxt/browser';
import type { TabState } from '@/utils/protocol';
import { tabStateSchema } from './requests';
import { tabKey } from './tab-record';

const NO_PAGE: TabState = { url: null, fixed: [], clickable: 0 };

/**
 * The tab the popup is about: the one named by `?tab=` (tests and screenshots open the popup as a
 * page), else the active tab of the window. Its page and fixed links come from the background, which
 * heard them from the content script, so no `tabs` permission is needed.
 */
export async function readTabState(search: string): Promise<TabState & { tabId: number | null }> {
  const named = Number(new URLSearchParams(search).get('tab'));
  const tabId = Number.isInteger(named) && named > 0 ? named : ((await activeTabId()) ?? null);
  return { tabId, ...(tabId === null ? NO_PAGE : await askTabState(tabId)) };
}

async function askTabState(tabId: number): Promise<TabState> {
  const reply: unknown = await browser.runtime.sendMessage({ type: 'getTab', tabId }).catch(() => null);
  const parsed = tabStateSchema.safeParse(reply);
  return parsed.success ? parsed.data : NO_PAGE;
}

/**
 * Calls back with the tab's state each time the background stores a new one (a frame reported links,
 * or restored its page when the site was switched off), so an open popup follows the page. Returns
 * the unsubscribe function.
 */
export function watchTabState(tabId: number, callback: (state: TabState) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && tabKey(tabId) in changes) void askTabState(tabId).then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
