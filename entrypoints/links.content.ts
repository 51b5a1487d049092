import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { describeAnchor, describeLink } from '@/utils/extension/describe';
import type { Message } from '@/utils/extension/messages';
import { readSettings, watchSettings, type Settings } from '@/utils/extension/settings';
import { isSiteDisabled } from '@/utils/extension/settings-schema';
import { findLinks, toDirectUrl } from '@/utils/links';
import { mayContainLinks, mayNeedDirectUrl } from '@/utils/links/quick-test';
import { markScriptRan } from '@/utils/page/mark';
import { createScanner, type Fixed } from '@/utils/page/scanner';

const engine = { findLinks, toDirectUrl, mayContainLinks, mayNeedDirectUrl };

function send(message: Message): void {
  // The background may be asleep or the extension reloaded: losing a report is harmless.
  void browser.runtime.sendMessage(message).catch(() => {});
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    markScriptRan(document);
    const scanner = createScanner({
      doc: document,
      engine,
      describe: describeLink,
      describeAnchor,
      signal: ctx.signal,
      onFixed: (items: Fixed[]) =>
        send({ type: 'fixed', items: items.map((i) => ({ ...i, original: i.original.slice(0, 2048) })) }),
    });
    const apply = (settings: Settings) => {
      scanner.stop();
      send({ type: 'reset' });
      if (!isSiteDisabled(settings.disabledSites, location.hostname)) scanner.start(settings.features);
    };
    apply(await readSettings());
    ctx.onInvalidated(watchSettings(apply));
  },
});
