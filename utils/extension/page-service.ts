import { resolveBatch, type ResolveRequest } from '@/utils/links/batch';
import { pageInterstitialFor } from '@/utils/links/interstitials';
import { hostOfHref } from '@/utils/links/resolve';
import type { PageFilterData } from '@/utils/links/quick-test';
import { cachedPageEngine } from '@/utils/links/user-rules';
import type { PageLink } from '@/utils/page/scanner';
import { platforms } from '@/utils/platforms';
import type { PageInterstitial, Platform, Verdict } from '@/utils/platforms/schema';
import { platformName, what } from './describe';
import { createForwardBudget } from './forward-budget';
import { readSettings } from './settings';
import { isSiteDisabled, type Features } from './settings-schema';

export interface HelloReply {
  enabled: boolean;
  features: Features;
  filter: PageFilterData;
}

export interface InterstitialReply {
  enabled: boolean;
  /** Forward at once: the user's setting, unless this tab has just forwarded from this host too often. */
  skip: boolean;
  /** The target, when the address alone gives it. */
  target: string | null;
  /** Where the page keeps its target, when only the page gives it (weixin110), and its block page's words. */
  page: Pick<PageInterstitial, 'selectors' | 'scriptKeys' | 'warning'> | null;
  /** The platform's verdict when the address is its warning page: the page is never forwarded from. */
  verdict: Verdict | null;
  /** The platform's name in both languages, for the bar's words. */
  names: Platform['names'] | null;
}

/**
 * The background's side of the content scripts: it holds the rules (compiled once, with the user's
 * own) and the validated settings, so that the scripts every page runs carry neither.
 */
export function createPageService() {
  const engineFor = cachedPageEngine();
  // Read on every request, not cached: a content script asks right after it sees a change in storage,
  // and must get the new settings, not the ones from before.
  const current = readSettings;
  const forwards = createForwardBudget();

  return {
    async hello(host: string): Promise<HelloReply> {
      const { features, disabledSites, userRules } = await current();
      const enabled = !isSiteDisabled(disabledSites, host);
      return { enabled, features, filter: engineFor(userRules).filterData };
    },
    async resolve(request: ResolveRequest): Promise<{ texts: PageLink[][]; hrefs: (string | null)[] }> {
      const reply = resolveBatch(engineFor((await current()).userRules), request);
      const texts = reply.texts.map((links) =>
        links.map((l) => ({ ...l, label: what(l.platform, l.kind), app: platformName(l.platform) })),
      );
      return { texts, hrefs: reply.hrefs };
    },
    async interstitial(url: string, tabId?: number): Promise<InterstitialReply> {
      const { features, disabledSites, userRules } = await current();
      const host = hostOfHref(url) ?? '';
      const engine = engineFor(userRules);
      const warning = engine.warningOf(url);
      const target = warning ? warning.target : engine.toDirectUrl(url);
      const page = warning || target ? null : pageInterstitialFor(platforms, url);
      const platform = warning ? platforms.find((p) => p.id === warning.platform) : page?.platform;
      const canForward = !warning && (target !== null || page !== null);
      return {
        enabled: host !== '' && !isSiteDisabled(disabledSites, host),
        skip: features.skipInterstitials && canForward && forwards.take(tabId, host),
        target,
        page: page && {
          selectors: page.rule.selectors,
          scriptKeys: page.rule.scriptKeys,
          warning: page.rule.warning,
        },
        verdict: warning?.verdict ?? null,
        names: platform?.names ?? null,
      };
    },
  };
}
