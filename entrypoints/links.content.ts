import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { describeAnchor, describeLink } from '@/utils/extension/describe';
import type { Message } from '@/utils/extension/messages';
import { readSettings, watchSettings, type Settings } from '@/utils/extension/settings';
import { isSiteDisabled } from '@/utils/extension/settings-schema';
import { cachedPageEngine } from '@/utils/links/user-rules';
import { markScriptRan } from '@/utils/page/mark';
import { createScanner, type Fixed } from '@/utils/page/scanner';

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
    const engineFor = cachedPageEngine();
    const scanner = createScanner({
      doc: document,
      engine: engineFor([]),
      describe: describeLink,
      describeAnchor,
      signal: ctx.signal,
      onFixed: (items: Fixed[]) =>
        send({ type: 'fixed', items: items.map((i) => ({ ...i, original: i.original.slice(0, 2048) })) }),
    });
    const apply = (settings: Settings) => {
      scanner.stop();
      send({ type: 'reset' });
      if (isSiteDisabled(settings.disabledSites, location.hostname)) return;
      scanner.start(settings.features, engineFor(settings.userRules));
    };
    apply(await readSettings());
    ctx.onInvalidated(watchSettings(apply));
  },
});
