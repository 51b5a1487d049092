// Relative, not `@/`: the build config loads the engine before the alias exists.
import { domainIn, MAX_HREF_LENGTH, safeHttpUrl } from '../url';
import { withAccessCodes } from './access-codes';
import { canonicalize, resolve, safeCanonical } from './resolve';
import { platformOfHost, type RuleSet } from './rules';
import { findUrlCandidates, type UrlCandidate } from './scan-urls';
import {
  CONTEXT_AFTER,
  CONTEXT_BEFORE,
  findMarkers,
  hitsBetween,
  shareTitle,
  type MarkerHit,
  type ShareWindow,
} from './share';
import { findTokens, tokenFromUrl, type TokenCandidate } from './tokens';

export type LinkKind = 'share' | 'url' | 'obfuscated' | 'scheme' | 'wrapper' | 'generic' | 'token';

export interface FoundLink {
  /** UTF-16 offsets into the text: `text.slice(start, end) === original`. */
  start: number;
  end: number;
  /** The direct http(s) address to open; null for a token that no web page stands for. */
  url: string | null;
  platform: string | null;
  kind: LinkKind;
  title?: string;
  /**
   * The token to paste into the app, as written with its delimiters (`￥dAEYbi4KO4D￥`,
   * `#小程序://名称/代码`); for a link whose text writes none, the code its own parameters carry.
   */
  token?: string;
  original: string;
}

/** Whether a platform lists the host (or a parent of it) as its own. */
function ownsHost(rules: RuleSet, platform: string, host: string | null): boolean {
  const own = rules.ownHosts.get(platform);
  return own !== undefined && host !== null && domainIn(host, own) !== null;
}

function platformOf(rules: RuleSet, host: string | null): string | null {
  return host === null ? null : platformOfHost(rules, host);
}

/** A found link, every field set in one order (one object shape for all of them). */
function link(
  text: string,
  c: UrlCandidate,
  url: string | null,
  platform: string | null,
  kind: LinkKind,
): FoundLink {
  return { start: c.start, end: c.end, url, platform, kind, original: text.slice(c.start, c.end) };
}

/** A link read from an address in a text, with the hosts the later stages ask about, each read once. */
interface Read {
  link: FoundLink;
  /** The address as the text wrote it (cleaned up), and its host. */
  href: string;
  hrefHost: string | null;
  /** The host of the link's `url`. */
  urlHost: string | null;
}

function readCandidate(rules: RuleSet, text: string, c: UrlCandidate): Read | null {
  // Longer than any real link: refused before any rule reads it (as `resolve` refuses it), so a
  // page's run of a million characters costs the scan alone, not a copy in every step after it.
  if (!c.href || c.href.length > MAX_HREF_LENGTH) return null;
  const resolved = resolve(rules, c.href, c);
  if (resolved) {
    if (!resolved.url) return null;
    const kind = c.app || resolved.kinds[0] === 'scheme' ? 'scheme' : 'wrapper';
    return readOf(c, link(text, c, resolved.url, resolved.platform, kind), resolved.host);
  }
  if (c.app) return null;
  const safe = safeCanonical(canonicalize(rules, c.href, c.host));
  if (!safe) return null;
  const platform = platformOf(rules, safe.host);
  if (c.obfuscated && !platform) return null;
  return readOf(c, link(text, c, safe.url, platform, c.obfuscated ? 'obfuscated' : 'url'), safe.host);
}

function readOf(c: UrlCandidate, found: FoundLink, urlHost: string | null): Read {
  return { link: found, href: c.href, hrefHost: c.host, urlHost };
}

/**
 * The link an href stands for, as the text side gives it (the span is the whole href); null when
 * there is nothing to do or no safe target.
 * @example directLinkIn(defaultRules, 'taobao://item.taobao.com/item.htm?id=1')?.kind // 'scheme'
 */
export function directLinkIn(rules: RuleSet, href: string): FoundLink | null {
  if (typeof href !== 'string') return null;
  const resolved = resolve(rules, href);
  if (!resolved?.url) return null;
  const kind = resolved.kinds[0] === 'scheme' ? 'scheme' : 'wrapper';
  // An anchor is named for what it was: a wrapper by the wrapper's site, not its target's.
  const platform = kind === 'wrapper' ? resolved.via : resolved.platform;
  return { start: 0, end: href.length, url: resolved.url, platform, kind, original: href };
}

interface Span {
  from: number;
  to: number;
}

/** What every link of one text is described against: the text and the share-text markers in it. */
interface Context {
  text: string;
  hits: MarkerHit[];
  markers: ReadonlySet<string>;
}

/** The share-text window of a link or token: what `shareTitle` reads, one object shape for all. */
function shareWindow(
  rules: RuleSet,
  context: Context,
  at: { start: number; end: number },
  span: Span,
  sameLine: boolean,
): ShareWindow {
  const { text, markers } = context;
  const { start, end } = at;
  return { text, start, end, from: span.from, to: span.to, markers, notTitles: rules.notTitles, sameLine };
}

/** A copy of a link with its share-text details, every field set in one order. */
function described(
  link: FoundLink,
  platform: string | null,
  kind: LinkKind,
  title: string | undefined,
): FoundLink {
  const { start, end, url, original } = link;
  const copy: FoundLink = { start, end, url, platform, kind, original };
  if (title) copy.title = title;
  return copy;
}

/**
 * The link with its share-text details: the marker's platform when it owns the link's host, and
 * the title.
 */
function describeShare(rules: RuleSet, context: Context, read: Read, span: Span): FoundLink {
  const { link } = read;
  const marker = hitsBetween(context.hits, span.from, span.to).find(
    (hit) => ownsHost(rules, hit.platform, read.hrefHost) || ownsHost(rules, hit.platform, read.urlHost),
  );
  const id = marker ? marker.platform : link.platform;
  const platform = id ? rules.platforms.get(id) : undefined;
  const title = platform && shareTitle(shareWindow(rules, context, link, span, false), platform);
  if (title)
    return described(
      link,
      id,
      link.kind === 'url' || link.kind === 'obfuscated' || marker ? 'share' : link.kind,
      title,
    );
  return marker ? described(link, id, 'share', undefined) : link;
}

/** A copy of a link with the token to paste. */
function withToken(link: FoundLink, token: string): FoundLink {
  const copy = described(link, link.platform, link.kind, link.title);
  copy.token = token;
  return copy;
}

/** The token a link carries in its own parameters, for a share text that wrote none to paste. */
function tokenOfHref(rules: RuleSet, read: Read): string | undefined {
  const hostPlatform = rules.platforms.get(platformOf(rules, read.hrefHost) ?? '');
  return tokenFromUrl(read.href, hostPlatform?.tokens ?? []);
}

/**
 * Tokens inside a link's share text belong to that link (`written`, per link); the rest stand alone.
 * Both lists are sorted.
 */
function shareTokens(
  rules: RuleSet,
  links: readonly FoundLink[],
  reads: readonly Read[],
  spans: readonly Span[],
  tokens: TokenCandidate[],
): { written: (string | undefined)[]; standalone: TokenCandidate[] } {
  const written = new Array<string | undefined>(links.length);
  let i = 0;
  const standalone = tokens.filter((token) => {
    while (i < links.length && spans[i]!.to <= token.start) i++;
    const link = links[i];
    if (!link || token.url || token.start < spans[i]!.from || token.end > spans[i]!.to) return true;
    const linkHost = platformOf(rules, reads[i]!.urlHost);
    if (link.platform !== token.platform && linkHost !== token.platform) return true;
    written[i] ??= token.token;
    return false;
  });
  return { written, standalone };
}

function tokenLink(rules: RuleSet, context: Context, t: TokenCandidate, span: Span): FoundLink {
  const { start, end, platform: id, token } = t;
  const found: FoundLink = {
    start,
    end,
    url: t.url,
    platform: id,
    kind: 'token',
    original: context.text.slice(start, end),
    token,
  };
  const platform = rules.platforms.get(id);
  const title =
    platform && !t.url ? shareTitle(shareWindow(rules, context, t, span, true), platform) : undefined;
  if (!title || !platform?.searchUrl) return found;
  const url = safeHttpUrl(platform.searchUrl.replace('{title}', encodeURIComponent(title)));
  return { ...found, title, url };
}

/**
 * Each item's reach: up to its neighbours, and no further than the context limits. A repeat of the
 * same address right after (markdown's `[url](url)`) does not cut the reach.
 */
function spansOf(items: { start: number; end: number; url?: string | null }[], length: number): Span[] {
  const next = nextOtherAddress(items);
  return items.map((item, i) => ({
    from: Math.max(i > 0 ? items[i - 1]!.end : 0, item.start - CONTEXT_BEFORE),
    to: Math.min(next[i]! < items.length ? items[next[i]!]!.start : length, item.end + CONTEXT_AFTER),
  }));
}

/**
 * Per item, the index of the first later item that is not a repeat of its address (the next one
 * for an item without an address). Filled from the end in one pass: a walk forward from every item
 * would be quadratic in a long run of one address.
 */
function nextOtherAddress(items: readonly { url?: string | null }[]): number[] {
  const next = new Array<number>(items.length);
  for (let i = items.length - 1; i >= 0; i--) {
    const url = items[i]!.url;
    next[i] = url && i + 1 < items.length && items[i + 1]!.url === url ? next[i + 1]! : i + 1;
  }
  return next;
}

/** Items that overlap none of the taken spans; both lists sorted by start. */
function withoutOverlaps<T extends { start: number; end: number }>(taken: readonly Span[], items: T[]): T[] {
  let i = 0;
  return items.filter((item) => {
    while (i < taken.length && taken[i]!.to <= item.start) i++;
    return !(i < taken.length && taken[i]!.from < item.end);
  });
}

/**
 * The most addresses, and the most tokens, one text is read for; a text with more (a page's run of
 * thousands of links in one text node, none of them a share text a person sent) is read up to the
 * last one of them. Two thousand lie far beyond any real text (the background reads a page's texts
 * 10,000 characters at a time, the popup's paste box takes 20,000), and the bound keeps the answer,
 * and the memory that builds it, from growing with a hostile page.
 * @example findLinksIn(defaultRules, 'https://a.cn/x '.repeat(3000)).length // 2000
 */
export const MAX_LINKS_PER_TEXT = 2000;

/**
 * The engine's text half: see `findLinks` in index.ts.
 * @example findLinksIn(defaultRules, '看 https://v.douyin.com/iR2euxso/')[0]?.url // 'https://v.douyin.com/iR2euxso/'
 */
export function findLinksIn(rules: RuleSet, whole: string): FoundLink[] {
  if (typeof whole !== 'string' || whole.length === 0) return [];
  const urls = findUrlCandidates(whole, rules, MAX_LINKS_PER_TEXT);
  const text = urls.length < MAX_LINKS_PER_TEXT ? whole : whole.slice(0, urls.at(-1)!.end);
  const allHits = findMarkers(text, rules);
  const found = findTokens(text, rules, new Set(allHits.map((h) => h.platform)), MAX_LINKS_PER_TEXT);
  if (found.length < MAX_LINKS_PER_TEXT) return linksIn(rules, text, urls, allHits, found);
  const reach = found.at(-1)!.end;
  const read = (x: { end: number }) => x.end <= reach;
  const hits = allHits.filter((h) => h.index < reach);
  return linksIn(rules, text.slice(0, reach), urls.filter(read), hits, found);
}

/** The links of a text read up to its end: its addresses, marker hits and tokens found. */
function linksIn(
  rules: RuleSet,
  text: string,
  candidates: UrlCandidate[],
  hits: MarkerHit[],
  found: TokenCandidate[],
): FoundLink[] {
  const reads: Read[] = [];
  for (const c of candidates) {
    const read = readCandidate(rules, text, c);
    if (read) reads.push(read);
  }
  const spans = spansOf(
    reads.map((r) => r.link),
    text.length,
  );
  const context: Context = { text, hits, markers: new Set(hits.map((h) => h.marker)) };
  const descriptions = reads.map((read, i) => describeShare(rules, context, read, spans[i]!));
  const candidateSpans = candidates.map((c) => ({ from: c.start, to: c.end }));
  const tokens = withoutOverlaps(candidateSpans, found);
  const { written, standalone } = shareTokens(rules, descriptions, reads, spans, tokens);
  const withTokens = descriptions.map((link, i) => {
    const token = written[i] ?? tokenOfHref(rules, reads[i]!);
    return token ? withToken(link, token) : link;
  });
  const links = withAccessCodes(rules, text, withTokens);
  const tokenSpans = spansOf(standalone, text.length);
  const tokenLinks = standalone.map((t, i) => tokenLink(rules, context, t, tokenSpans[i]!));
  return [...links, ...tokenLinks].sort((a, b) => a.start - b.start);
}
