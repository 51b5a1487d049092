import type { Worker } from '@playwright/test';

/**
 * Clicks a context-menu item as the browser would: its click event, dispatched in the service worker
 * on the active tab (Playwright cannot reach the browser's own menu). Every listener the background
 * registered on `contextMenus.onClicked` hears it.
 */
export async function clickMenu(worker: Worker, info: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (info) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const onClicked = chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void };
    onClicked.dispatch({ editable: false, pageUrl: tab?.url ?? '', frameId: 0, ...info }, tab);
  }, info);
}
