import { browser } from 'wxt/browser';

type ContextMenus = typeof browser.contextMenus;
type Commands = typeof browser.commands;

/** What Unwall asks of the toolbar button: a title and a badge per tab. */
export interface ToolbarButton {
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
}

/** The namespaces that one browser or another lacks, each optional. */
interface OptionalApis {
  contextMenus?: ContextMenus;
  menus?: ContextMenus;
  commands?: Commands;
  action?: ToolbarButton;
  browserAction?: ToolbarButton;
}

const optional = () => browser as unknown as OptionalApis;

/**
 * The context-menu API, or undefined where the browser has none: Firefox for Android has neither
 * `contextMenus` nor its alias `menus`, whatever the manifest asks for
 * (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/menus#browser_compatibility).
 * Read on each call, not once, so that a test can take it away.
 * @example contextMenusApi()?.onClicked.addListener(onClick) // no listener, and no error, on Android
 */
export function contextMenusApi(): ContextMenus | undefined {
  return optional().contextMenus ?? optional().menus;
}

/**
 * The keyboard-command API, or undefined where the browser has none (Firefox for Android:
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/commands#browser_compatibility).
 * @example commandsApi()?.onCommand.addListener(onCommand) // no listener, and no error, on Android
 */
export function commandsApi(): Commands | undefined {
  return optional().commands;
}

/** Whether a page may point the user to a context-menu item (not on Firefox for Android). */
export function hasContextMenus(): boolean {
  return contextMenusApi() !== undefined;
}

const noButton: ToolbarButton = {
  setTitle: async () => {},
  setBadgeText: async () => {},
  setBadgeBackgroundColor: async () => {},
};

/**
 * The toolbar button: `action` in Chrome (MV3), `browserAction` in Firefox's MV2 build (Firefox for
 * Android has it too, as an item of its menu with the badge), else one that does nothing, so that a
 * missing button never stops the background.
 * @example void toolbarButton().setBadgeText({ tabId: 7, text: '3' }).catch(() => {})
 */
export function toolbarButton(): ToolbarButton {
  return optional().action ?? optional().browserAction ?? noButton;
}
