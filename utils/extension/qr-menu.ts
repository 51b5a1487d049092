import { browser, type Browser } from 'wxt/browser';
import { openNextTo } from './next-to';
import { contextMenusApi, toolbarButton } from './optional-apis';
import { t } from './i18n';
import { captureVisibleTab, storeQrRequest } from './qr-requests';

export const QR_READ_MENU = 'unwall-read-qr';

/** "Read QR code" on pictures; `createContextMenus` adds it with the others. */
export function createQrReadMenu(menus: NonNullable<ReturnType<typeof contextMenusApi>>): void {
  menus.create({ id: QR_READ_MENU, title: t('menuReadQr'), contexts: ['image'] });
}

/** From a private tab nothing opens (its picture must not reach a normal window): the toolbar button says so. */
async function sayNotRead(tabId: number): Promise<void> {
  const action = toolbarButton();
  await action.setTitle({ tabId, title: t('menuQrNotRead') }).catch(() => {});
  await action.setBadgeText({ tabId, text: '!' }).catch(() => {});
}

/**
 * Opens the result page next to the tab, which decodes the picture and shows what each code is. The
 * tab is captured first, while the click grants `activeTab`: a picture on the web is read from the tab
 * as shown, never fetched. Nothing a code leads to is ever opened by itself.
 */
export async function onQrReadMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) {
  if (info.menuItemId !== QR_READ_MENU) return;
  if (tab?.incognito) return tab.id === undefined ? undefined : sayNotRead(tab.id);
  const capture = await captureVisibleTab(tab?.windowId).catch(() => null);
  const id = await storeQrRequest(info.srcUrl ?? null, capture);
  await openNextTo(browser.runtime.getURL(`/popup.html?qr=${id}`), tab);
}
