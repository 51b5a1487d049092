import { batchJob, onPage, withLabels } from '@/utils/links/batch';
import { clickTrapOf } from '@/utils/links/click-traps';
import { hostOfHref } from '@/utils/url';
import type { FoundLink } from '@/utils/links/find-links';
import { cachedPageEngine, type PageEngine } from '@/utils/links';
import { isWindowOpenHost } from '@/utils/links/open-wrappers';
import type { InterstitialReply, PageLink, PagePermit, ResolveReply, ResolveRequest } from '@/utils/protocol';
import { platforms } from '@/utils/platforms';
import { enabledKinds } from '@/utils/settings/features';
import { isSiteDisabled, type Settings } from '@/utils/settings/schema';
import { platformName, what, type NameOf } from './describe';
import { createForwardBudget } from './forward-budget';
import { isChineseUi } from './i18n';
import { readPause, type PauseState } from './pause';
import { packPlatforms } from './rule-pack-store';
import { readSettings } from './settings';
import { resolveLimits } from './resolve-limits';
import { createWorkQueue, type Sender } from './work-queue';

/**
 * The engine's link with its label, made here once: the page shows it, the popup lists it. The
 * platform's name is in the form `nameOf` picks (the background passes the Traditional one to
 * zh_TW and zh_HK readers).
 */
const labelledWith =
  (nameOf?: NameOf) =>
  (link: FoundLink): PageLink => ({
    ...link,
    label: what(link.platform, link.kind, nameOf),
    app: platformName(link.platform, nameOf),
  });

/** A platform's Chinese name in the reader's script (`nameOf` gives it to Chinese readers). */
const chineseNameWith =
  (nameOf?: NameOf) =>
  (names: { en: string; zh: string }): string =>
    nameOf && isChineseUi() ? nameOf(names) : names.zh;

/** What a refused or dropped batch gets: nothing found, in the shape the content script expects. */
const nothingFor = (request: ResolveRequest): ResolveReply => ({
  texts: request.texts.map(() => []),
  hrefs: request.hrefs.map(() => null),
});

/**
 * Runs a callback as a task of its own, after whatever the event loop has waiting (messages from
 * other pages). A message port, not `setTimeout(0)`: timeouts that chain from one another are held
 * back at least 4 ms each after the fifth, idle time that a long batch would pay at every slice.
 */
function nextTask(): (run: () => void) => void {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  // Node (the unit tests) would otherwise keep running for the open port.
  (channel.port1 as { unref?: () => void }).unref?.();
  return (run) => {
    waiting.push(run);
    channel.port2.postMessage(null);
  };
}

const opensWindows = isWindowOpenHost(platforms);

/** A page paused until a time asks again then (its own timer, in the page); never longer than a day. */
function resumeIn({ until }: PauseState, now: number): number | undefined {
  return typeof until === 'number' ? Math.min(until - now, 86_400_000) : undefined;
}

/**
 * What a content script may do on its host: the user's switches, the pause on every site, and what
 * the rules say of the host.
 */
function permitFor(
  { features, disabledSites }: Settings,
  pause: PauseState,
  engine: PageEngine,
  host: string,
): PagePermit {
  const enabled = !pause.paused && !isSiteDisabled(disabledSites, host);
  const kinds = enabledKinds(features);
  const permit: PagePermit = {
    enabled,
    kinds,
    marker: features.marker,
    filter: engine.filterData,
    reads: engine.pageReadsFor(host),
    trap: enabled ? clickTrapOf(engine.platforms, host) : null,
  };
  const retry = pause.paused ? resumeIn(pause, Date.now()) : undefined;
  if (retry !== undefined) permit.resumeIn = retry;
  // Every other page is told nothing of it: its hello reply stays as small as before.
  if (opensWindows(host)) permit.opens = enabled && kinds.includes('wrapper') ? engine.openWrappers : [];
  return permit;
}

/**
 * The page engine for the settings: the user's rules first, the switched-off built-in ones left out,
 * the rule pack's platforms after the registry.
 */
function settingsEngine(): (settings: Settings, generic: boolean) => Promise<PageEngine> {
  const cached = cachedPageEngine();
  const packs = packPlatforms();
  return async ({ userRules, mirrors, disabledRules }, generic) =>
    cached(userRules, { generic, mirrors, off: disabledRules, packs: await packs() });
}

/**
 * The background's side of the content scripts: it holds the rules (compiled once, with the user's
 * own) and the validated settings, so that the scripts every page runs carry neither.
 */
export function createPageService(options: { nameOf?: NameOf } = {}) {
  const [labelled, chineseName] = [labelledWith(options.nameOf), chineseNameWith(options.nameOf)];
  const engineFor = settingsEngine();
  // Read on every request, not cached: a content script asks right after it sees a change in storage,
  // and must get the new settings, not the ones from before.
  const current = readSettings;
  const withPause = () => Promise.all([current(), readPause()]);
  const forwards = createForwardBudget();
  const queue = createWorkQueue({
    ...resolveLimits,
    now: () => performance.now(),
    later: nextTask(),
    rest: (run) => setTimeout(run, resolveLimits.sliceMs),
  });

  return {
    async hello(host: string): Promise<PagePermit> {
      const [settings, pause] = await withPause();
      return permitFor(settings, pause, await engineFor(settings, settings.features.generic), host);
    },
    /** Answers a batch in turn with every other tab and frame, a slice at a time (see `createWorkQueue`). */
    async resolve(
      request: ResolveRequest,
      from: Sender,
      pageHost: string | null = null,
    ): Promise<ResolveReply> {
      const settings = await current();
      const engine = withLabels(
        onPage(await engineFor(settings, settings.features.generic), pageHost),
        labelled,
      );
      const job = batchJob(engine, request, resolveLimits.maxTextLength);
      return (await queue.run(from, job)) ?? nothingFor(request);
    },
    forgetTab: queue.forgetTab,
    forgetFrame: queue.forgetFrame,
    async interstitial(url: string, tabId?: number): Promise<InterstitialReply> {
      const [settings, { paused }] = await withPause();
      const { features, disabledSites } = settings;
      const host = hostOfHref(url) ?? '';
      // Never the generic fallback: it guesses for anchors, and never forwards a page on its own.
      const engine = await engineFor(settings, false);
      const warning = engine.warningOf(url);
      const target = warning ? warning.target : engine.toDirectUrl(url);
      const page = warning || target ? null : engine.pageInterstitialOf(url);
      const platform = warning ? engine.platforms.find((p) => p.id === warning.platform) : page?.platform;
      const canForward = !warning && (target !== null || page !== null);
      return {
        enabled: host !== '' && !paused && !isSiteDisabled(disabledSites, host),
        skip: features.skipInterstitials && canForward && forwards.take(tabId, host),
        target,
        page: page && {
          selectors: page.rule.selectors,
          scriptKeys: page.rule.scriptKeys,
          attributes: page.rule.attributes,
          strip: page.rule.strip,
          click: page.rule.click,
          warning: page.rule.warning,
        },
        verdict: warning?.verdict ?? null,
        // The Chinese name in the reader's script (the bar shows `zh` to every Chinese reader).
        names: platform ? { en: platform.names.en, zh: chineseName(platform.names) } : null,
      };
    },
  };
}
