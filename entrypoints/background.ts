import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
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
      if (message.type === 'getFixed') return Promise.resolve(fixed.list(message.tabId));
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      if (message.type === 'fixed') fixed.add(tabId, message.items);
      else if (sender.frameId === 0) fixed.clear(tabId);
      return undefined;
    });
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') fixed.clear(tabId);
    });
    browser.tabs.onRemoved.addListener((tabId) => fixed.forget(tabId));
  },
});
