import { defineContentScript } from 'wxt/utils/define-content-script';
import { isChineseUi, t } from '@/utils/extension/i18n';
import { ask } from '@/utils/extension/page-client';
import { limits, type InterstitialReply } from '@/utils/protocol';
import { isHttpHref } from '@/utils/url';
import {
  clickContinue,
  isBlockPage,
  readPageTarget,
  showDirectBar,
  showWarningBar,
} from '@/utils/page/interstitial';
import type { Verdict } from '@/utils/platforms/schema';

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((ok) => document.addEventListener('DOMContentLoaded', () => ok(), { once: true }));
}

function showWarning(reply: InterstitialReply, verdict: Verdict, target: string): void {
  const names = reply.names ?? { en: location.hostname, zh: location.hostname };
  const name = isChineseUi() ? names.zh : names.en;
  showWarningBar(document, target, {
    verdict: t(verdict === 'blocked' ? 'warnBlocked' : 'warnUnsafe', name),
    leadsTo: t('warnTarget'),
    continue: t('warnContinue'),
    stay: t('warnStay'),
  });
}

export default defineContentScript({
  // Replaced at build time by every interstitial and warning host of the registry (see wxt.config.ts),
  // so that the rules stay out of this script.
  matches: ['https://interstitials.unwall.invalid/*'],
  runAt: 'document_start',
  async main() {
    if (location.href.length > limits.href) return;
    const reply = await ask({ type: 'interstitial', url: location.href }).catch(() => null);
    if (!reply?.enabled) return;
    let { target, verdict } = reply;
    if (!target && reply.page) {
      await domReady();
      target = readPageTarget(document, reply.page);
      // The notice and the block page share the address: the page's words decide, before any forward.
      if (isBlockPage(document, reply.page)) verdict = reply.page.warning?.verdict ?? 'blocked';
    }
    // Only a click gives this page's target: its own continue control, when the user lets Unwall skip.
    if (!target && reply.page?.click && reply.skip && !verdict)
      return void clickContinue(document, reply.page.click);
    if (!target || !isHttpHref(target)) return;
    if (reply.skip && !verdict) return void location.replace(target);
    await domReady();
    // A warning page is never forwarded from, whatever the settings: the user reads the verdict and chooses.
    if (verdict) return showWarning(reply, verdict, target);
    showDirectBar(document, target, { message: t('barMessage'), open: t('barOpen'), close: t('barClose') });
  },
});
