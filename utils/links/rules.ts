// Relative, not `@/`: the build config loads this module (through interstitials.ts) before the alias exists.
import { hostsOf } from '../platforms/define-platform';
import { promoWords } from '../platforms/not-titles';
import type { PageInterstitial, Platform, Token, TextId, Verdict } from '@/utils/platforms/schema';
import { domainIn, escapeRegExp, hostSuffixes } from '../url';
import { compilePageTarget, type CompiledPageTarget } from './page-targets';
import { compilePattern, type CompiledPattern, type PatternClass } from './pattern';

/** `app`: a web page to its app link (`appLinks`), the other way round from `scheme`. */
export type RouteKind = 'wrapper' | 'interstitial' | 'warning' | 'scheme' | 'canonical' | 'app';

interface RouteData {
  path?: string;
  query?: Record<string, string>;
  rawQuery?: string;
  json?: { param: string; fields: Record<string, string> };
  to: string | null;
  ownHostsOnly?: boolean;
  verdict?: Verdict;
}

export interface CompiledRoute {
  platform: string;
  kind: RouteKind;
  path?: CompiledPattern;
  query: [string, CompiledPattern][];
  rawQuery?: CompiledPattern;
  json?: { param: string; fields: [string, CompiledPattern][] };
  to: string | null;
  ownHostsOnly: boolean;
  /** For a warning route: what the platform's page says of the link. */
  verdict?: Verdict;
  slots: Map<string, PatternClass>;
}

export interface CompiledTextId {
  platform: string;
  prefix: string;
  pattern: CompiledPattern;
  to: string;
}

/** A page-read interstitial rule (its target sits only in the page), compiled. */
export interface CompiledPageInterstitial {
  platform: Platform;
  rule: PageInterstitial;
  /** Hosts the rule names exactly, and parents whose every subdomain it covers (`*.` taken off). */
  hosts: Set<string>;
  wildcards: Set<string>;
  path: CompiledPattern;
}

/** Everything the engine looks up, built once from the platform files. */
export interface RuleSet {
  platforms: Map<string, Platform>;
  /** Host (or `*.suffix` without the star) -> platform id; longest suffix wins. */
  domains: Map<string, string>;
  /** Platform id -> its own hosts (each covers its subdomains). */
  ownHosts: Map<string, ReadonlySet<string>>;
  hostRoutes: Map<string, CompiledRoute[]>;
  hostWildcards: Map<string, CompiledRoute[]>;
  canonicalRoutes: Map<string, CompiledRoute[]>;
  canonicalWildcards: Map<string, CompiledRoute[]>;
  schemeRoutes: Map<string, CompiledRoute[]>;
  /** Marker text -> platform id, longest markers first. */
  markers: [string, string][];
  /** Finds where some marker starts (never matches in a rule set without markers). */
  markerStarts: RegExp;
  tokens: { platform: string; rule: Token }[];
  textIds: CompiledTextId[];
  /** Top-level domains of every known host, for finding links written without a scheme. */
  topLevelDomains: Set<string>;
  /** Short-link and share hosts (their links' codes are ASCII: text glued after them is not theirs). */
  shortHosts: Set<string>;
  notTitles: NotTitles;
  /** In platform order: the first that matches wins. */
  pageInterstitials: CompiledPageInterstitial[];
  /** Anchors whose target their page keeps beside them, in platform order. */
  pageTargets: CompiledPageTarget[];
  /** What the engine has asked of each host, looked up once (see `factsOf`). */
  hostFacts: Map<string, HostFacts>;
}

/** What a share text's bracket may hold and still not be a title. */
export interface NotTitles {
  /** Every platform's names and app names, by `nameKey`. */
  names: Set<string>;
  /** Every promotion word (longest first), to take out of a bracket's text. */
  promo: RegExp;
}

/**
 * A name as compared: trimmed, lower case, without a `手机` before it or an `APP` after it (the
 * apps are written `手机淘宝`, `淘宝APP`, `京东 App`).
 * @example nameKey('手机淘宝') // '淘宝'
 */
export function nameKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^手机/, '')
    .replace(/\s*(?:app|客户端)$/, '')
    .trim();
}

function compileNotTitles(platforms: readonly Platform[]): NotTitles {
  const names = new Set<string>();
  for (const p of platforms) {
    for (const name of [p.names.en, p.names.zh, ...(p.appNames ?? [])]) names.add(nameKey(name));
  }
  const words = [...promoWords].sort((a, b) => b.length - a.length);
  return { names, promo: new RegExp(words.map(escapeRegExp).join('|'), 'g') };
}

/**
 * One route of a platform file, its patterns compiled; throws when one does not compile.
 * @example compileRoute('douyin', 'app', { path: '/video/{id:digits}', to: 'snssdk1128://aweme/detail/{id}' }).slots // Map { 'id' => 'digits' }
 */
export function compileRoute(platform: string, kind: RouteKind, data: RouteData): CompiledRoute {
  const slots = new Map<string, PatternClass>();
  const take = (source: string) => {
    const compiled = compilePattern(source);
    compiled.slots.forEach((cls, name) => slots.set(name, cls));
    return compiled;
  };
  return {
    platform,
    kind,
    path: data.path === undefined ? undefined : take(data.path),
    query: Object.entries(data.query ?? {}).map(([name, source]) => [name, take(source)]),
    rawQuery: data.rawQuery === undefined ? undefined : take(data.rawQuery),
    json: data.json && {
      param: data.json.param,
      fields: Object.entries(data.json.fields).map(([name, source]) => [name, take(source)]),
    },
    to: data.to,
    ownHostsOnly: data.ownHostsOnly ?? false,
    verdict: data.verdict,
    slots,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addHostRoute(rules: RuleSet, host: string, route: CompiledRoute, into: 'host' | 'canonical'): void {
  const [exact, wild] =
    into === 'host'
      ? [rules.hostRoutes, rules.hostWildcards]
      : [rules.canonicalRoutes, rules.canonicalWildcards];
  if (host.startsWith('*.')) push(wild, host.slice(2), route);
  else push(exact, host, route);
}

function addPlatform(rules: RuleSet, p: Platform): void {
  rules.platforms.set(p.id, p);
  const own = hostsOf(p);
  rules.ownHosts.set(p.id, new Set(own));
  for (const key of own) {
    // A host an earlier platform already covers stays theirs (Xianyu shares Taobao's m.tb.cn).
    if (!ownerOf(rules, key)) rules.domains.set(key, p.id);
    rules.topLevelDomains.add(key.slice(key.lastIndexOf('.') + 1));
  }
  for (const short of p.shortDomains ?? []) rules.shortHosts.add(short.replace(/^\*\./, ''));
  for (const marker of p.markers ?? []) rules.markers.push([marker, p.id]);
  for (const wrapper of p.wrappers ?? []) {
    const route = compileRoute(p.id, wrapper.kind, wrapper);
    for (const host of wrapper.hosts) addHostRoute(rules, host, route, 'host');
  }
  for (const canonical of p.canonical ?? []) {
    const route = compileRoute(p.id, 'canonical', canonical);
    for (const host of canonical.hosts) addHostRoute(rules, host, route, 'canonical');
  }
  for (const scheme of p.schemes ?? []) {
    for (const route of scheme.routes) {
      const compiled = compileRoute(p.id, 'scheme', route);
      for (const name of scheme.names) push(rules.schemeRoutes, name, compiled);
    }
  }
  for (const rule of p.tokens ?? []) rules.tokens.push({ platform: p.id, rule });
  for (const id of p.textIds ?? []) rules.textIds.push(compileTextId(p.id, id));
  for (const rule of p.pageInterstitials ?? [])
    rules.pageInterstitials.push(compilePageInterstitial(p, rule));
  for (const rule of p.pageTargets ?? []) rules.pageTargets.push(compilePageTarget(p, rule));
}

/**
 * A page-read interstitial rule, compiled.
 * @example compilePageInterstitial(wechat, wechat.pageInterstitials[0]).hosts.has('weixin110.qq.com') // true
 */
export function compilePageInterstitial(
  platform: Platform,
  rule: PageInterstitial,
): CompiledPageInterstitial {
  const exact = rule.hosts.filter((h) => !h.startsWith('*.'));
  const wild = rule.hosts.filter((h) => h.startsWith('*.')).map((h) => h.slice(2));
  return { platform, rule, hosts: new Set(exact), wildcards: new Set(wild), path: compilePattern(rule.path) };
}

function compileMarkerStarts(markers: readonly [string, string][]): RegExp {
  // A rule set without markers: a regex that never matches.
  return new RegExp(markers.map(([marker]) => escapeRegExp(marker)).join('|') || '[^\\s\\S]', 'g');
}

function compileTextId(platform: string, id: TextId): CompiledTextId {
  const prefix = id.match.slice(0, id.match.indexOf('{'));
  if (!prefix) throw new Error(`A text id needs a literal prefix: ${id.match}`);
  return { platform, prefix, pattern: compilePattern(id.match), to: id.to };
}

/**
 * Builds the lookup tables; throws when a platform's pattern does not compile.
 * @example compileRules([taobao]).schemeRoutes.get('taobao')?.length // 4
 */
export function compileRules(platforms: readonly Platform[]): RuleSet {
  const rules: RuleSet = {
    platforms: new Map(),
    domains: new Map(),
    ownHosts: new Map(),
    hostRoutes: new Map(),
    hostWildcards: new Map(),
    canonicalRoutes: new Map(),
    canonicalWildcards: new Map(),
    schemeRoutes: new Map(),
    markers: [],
    markerStarts: /[^\s\S]/g,
    tokens: [],
    textIds: [],
    topLevelDomains: new Set(),
    shortHosts: new Set(),
    notTitles: compileNotTitles(platforms),
    pageInterstitials: [],
    pageTargets: [],
    hostFacts: new Map(),
  };
  platforms.forEach((p) => addPlatform(rules, p));
  rules.markers.sort((a, b) => b[0].length - a[0].length);
  rules.markerStarts = compileMarkerStarts(rules.markers);
  return rules;
}

function ownerOf(rules: RuleSet, host: string): string | null {
  const domain = domainIn(host, rules.domains);
  return domain === null ? null : rules.domains.get(domain)!;
}

/** What the engine asks of a host, again and again for the same few hosts of a page: looked up once. */
export interface HostFacts {
  platform: string | null;
  host: CompiledRoute[];
  canonical: CompiledRoute[];
}

const none: CompiledRoute[] = [];
/** Hosts whose facts a rule set keeps; it forgets them all when it has this many. */
const MAX_CACHED_HOSTS = 4096;

function routesIn(exact: Map<string, CompiledRoute[]>, wild: Map<string, CompiledRoute[]>, host: string) {
  const routes = [...(exact.get(host) ?? [])];
  for (const suffix of hostSuffixes(host)) {
    if (suffix !== host) routes.push(...(wild.get(suffix) ?? []));
  }
  return routes.length ? routes : none;
}

function factsOf(rules: RuleSet, host: string): HostFacts {
  const cache = rules.hostFacts;
  let facts = cache.get(host);
  if (!facts) {
    if (cache.size >= MAX_CACHED_HOSTS) cache.clear();
    facts = {
      platform: ownerOf(rules, host),
      host: routesIn(rules.hostRoutes, rules.hostWildcards, host),
      canonical: routesIn(rules.canonicalRoutes, rules.canonicalWildcards, host),
    };
    cache.set(host, facts);
  }
  return facts;
}

/**
 * The platform that owns a host (its own domain or a parent domain), or null.
 * @example platformOfHost(defaultRules, 'item.taobao.com') // 'taobao'
 */
export function platformOfHost(rules: RuleSet, host: string): string | null {
  return factsOf(rules, host.toLowerCase()).platform;
}

/**
 * Whether a host is a platform's short-link or share host (or under one).
 * @example isShortLinkHost(defaultRules, 'v.douyin.com') // true
 */
export function isShortLinkHost(rules: RuleSet, host: string): boolean {
  return domainIn(host.toLowerCase(), rules.shortHosts) !== null;
}

/**
 * Routes for a host: exact ones first, then those of `*.parent` rules. Shared: never change the list.
 * @example routesForHost(defaultRules, 'link.zhihu.com', 'host')[0]?.platform // 'zhihu'
 */
export function routesForHost(
  rules: RuleSet,
  host: string,
  table: 'host' | 'canonical',
): readonly CompiledRoute[] {
  return factsOf(rules, host.toLowerCase())[table];
}
