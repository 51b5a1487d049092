import type { Token } from '@/utils/platforms/schema';
import { matchPattern } from './pattern';
import { decodeBase64 } from './decode';
import type { RuleSet } from './rules';
import { safeHttpUrl } from './resolve';
import { charAt, charBefore, isAlnum } from './text';

export interface TokenCandidate {
  start: number;
  end: number;
  platform: string;
  token: string;
  /** Set for ids that name a page (a bare Bilibili BV id); tokens themselves open nothing. */
  url: string | null;
}

/** Brackets and slashes also wrap ordinary words, so a token inside them must carry a digit too. */
const weakWrappers = new Set(['(', ')', '（', '）', '/']);
const channelCode = /^[A-Z]{2}[0-9]{2,5}$/;

function hasMixedCase(token: string): boolean {
  return /[a-z]/.test(token) && /[A-Z]/.test(token);
}

/** Where the opening wrapper stands: right before the token, or before a `CZ3457 ` channel code. */
function openingBefore(text: string, start: number, rule: Token): string {
  const direct = charBefore(text, start);
  if (direct !== ' ' || !rule.channelCode) return direct;
  const head = text.slice(Math.max(0, start - 12), start);
  const parts = /(\S)\s?([A-Z0-9]{4,7})\s$/.exec(head);
  return parts && channelCode.test(parts[2]!) ? parts[1]! : direct;
}

function isWrappedToken(text: string, start: number, end: number, rule: Token): boolean {
  const wrappers = rule.wrappers ?? [];
  const open = openingBefore(text, start, rule);
  const close = charAt(text, end);
  if (!wrappers.includes(open) || !wrappers.includes(close)) return false;
  const token = text.slice(start, end);
  if (rule.mixedCase && !hasMixedCase(token)) return false;
  return !(weakWrappers.has(open) && weakWrappers.has(close) && !/[0-9]/.test(token));
}

function alnumRunEnd(text: string, start: number): number {
  let k = start;
  while (k < text.length && isAlnum(text.charCodeAt(k))) k++;
  return k;
}

function wrappedTokens(text: string, platform: string, rule: Token, out: TokenCandidate[]): void {
  const lengths = rule.lengths;
  // Each run of letters and digits (found by the regex engine) is a possible token.
  const runs = /[A-Za-z0-9]+/g;
  for (let run = runs.exec(text); run; run = runs.exec(text)) {
    const i = run.index;
    const end = i + run[0].length;
    if (lengths.includes(end - i) && isWrappedToken(text, i, end, rule)) {
      out.push({
        start: i - charBefore(text, i).length,
        end: end + charAt(text, end).length,
        platform,
        token: text.slice(i, end),
        url: null,
      });
    }
  }
}

function prefixedTokens(text: string, platform: string, rule: Token, out: TokenCandidate[]): void {
  const lengths = new Set(rule.lengths);
  for (const prefix of rule.prefixes ?? []) {
    for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + prefix.length)) {
      let k = at + prefix.length;
      if (rule.namedPrefix) {
        const slash = text.indexOf('/', k);
        if (slash < 0 || slash - k > 40 || /\s/.test(text.slice(k, slash))) continue;
        k = slash + 1;
      }
      const end = alnumRunEnd(text, k);
      if (lengths.has(end - k)) out.push({ start: at, end, platform, token: text.slice(k, end), url: null });
    }
  }
}

function textIds(text: string, rules: RuleSet, out: TokenCandidate[]): void {
  for (const id of rules.textIds) {
    for (let at = text.indexOf(id.prefix); at >= 0; at = text.indexOf(id.prefix, at + 1)) {
      if (at > 0 && isAlnum(text.charCodeAt(at - 1))) continue;
      const end = alnumRunEnd(text, at + id.prefix.length);
      const vars = matchPattern(id.pattern, text.slice(at, end));
      if (!vars) continue;
      const url = safeHttpUrl(
        id.to.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(vars[name] ?? '')),
      );
      if (url) out.push({ start: at, end, platform: id.platform, token: text.slice(at, end), url });
    }
  }
}

/**
 * Token-only 口令 and bare ids in a text, in order, non-overlapping. Tokens whose rule needs a
 * marker count only where `markedPlatforms` has their platform.
 * @example findTokens('￥dAEYbi4KO4D￥', rules, new Set())[0].token // 'dAEYbi4KO4D'
 */
export function findTokens(
  text: string,
  rules: RuleSet,
  markedPlatforms: ReadonlySet<string>,
): TokenCandidate[] {
  const out: TokenCandidate[] = [];
  for (const { platform, rule } of rules.tokens) {
    if (rule.needsMarker && !markedPlatforms.has(platform)) continue;
    if (rule.wrappers?.length) wrappedTokens(text, platform, rule, out);
    if (rule.prefixes?.length) prefixedTokens(text, platform, rule, out);
  }
  textIds(text, rules, out);
  out.sort((a, b) => a.start - b.start);
  let end = 0;
  return out.filter((t) => {
    if (t.start < end) return false;
    end = t.end;
    return true;
  });
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

/** The token a link's query parameters carry, by the platform's token rules (first rule, first parameter wins). */
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
