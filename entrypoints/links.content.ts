import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  ask,
  loaded,
  onMadeRequest,
  onSettingsChanged,
  remoteScanEngine,
  reportFixed,
  reportRestored,
  siteHost,
} from '@/utils/extension/page-client';
import { t } from '@/utils/extension/i18n';
import { describeAnchor, describeCopied, describeKept, describePageLink } from '@/utils/extension/page-text';
import { createScanner } from '@/utils/page/scanner';
import { handOverOpenWrappers } from '@/utils/page/window-open';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // Also frames without an address of their own (mail bodies and previews in `srcdoc` frames).
  matchAboutBlank: true,
  // Injected at document_start: Chromium delays a page's `load` for scripts injected later (by about
  // 0.5 s on a 100k-node page, even for a one-line script), not for these. The scan waits for `load`.
  runAt: 'document_start',
  async main(ctx) {
    const engine = remoteScanEngine();
    const scanner = createScanner({
      doc: document,
      engine,
      describe: describePageLink,
      describeCopied,
      copyFailed: t('tokenCopyFailed'),
      describeAnchor,
      keptNote: describeKept(),
      signal: ctx.signal,
      onFixed: reportFixed,
      onRestored: reportRestored,
    });
    let resume: number | undefined;
    ctx.onInvalidated(onMadeRequest((request) => scanner.act(request)));
    const apply = async () => {
      clearTimeout(resume);
      const hello = ask({ type: 'hello', host: siteHost() });
      // The page-world `window.open` guard gets its list at once: a click may come before `load`.
      void hello.then(
        (permit) => permit.opens && handOverOpenWrappers(window, permit.opens),
        () => {},
      );
      const [permit] = await Promise.all([hello, loaded()]);
      scanner.stop();
      // A timed pause ends without a change in storage: the page asks again when it is over.
      if (permit.resumeIn !== undefined)
        resume = ctx.setTimeout(() => void apply().catch(() => {}), permit.resumeIn);
      if (!permit.enabled || ctx.signal.aborted) return;
      engine.setFilter(permit.filter);
      scanner.start(permit, engine);
    };
    ctx.onInvalidated(onSettingsChanged(() => void apply().catch(() => {})));
    await apply();
  },
});
