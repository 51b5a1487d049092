import { browser, type Browser } from 'wxt/browser';
import { isHttpHref } from '@/utils/url';
import { createPageEngine } from '@/utils/links';
import { t } from './i18n';
import { contextMenusApi, toolbarButton } from './optional-apis';
import { readSettings } from './settings';

const LINK_MENU = 'unwall-open-link';
const SELECTION_MENU = 'unwall-open-selection';
const MAX_SELECTION = 20_000;

/**
 * "Open direct link" on a link and on selected text (a share text); created once per install or update.
 * None where the browser has no context menus (Firefox for Android): the popup's paste box does the
 * same there.
 */
export function createContextMenus(): void {
  const menus = contextMenusApi();
  if (!menus) return;
  void menus.removeAll().then(() => {
    menus.create({ id: LINK_MENU, title: t('menuOpenLink'), contexts: ['link'] });
    menus.create({ id: SELECTION_MENU, title: t('menuOpenSelection'), contexts: ['selection'] });
  });
}

/** The one direct link a click leads to, or null when there is none or more than one to choose from. */
async function directLinkFor(info: Browser.contextMenus.OnClickData): Promise<string | null> {
  const { userRules, mirrors } = await readSettings();
  const engine = createPageEngine(userRules, { mirrors });
  if (info.menuItemId === LINK_MENU && info.linkUrl) {
    return engine.toDirectUrl(info.linkUrl) ?? (isHttpHref(info.linkUrl) ? info.linkUrl : null);
  }
  const urls = engine
    .findLinks((info.selectionText ?? '').slice(0, MAX_SELECTION))
    .flatMap((l) => l.url ?? []);
  return new Set(urls).size === 1 ? urls[0]! : null;
}

/**
 * Where a new tab goes: next to the clicked tab, in its window. Chrome refuses an opener in another
 * window ("Tab opener must be in the same window"), which is where a tab lands by default when the
 * click was in a private window, and a private window's text must never reach a normal one.
 */
function nextTo(tab?: Browser.tabs.Tab): Browser.tabs.CreateProperties {
  if (tab?.id === undefined) return {};
  return { windowId: tab.windowId, index: tab.index + 1, openerTabId: tab.id };
}

/** When nothing could be opened, the toolbar button says so on that tab (no new permission needed). */
async function sayNothingOpened(tab?: Browser.tabs.Tab): Promise<void> {
  if (tab?.id === undefined) return;
  const action = toolbarButton();
  await action.setTitle({ tabId: tab.id, title: t('menuNothingOpened') }).catch(() => {});
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
  if (info.menuItemId !== LINK_MENU && info.menuItemId !== SELECTION_MENU) return;
  const direct = await directLinkFor(info);
  if (!direct && tab?.incognito) return sayNothingOpened(tab);
  const text = (info.menuItemId === LINK_MENU ? info.linkUrl : info.selectionText) ?? '';
  const url = direct ?? browser.runtime.getURL(`/popup.html?text=${encodeURIComponent(text.slice(0, 4000))}`);
  await openNextTo(url, tab).catch(() => sayNothingOpened(tab));
}

/**
 * Opens the tab next to the clicked one. Where the browser refuses the opener (Chrome across windows;
 * Firefox for Android has no `openerTabId` at all), it opens again in the same window without one, so
 * a private window's text still stays there. Firefox throws a schema error at the call, not in the
 * promise: both calls are awaited inside `try`.
 */
async function openNextTo(url: string, tab?: Browser.tabs.Tab): Promise<void> {
  const placed = nextTo(tab);
  try {
    await browser.tabs.create({ url, ...placed });
  } catch (error) {
    if (placed.openerTabId === undefined) throw error;
    await browser.tabs.create({ url, windowId: placed.windowId, index: placed.index });
  }
}
