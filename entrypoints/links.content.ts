import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Message } from '@/utils/extension/messages';
import type { HelloReply } from '@/utils/extension/page-service';
import { describeAnchor, describePageLink } from '@/utils/extension/page-text';
import { createPageFilter, type PageFilter } from '@/utils/links/quick-test';
import { markScriptRan } from '@/utils/page/mark';
import { createScanner, type Fixed, type ResolveReply, type ScanEngine } from '@/utils/page/scanner';

const SETTING_KEYS = ['features', 'disabledSites', 'userRules'];

function ask<T>(message: Message): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
}

function send(message: Message): void {
  // The background may be asleep or the extension reloaded: losing a report is harmless.
  void browser.runtime.sendMessage(message).catch(() => {});
}

/** The host the per-site switch applies to; `srcdoc` and `about:blank` frames belong to their creator's. */
function siteHost(): string {
  if (location.hostname) return location.hostname;
  return URL.canParse(self.origin) ? new URL(self.origin).hostname : '';
}

/** After `load` (the scan must not delay it), or at most 2 s after the DOM is ready on pages that load long. */
function loaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((done) => {
    addEventListener('load', () => done(), { once: true });
    const late = () => setTimeout(done, 2000);
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', late, { once: true });
    else late();
  });
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // Also frames without an address of their own (mail bodies and previews in `srcdoc` frames).
  matchAboutBlank: true,
  // Injected at document_start: Chromium delays a page's `load` for scripts injected later (by about
  // 0.5 s on a 100k-node page, even for a one-line script), not for these. The scan waits for `load`.
  runAt: 'document_start',
  async main(ctx) {
    markScriptRan(document);
    // The rules stay in the background: this script runs the cheap filter and sends it only candidates.
    let filter: PageFilter | null = null;
    const engine: ScanEngine = {
      mayContainLinks: (text) => filter!.mayContainLinks(text),
      mayNeedDirectUrl: (protocol, host) => filter!.mayNeedDirectUrl(protocol, host),
      resolve: (request) => ask<ResolveReply>({ type: 'resolve', ...request }),
    };
    const scanner = createScanner({
      doc: document,
      engine,
      describe: describePageLink,
      describeAnchor,
      signal: ctx.signal,
      onFixed: (items: Fixed[]) =>
        send({ type: 'fixed', items: items.map((i) => ({ ...i, original: i.original.slice(0, 2048) })) }),
    });
    const apply = async () => {
      // Ask at once, but let the page finish loading before touching it (a scan must not delay `load`).
      const [hello] = await Promise.all([
        ask<HelloReply>({ type: 'hello', host: siteHost() }),
        loaded(),
      ]);
      scanner.stop();
      if (!hello.enabled || ctx.signal.aborted) return;
      filter = createPageFilter(hello.filter);
      scanner.start(hello.features, engine);
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SETTING_KEYS.some((key) => key in changes)) void apply().catch(() => {});
    };
    browser.storage.onChanged.addListener(onChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
    await apply();
  },
});
