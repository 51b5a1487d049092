import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onCommandWith } from '@/utils/extension/commands';
import { createContextMenus, onContextMenuClick } from '@/utils/extension/context-menus';
import { createFixedLinks } from '@/utils/extension/fixed-links';
import { onFixMenuClick } from '@/utils/extension/fix-menu';
import { commandsApi, contextMenusApi } from '@/utils/extension/optional-apis';
import { schedulePackRefresh } from '@/utils/extension/pack-subscription';
import { uiI18n } from '@/utils/extension/i18n';
import { createPageService } from '@/utils/extension/page-service';
import { pickText } from '@/utils/i18n/pick-text';
import { onQrReadMenuClick } from '@/utils/extension/qr-menu';
import { onMessageOf, routeMessages } from '@/utils/extension/router';
import { openWelcomeOnInstall } from '@/utils/extension/welcome';
import { hostOfHref } from '@/utils/url';

type Sender = Browser.runtime.MessageSender;

export default defineBackground({
  type: 'module',
  main() {
    const fixed = createFixedLinks();
    // Labels the pages show (`淘寶分享口令`) name platforms in the reader's script, Traditional too.
    let lang: ReturnType<typeof uiI18n>['lang'] | undefined;
    const pages = createPageService({ nameOf: (names) => pickText(names, (lang ??= uiI18n().lang)) });
    // Work of senders without a tab (none today) shares one queue.
    const from = (sender: Sender) => ({ tab: sender.tab?.id ?? -1, frame: sender.frameId ?? 0 });
    browser.runtime.onMessage.addListener(
      routeMessages<Sender>({
        hello: (message) => pages.hello(message.host),
        // The page's host as the browser names the sender, never as the page says.
        resolve: (message, sender) => pages.resolve(message, from(sender), hostOfHref(sender.url ?? '')),
        interstitial: (message, sender) => pages.interstitial(message.url, sender.tab?.id),
        fixed: (message, sender) => {
          if (sender.tab?.id !== undefined) void fixed.add(sender.tab.id, sender.frameId ?? 0, message.items);
        },
        getTab: (message, sender) => fixed.stateFor(message.tabId, sender),
        restored: (message, sender) => {
          if (sender.tab?.id !== undefined)
            void fixed.restored(sender.tab.id, sender.frameId ?? 0, message.ids);
        },
      }),
    );
    // Each frame's hello starts it afresh (new page, new settings, or its page restored): its old work
    // is dropped and its list starts again; the top frame's also names the page.
    browser.runtime.onMessage.addListener(
      onMessageOf<'hello', Sender>('hello', (_, sender) => {
        pages.forgetFrame(from(sender));
        const frameId = sender.frameId ?? 0;
        if (sender.tab?.id !== undefined)
          void fixed.hello(sender.tab.id, frameId, frameId === 0 ? sender.url : undefined);
      }),
    );
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') void fixed.navigated(tabId);
    });
    browser.tabs.onRemoved.addListener((tabId) => {
      void fixed.forget(tabId);
      pages.forgetTab(tabId);
    });
    // Firefox (a persistent MV2 background) forgets menus on restart; Chrome keeps them. Both: again on startup.
    browser.runtime.onInstalled.addListener(createContextMenus);
    browser.runtime.onInstalled.addListener((details) => void openWelcomeOnInstall(details));
    browser.runtime.onStartup.addListener(createContextMenus);
    contextMenusApi()?.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab));
    contextMenusApi()?.onClicked.addListener((info, tab) => void onQrReadMenuClick(info, tab));
    contextMenusApi()?.onClicked.addListener((info, tab) => void onFixMenuClick(info, tab));
    const onCommand = onCommandWith({ pageOf: fixed.pageOf });
    commandsApi()?.onCommand.addListener((command, tab) => void onCommand(command, tab));
    // The rule-pack subscription: nothing while it is off (the default); on, at most a download a day.
    schedulePackRefresh();
  },
});
