import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createContextMenus, onContextMenuClick } from '@/utils/extension/context-menus';
import { createFixedLinks } from '@/utils/extension/fixed-links';
import { messageSchema } from '@/utils/extension/messages';

export default defineBackground({
  type: 'module',
  main() {
    const fixed = createFixedLinks();
    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      const parsed = messageSchema.safeParse(raw);
      if (!parsed.success) return undefined;
      const message = parsed.data;
      if (message.type === 'getTab') return Promise.resolve(fixed.state(message.tabId));
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      if (message.type === 'fixed') fixed.add(tabId, message.items);
      else if (sender.frameId === 0) fixed.clear(tabId, sender.url);
      return undefined;
    });
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') fixed.clear(tabId);
    });
    browser.tabs.onRemoved.addListener((tabId) => fixed.forget(tabId));
    browser.runtime.onInstalled.addListener(createContextMenus);
    browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab));
  },
});
