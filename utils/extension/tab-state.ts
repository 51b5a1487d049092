import { browser } from 'wxt/browser';
import { tabStateSchema, type TabState } from './messages';

/**
 * The tab the popup is about: the one named by `?tab=` (tests and screenshots open the popup as a
 * page), else the active tab of the window. Its page and fixed links come from the background, which
 * heard them from the content script, so no `tabs` permission is needed.
 */
export async function readTabState(search: string): Promise<TabState & { tabId: number | null }> {
  const named = Number(new URLSearchParams(search).get('tab'));
  const tabId = Number.isInteger(named) && named > 0 ? named : ((await activeTabId()) ?? null);
  if (tabId === null) return { tabId, url: null, fixed: [] };
  const reply: unknown = await browser.runtime.sendMessage({ type: 'getTab', tabId }).catch(() => null);
  const parsed = tabStateSchema.safeParse(reply);
  return { tabId, ...(parsed.success ? parsed.data : { url: null, fixed: [] }) };
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
