import { browser, type Browser } from 'wxt/browser';
import { hostOfHref, isHttpHref } from '@/utils/url';
import { isSiteDisabled } from '@/utils/settings/schema';
import { openNextTo } from './next-to';
import { readSettings, setSiteDisabled } from './settings';

/** The keyboard commands of the manifest (wxt.config.ts), each with its suggested keys there. */
export const COMMANDS = {
  toggleSite: 'toggle-site',
  openPaste: 'open-paste',
} as const;

type Tab = Browser.tabs.Tab;

export interface CommandContext {
  /** The page a tab shows as its content script reported it (no `tabs` permission needed). */
  pageOf(tabId: number): Promise<string | null>;
}

/** The http(s) host of the tab's page: the browser's word (a command grants activeTab), else the report. */
async function hostOfTab(tab: Tab | undefined, context: CommandContext): Promise<string | null> {
  const url = tab?.url ?? (tab?.id === undefined ? null : await context.pageOf(tab.id));
  return url && isHttpHref(url) ? hostOfHref(url) : null;
}

/** Switches Unwall off for the tab's whole site, or back on when it is off there (as the popup's switch). */
async function toggleSite(tab: Tab | undefined, context: CommandContext): Promise<void> {
  const host = await hostOfTab(tab, context);
  if (!host) return;
  const { disabledSites } = await readSettings();
  await setSiteDisabled(host, !isSiteDisabled(disabledSites, host));
}

/**
 * Opens the paste page next to the tab. From a private tab, in a normal window: it carries no text
 * of the private one, and Chrome loads no page of ours into a private window (see `showQrCode`).
 */
function openPaste(tab: Tab | undefined): Promise<void> {
  return openNextTo(browser.runtime.getURL('/popup.html?paste'), tab?.incognito ? undefined : tab);
}

/**
 * The handler of `commands.onCommand`: a keyboard shortcut the user pressed, with the active tab.
 * @example commands.onCommand.addListener(onCommandWith({ pageOf }))
 */
export function onCommandWith(context: CommandContext) {
  return async (command: string, tab?: Tab): Promise<void> => {
    if (command === COMMANDS.toggleSite) await toggleSite(tab, context);
    else if (command === COMMANDS.openPaste) await openPaste(tab);
  };
}
