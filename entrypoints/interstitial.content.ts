import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { t } from '@/utils/extension/i18n';
import type { Message } from '@/utils/extension/messages';
import type { InterstitialReply } from '@/utils/extension/page-service';
import { isHttpHref } from '@/utils/links/quick-test';
import { readPageTarget, showDirectBar } from '@/utils/page/interstitial';

/** Addresses this tab was already forwarded from: a page that forwards back is not followed twice. */
const FORWARDED_KEY = 'unwall:forwarded';

function forwardedBefore(href: string): boolean {
  const seen: unknown = JSON.parse(sessionStorage.getItem(FORWARDED_KEY) ?? '[]');
  return Array.isArray(seen) && seen.includes(href);
}

function rememberForward(href: string): void {
  const seen: unknown = JSON.parse(sessionStorage.getItem(FORWARDED_KEY) ?? '[]');
  const list = Array.isArray(seen) ? seen.slice(-20) : [];
  sessionStorage.setItem(FORWARDED_KEY, JSON.stringify([...list, href]));
}

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((ok) => document.addEventListener('DOMContentLoaded', () => ok(), { once: true }));
}

export default defineContentScript({
  // Replaced at build time by every interstitial host of the registry (see wxt.config.ts), so that the
  // rules stay out of this script.
  matches: ['https://interstitials.unwall.invalid/*'],
  runAt: 'document_start',
  async main() {
    if (location.href.length > 8192) return;
    const reply = (await browser.runtime
      .sendMessage({ type: 'interstitial', url: location.href } satisfies Message)
      .catch(() => null)) as InterstitialReply | null;
    if (!reply?.enabled) return;
    let target = reply.target;
    if (!target && reply.page) {
      await domReady();
      target = readPageTarget(document, reply.page);
    }
    if (!target || !isHttpHref(target)) return;
    if (reply.skip && !forwardedBefore(location.href)) {
      rememberForward(location.href);
      location.replace(target);
      return;
    }
    await domReady();
    showDirectBar(document, target, { message: t('barMessage'), open: t('barOpen'), close: t('barClose') });
  },
});
