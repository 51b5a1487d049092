import { defineContentScript } from 'wxt/utils/define-content-script';
import { t } from '@/utils/extension/i18n';
import { readSettings } from '@/utils/extension/settings';
import { isSiteDisabled } from '@/utils/extension/settings-schema';
import { toDirectUrl } from '@/utils/links';
import { interstitialMatches, pageInterstitialFor } from '@/utils/links/interstitials';
import { readPageTarget, showDirectBar } from '@/utils/page/interstitial';
import { platforms } from '@/utils/platforms';

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

async function findTarget(): Promise<string | null> {
  const direct = toDirectUrl(location.href);
  if (direct) return direct;
  const rule = pageInterstitialFor(platforms, location.href);
  if (!rule) return null;
  await domReady();
  return readPageTarget(document, rule);
}

export default defineContentScript({
  matches: interstitialMatches(platforms),
  runAt: 'document_start',
  async main() {
    const [settings, target] = await Promise.all([readSettings(), findTarget()]);
    if (!target || isSiteDisabled(settings.disabledSites, location.hostname)) return;
    if (settings.features.skipInterstitials && !forwardedBefore(location.href)) {
      rememberForward(location.href);
      location.replace(target);
      return;
    }
    await domReady();
    showDirectBar(document, target, { message: t('barMessage'), open: t('barOpen'), close: t('barClose') });
  },
});
