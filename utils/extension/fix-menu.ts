import type { Browser } from 'wxt/browser';
import { fixActionsFor } from './fix-actions';
import { t } from './i18n';
import { toolbarButton, type contextMenusApi } from './optional-apis';

export const ORIGINAL_MENU = 'unwall-open-original';
export const RESTORE_MENU = 'unwall-restore-link';

/** "Open original link" and "Restore this link", on links; `createContextMenus` adds them with the others. */
export function createFixMenus(menus: NonNullable<ReturnType<typeof contextMenusApi>>): void {
  menus.create({ id: ORIGINAL_MENU, title: t('menuOpenOriginal'), contexts: ['link'] });
  menus.create({ id: RESTORE_MENU, title: t('menuRestoreLink'), contexts: ['link'] });
}

/** Nothing was done (no fix of Unwall's there, or the page changed it since): the toolbar button says so on that tab. */
async function sayNothingUndone(tabId: number, message: 'menuNothingOriginal' | 'menuNothingRestored') {
  const action = toolbarButton();
  await action.setTitle({ tabId, title: t(message) }).catch(() => {});
  await action.setBadgeText({ tabId, text: '!' }).catch(() => {});
}

/**
 * "Open original link" and "Restore this link" on a link: the same undo as the popup's row of that
 * fix (`fixActionsFor`), for the fix the user right-clicked, which only the frame it is in knows. The
 * menu shows on every link (a menu cannot be shown on some links only); on a link that is not one of
 * Unwall's fixes, or one the page has changed since the right-click, the frame finds no fix and
 * nothing is done, opened or restored: the toolbar button says so. Only an http(s) original the page
 * had there is ever opened.
 */
export async function onFixMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) {
  if (info.menuItemId !== ORIGINAL_MENU && info.menuItemId !== RESTORE_MENU) return;
  if (tab?.id === undefined || !info.linkUrl) return;
  const actions = fixActionsFor(tab.id);
  const target = { frame: info.frameId ?? 0, clicked: info.linkUrl };
  if (info.menuItemId === RESTORE_MENU) {
    if (!(await actions.restore(target))) await sayNothingUndone(tab.id, 'menuNothingRestored');
  } else if (!(await actions.openOriginal(target).catch(() => false)))
    await sayNothingUndone(tab.id, 'menuNothingOriginal');
}
