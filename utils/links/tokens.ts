import type { Token } from '@/utils/platforms/schema';
// Relative, not `@/`: the build config loads the engine before the alias exists.
import { weakWrappers } from '../platforms/define-platform';
import { safeHttpUrl } from '../url';
import { matchPattern } from './pattern';
import { decodeBase64 } from './decode';
import type { RuleSet } from './rules';
import { charAt, charBefore, isAlnum } from './text';

export interface TokenCandidate {
  start: number;
  end: number;
  platform: string;
  /** The token as written, delimiters and all (`￥dAEYbi4KO4D￥`): the text the app reads from the clipboard. */
  token: string;
  /** Set for ids that name a page (a bare Bilibili BV id); tokens themselves open nothing. */
  url: string | null;
}

const channelCode = /^[A-Z]{2}[0-9]{2,5}$/;

function hasMixedCase(token: string): boolean {
  return /[a-z]/.test(token) && /[A-Z]/.test(token);
}

/**
 * The opening wrapper and where it stands: right before the token, or before a `CZ3457 ` channel
 * code (the code and the space are then part of the token as written).
 */
function openingBefore(text: string, start: number, rule: Token): { char: string; at: number } {
  const direct = charBefore(text, start);
  const plain = { char: direct, at: start - direct.length };
  if (direct !== ' ' || !rule.channelCode) return plain;
  const head = text.slice(Math.max(0, start - 12), start);
  const parts = /(\S)\s?([A-Z0-9]{4,7})\s$/.exec(head);
  if (!parts || !channelCode.test(parts[2]!)) return plain;
  return { char: parts[1]!, at: start - head.length + parts.index };
}

/** Where a wrapped token's text starts (its opening wrapper), or -1 when it is not wrapped as the rule wants. */
function wrappedStart(text: string, start: number, end: number, rule: Token): number {
  const wrappers = rule.wrappers ?? [];
  const open = openingBefore(text, start, rule);
  const close = charAt(text, end);
  if (!wrappers.includes(open.char) || !wrappers.includes(close)) return -1;
  const code = text.slice(start, end);
  if (rule.mixedCase && !hasMixedCase(code)) return -1;
  if (weakWrappers.has(open.char) && weakWrappers.has(close) && !/[0-9]/.test(code)) return -1;
  return open.at;
}

function alnumRunEnd(text: string, start: number): number {
  let k = start;
  while (k < text.length && isAlnum(text.charCodeAt(k))) k++;
  return k;
}

/**
 * How far a text is read for tokens: each search stops after `limit` tokens of its own, and the text
 * counts as read only up to where the first search stopped (`reach`).
 */
interface Found {
  tokens: TokenCandidate[];
  limit: number;
  reach: number;
  evidence: Evidence;
}

/** Counts one more token of a search; false (and the reach cut to `at`) once it has its limit. */
function another(found: Found, count: number, at: number): boolean {
  if (count < found.limit) return true;
  found.reach = Math.min(found.reach, at);
  return false;
}

/**
 * Whether a text gives a token of this platform some evidence beyond its wrappers: one of the
 * platform's share-text markers, its name or an app name, or the word 口令 itself. A token in weak
 * wrappers (brackets, slashes: `(dQw4w9WgXcQ)` is a video id as much as a 淘口令) needs it; a token
 * in a wrapper pair only 口令 use (`￥…￥`, `€…€`) is its own evidence. Looked up once per platform.
 */
export type Evidence = (platform: string) => boolean;

/**
 * The evidence a text holds, per platform (see `Evidence`).
 * @example evidenceIn('打开淘宝', rules, new Set())('taobao') // true
 */
export function evidenceIn(text: string, rules: RuleSet, marked: ReadonlySet<string>): Evidence {
  const known = new Map<string, boolean>();
  const generic = text.includes('口令');
  return (id) => {
    let found = known.get(id);
    if (found === undefined) {
      const p = rules.platforms.get(id);
      const names = p ? [p.names.zh, p.names.en, ...(p.appNames ?? [])] : [];
      found = generic || marked.has(id) || names.some((name) => text.includes(name));
      known.set(id, found);
    }
    return found;
  };
}

function isWeaklyWrapped(text: string, start: number, end: number): boolean {
  return weakWrappers.has(charAt(text, start)) || weakWrappers.has(charBefore(text, end));
}

function wrappedTokens(text: string, platform: string, rule: Token, found: Found): void {
  const lengths = rule.lengths;
  let count = 0;
  // Each run of letters and digits (found by the regex engine) is a possible token.
  const runs = /[A-Za-z0-9]+/g;
  for (let run = runs.exec(text); run; run = runs.exec(text)) {
    const i = run.index;
    if (!another(found, count, i)) return;
    const end = i + run[0].length;
    const start = lengths.includes(end - i) ? wrappedStart(text, i, end, rule) : -1;
    const close = end + charAt(text, end).length;
    if (start >= 0 && (!isWeaklyWrapped(text, start, close) || found.evidence(platform))) {
      found.tokens.push({ start, end: close, platform, token: text.slice(start, close), url: null });
      count++;
    }
  }
}

/**
 * Where a prefixed token's code starts: right after the prefix, or after the names a named prefix
 * carries. WeChat writes the mini-program's name and, for a page, the page's name too
 * (`#小程序://名称/页面/代码`); each name is looked for within 40 characters, not up to the next `/`
 * however far. -1 when no code of a wanted length follows.
 */
function codeStart(text: string, from: number, rule: Token, lengths: ReadonlySet<number>): number {
  if (!rule.namedPrefix) return from;
  let k = from;
  for (let names = 0; names < 2; names++) {
    const window = text.slice(k, k + 41);
    const slash = window.indexOf('/');
    if (slash < 0 || /\s/.test(window.slice(0, slash))) return -1;
    k += slash + 1;
    const end = alnumRunEnd(text, k);
    if (lengths.has(end - k) && text[end] !== '/') return k;
  }
  return -1;
}

function prefixedTokens(text: string, platform: string, rule: Token, found: Found): void {
  const lengths = new Set(rule.lengths);
  for (const prefix of rule.prefixes ?? []) {
    let count = 0;
    for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + prefix.length)) {
      if (!another(found, count, at)) break;
      const k = codeStart(text, at + prefix.length, rule, lengths);
      const code = k < 0 ? -1 : alnumRunEnd(text, k);
      if (k < 0 || !lengths.has(code - k)) continue;
      const end = rule.closer && text.startsWith(rule.closer, code) ? code + rule.closer.length : code;
      found.tokens.push({ start: at, end, platform, token: text.slice(at, end), url: null });
      count++;
    }
  }
}

/**
 * Codes closed by a suffix (`bNW:/`): the letters and digits right before each suffix, standing
 * after a space, a line break, Chinese text or the text's start (never glued to `t@r.EH`-like noise). Each suffix found reads back at most the longest
 * code, so a text costs one pass per suffix.
 */
function suffixedTokens(text: string, platform: string, rule: Token, found: Found): void {
  const suffix = rule.suffix!;
  const longest = Math.max(...rule.lengths);
  let count = 0;
  for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + suffix.length)) {
    if (!another(found, count, at)) return;
    let start = at;
    while (start > 0 && at - start <= longest && isAlnum(text.charCodeAt(start - 1))) start--;
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    if (!rule.lengths.includes(at - start) || (before < 128 && before !== 32 && before !== 10)) continue;
    const end = at + suffix.length;
    found.tokens.push({ start, end, platform, token: text.slice(start, end), url: null });
    count++;
  }
}

function textIds(text: string, rules: RuleSet, found: Found): void {
  for (const id of rules.textIds) {
    let count = 0;
    for (let at = text.indexOf(id.prefix); at >= 0; at = text.indexOf(id.prefix, at + 1)) {
      if (!another(found, count, at)) break;
      if (at > 0 && isAlnum(text.charCodeAt(at - 1))) continue;
      const end = alnumRunEnd(text, at + id.prefix.length);
      const vars = matchPattern(id.pattern, text.slice(at, end));
      if (!vars) continue;
      const url = safeHttpUrl(
        id.to.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(vars[name] ?? '')),
      );
      if (!url) continue;
      found.tokens.push({ start: at, end, platform: id.platform, token: text.slice(at, end), url });
      count++;
    }
  }
}

/**
 * Token-only 口令 and bare ids in a text, in order, non-overlapping. Tokens whose rule needs a
 * marker count only where `markedPlatforms` has their platform; tokens in weak wrappers only with
 * evidence (see `Evidence`). At most `limit` (the first ones):
 * a text of more is read only as far as every search has looked.
 * @example findTokens('复制￥dAEYbi4KO4D￥打开', rules, new Set())[0].token // '￥dAEYbi4KO4D￥'
 */
export function findTokens(
  text: string,
  rules: RuleSet,
  markedPlatforms: ReadonlySet<string>,
  limit = Number.POSITIVE_INFINITY,
): TokenCandidate[] {
  const evidence = evidenceIn(text, rules, markedPlatforms);
  const found: Found = { tokens: [], limit, reach: text.length, evidence };
  for (const { platform, rule } of rules.tokens) {
    if ((rule.needsMarker || rule.suffix) && !markedPlatforms.has(platform)) continue;
    if (rule.wrappers?.length) wrappedTokens(text, platform, rule, found);
    if (rule.prefixes?.length) prefixedTokens(text, platform, rule, found);
    if (rule.suffix) suffixedTokens(text, platform, rule, found);
  }
  textIds(text, rules, found);
  found.tokens.sort((a, b) => a.start - b.start);
  let end = 0;
  return found.tokens
    .filter((t) => {
      if (t.start < end || t.start >= found.reach) return false;
      end = t.end;
      return true;
    })
    .slice(0, limit);
}

/**
 * The token a platform link carries in its own parameters (`tk=`, base64 `sp_tk=`), if any.
 * @example tokenFromUrl('https://e.tb.cn/h.x?tk=4OaXgGvWPKX', tokenRules) // '4OaXgGvWPKX'
 */
export function tokenFromUrl(href: string, rules: readonly Token[]): string | undefined {
  const query = href.indexOf('?');
  const hash = href.indexOf('#');
  if (query < 0 || (hash >= 0 && hash < query) || !rules.some((rule) => rule.params?.length))
    return undefined;
  // The query alone, as `URL` reads it (a `#` ends it; the constructor drops exactly the one leading
  // `?`): cheaper than parsing the whole address.
  return tokenFromParams(new URLSearchParams(href.slice(query, hash < 0 ? undefined : hash)), rules);
}

/**
 * The token a link's query parameters carry, by the platform's token rules (first rule, first parameter wins).
 * @example tokenFromParams(new URLSearchParams('tk=4OaXgGvWPKX'), taobao.tokens) // '4OaXgGvWPKX'
 */
export function tokenFromParams(params: URLSearchParams, rules: readonly Token[]): string | undefined {
  for (const rule of rules) {
    for (const param of rule.params ?? []) {
      const raw = params.get(param.name);
      const value = raw && param.base64 ? decodeBase64(raw) : raw;
      const token = value && /[A-Za-z0-9]+/.exec(value)?.[0];
      if (token && rule.lengths.includes(token.length)) return token;
    }
  }
  return undefined;
}
