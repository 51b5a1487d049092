import { browser, type Browser } from 'wxt/browser';
import { isHttpHref } from '@/utils/url';
import { createPageEngine } from '@/utils/links';
import { copyFromBackground } from './clipboard';
import { createFixMenus } from './fix-menu';
import { t } from './i18n';
import { openNextTo } from './next-to';
import { contextMenusApi, toolbarButton } from './optional-apis';
import { createQrReadMenu } from './qr-menu';
import { readSettings } from './settings';

const LINK_MENU = 'unwall-open-link';
const SELECTION_MENU = 'unwall-open-selection';
/** "Show as QR code", on a link and on selected text alike: a link wins over a selection inside it. */
const QR_MENU = 'unwall-show-qr';
/** "Copy direct link", on a link and on selected text alike, as "Show as QR code". */
const COPY_MENU = 'unwall-copy-link';
const MAX_SELECTION = 20_000;

/**
 * "Open direct link" on a link and on selected text (a share text), "Copy direct link" and "Show as
 * QR code" on both, "Open original link" and "Restore this link" on links (for the fixes Unwall made,
 * see `onFixMenuClick`), and "Read QR code" on pictures; created once per install or update. None where the browser has no
 * context menus (Firefox for Android): the popup's paste box, QR codes and reader do the same there.
 */
export function createContextMenus(): void {
  const menus = contextMenusApi();
  if (!menus) return;
  void menus.removeAll().then(() => {
    menus.create({ id: LINK_MENU, title: t('menuOpenLink'), contexts: ['link'] });
    menus.create({ id: SELECTION_MENU, title: t('menuOpenSelection'), contexts: ['selection'] });
    menus.create({ id: COPY_MENU, title: t('menuCopyLink'), contexts: ['link', 'selection'] });
    menus.create({ id: QR_MENU, title: t('menuShowQr'), contexts: ['link', 'selection'] });
    createFixMenus(menus);
    createQrReadMenu(menus);
  });
}

/**
 * The one direct link a click leads to, or null when there is none or more than one to choose from.
 * A link the engine has no direct address for leads to itself when it is http(s), unless `engineOnly`.
 */
async function directLinkFor(
  info: Browser.contextMenus.OnClickData,
  fromLink = info.menuItemId === LINK_MENU,
  engineOnly = false,
): Promise<string | null> {
  const { userRules, mirrors, disabledRules } = await readSettings();
  const engine = createPageEngine(userRules, { mirrors, off: disabledRules });
  if (fromLink && info.linkUrl) {
    const direct = engine.toDirectUrl(info.linkUrl);
    return direct ?? (!engineOnly && isHttpHref(info.linkUrl) ? info.linkUrl : null);
  }
  const urls = engine
    .findLinks((info.selectionText ?? '').slice(0, MAX_SELECTION))
    .flatMap((l) => l.url ?? []);
  return new Set(urls).size === 1 ? urls[0]! : null;
}

/** When nothing could be opened, the toolbar button says so on that tab (no new permission needed). */
async function sayNothingOpened(tab?: Browser.tabs.Tab, message = 'menuNothingOpened'): Promise<void> {
  if (tab?.id === undefined) return;
  const action = toolbarButton();
  await action.setTitle({ tabId: tab.id, title: t(message) }).catch(() => {});
  await action.setBadgeText({ tabId: tab.id, text: '!' }).catch(() => {});
}

/**
 * Opens the direct link next to the tab; when there is none, or several, opens the paste page with
 * the text so the user sees what Unwall found (or that it found nothing). Not from a private tab:
 * Chrome loads no page of a "spanning" extension (the default) into a private window
 * (https://developer.chrome.com/docs/extensions/reference/manifest/incognito), so the paste page
 * would carry the private text into a normal window; the toolbar button tells the user instead.
 */
export async function onContextMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) {
  if (info.menuItemId === QR_MENU) return showQrCode(info, tab);
  if (info.menuItemId === COPY_MENU) return copyDirectLink(info, tab);
  if (info.menuItemId !== LINK_MENU && info.menuItemId !== SELECTION_MENU) return;
  const direct = await directLinkFor(info);
  if (!direct && tab?.incognito) return sayNothingOpened(tab);
  const text = (info.menuItemId === LINK_MENU ? info.linkUrl : info.selectionText) ?? '';
  const url = direct ?? browser.runtime.getURL(`/popup.html?text=${encodeURIComponent(text.slice(0, 4000))}`);
  await openNextTo(url, tab).catch(() => sayNothingOpened(tab));
}

/**
 * "Show as QR code": the QR page of the one direct link of a link or a selected share text, next to
 * the tab; the paste page with the text when a selection holds none or several (its rows show their
 * own codes). Never from a private tab, for the reason above: the toolbar button says so instead.
 */
async function showQrCode(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (tab?.incognito) return sayNothingOpened(tab, 'menuQrPrivate');
  const fromLink = info.linkUrl !== undefined;
  const direct = await directLinkFor(info, fromLink);
  const text = (fromLink ? info.linkUrl : info.selectionText) ?? '';
  const url = direct
    ? browser.runtime.getURL(`/qr.html?url=${encodeURIComponent(direct)}`)
    : browser.runtime.getURL(`/popup.html?text=${encodeURIComponent(text.slice(0, 4000))}`);
  await openNextTo(url, tab).catch(() => sayNothingOpened(tab));
}

/**
 * "Copy direct link": the direct http(s) address the engine gives for a link, or the one link of a
 * selected share text; nothing else (a link that is already direct has the browser's own "Copy link
 * address"). When nothing was copied, the toolbar button says so on that tab.
 */
async function copyDirectLink(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  const direct = await directLinkFor(info, info.linkUrl !== undefined, true);
  const copied = direct !== null && isHttpHref(direct) && (await copyFromBackground(direct));
  if (!copied) await sayNothingOpened(tab, 'menuNothingCopied');
}
