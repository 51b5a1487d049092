import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createContextMenus, onContextMenuClick } from '@/utils/extension/context-menus';
import { createFixedLinks } from '@/utils/extension/fixed-links';
import { messageSchema, type Message } from '@/utils/extension/messages';
import { createPageService } from '@/utils/extension/page-service';

export default defineBackground({
  type: 'module',
  main() {
    const fixed = createFixedLinks();
    const pages = createPageService();
    const answer = (message: Message, sender: Browser.runtime.MessageSender) => {
      const [tabId, frameId] = [sender.tab?.id, sender.frameId ?? 0];
      if (message.type === 'getTab') return fixed.stateFor(message.tabId, sender);
      // Each frame's hello starts its own list again (new page, new settings, or its page restored);
      // the top frame's also names the page.
      if (message.type === 'hello' && tabId !== undefined)
        void fixed.hello(tabId, frameId, frameId === 0 ? sender.url : undefined);
      // Work of senders without a tab (none today) shares one queue; a frame's hello drops its old work.
      const from = { tab: tabId ?? -1, frame: frameId };
      if (message.type === 'hello') pages.forgetFrame(from);
      if (message.type === 'hello') return pages.hello(message.host);
      if (message.type === 'resolve') return pages.resolve(message, from);
      if (message.type === 'interstitial') return pages.interstitial(message.url, tabId);
      if (message.type === 'fixed' && tabId !== undefined) void fixed.add(tabId, frameId, message.items);
      return undefined;
    };
    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      const parsed = messageSchema.safeParse(raw);
      if (!parsed.success) return undefined;
      const reply = answer(parsed.data, sender);
      return reply === undefined ? undefined : Promise.resolve(reply);
    });
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') void fixed.navigated(tabId);
    });
    browser.tabs.onRemoved.addListener((tabId) => {
      void fixed.forget(tabId);
      pages.forgetTab(tabId);
    });
    // Firefox (a persistent MV2 background) forgets menus on restart; Chrome keeps them. Both: again on startup.
    browser.runtime.onInstalled.addListener(createContextMenus);
    browser.runtime.onStartup.addListener(createContextMenus);
    browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab));
  },
});
