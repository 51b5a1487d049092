import type { AccessCode, Platform } from '@/utils/platforms/schema';
// Relative, not `@/`: the build config loads the engine before the alias exists.
import { domainIn } from '../url';
import type { FoundLink } from './find-links';
import { compilePattern, type CompiledPattern } from './pattern';
import type { RuleSet } from './rules';
import { isAlnum } from './text';

/**
 * Access codes written after share links (`链接: https://pan.baidu.com/s/1… 提取码: abcd`), read by
 * the platforms' `accessCodes` rules. Reading one, step by step, from where its link ends:
 * 1. Spaces and punctuation only (a line break, `）（`), at most `MAX_GAP` characters of them.
 * 2. One of the rule's labels (`提取码`, `密码`, `访问码`), right there.
 * 3. Maybe spaces, one `:` / `：` / `﹕`, spaces (at most `MAX_SPACES` on each side).
 * 4. The code: a whole run of letters and digits of one of the rule's lengths.
 * Nothing past the next link counts, and each link reads a bounded stretch of text, so a text costs
 * time linear in its links, however long it is (a megabyte of `提取码` reads nothing more).
 * Then, with a `param`, the code goes into the link (`?pwd=abcd`, the site fills its code box from
 * it) unless the link has that parameter already; without one, the code is the token to copy.
 */

/** How far after its link a code's label may start. */
const MAX_GAP = 12;
/** Spaces on each side of the `:` after a label. */
const MAX_SPACES = 3;
const colons = new Set([':', '：', '﹕']);
const letterOrDigit = /[\p{L}\p{N}]/u;

/** What `codeAfter` reads: the labels, longest first (a label that starts another wins), and the lengths. */
interface CodeShape {
  labels: readonly string[];
  lengths: readonly number[];
}

interface CompiledRule {
  rule: AccessCode;
  paths: CompiledPattern[] | null;
  shape: CodeShape;
}

/** Host (a listed host covers its subdomains) -> its rules, in platform order. */
type Table = Map<string, CompiledRule[]>;

const tables = new WeakMap<RuleSet, Table>();

function compileRule(rule: AccessCode): CompiledRule {
  return {
    rule,
    paths: rule.paths ? rule.paths.map(compilePattern) : null,
    shape: { labels: [...rule.labels].sort((a, b) => b.length - a.length), lengths: rule.lengths },
  };
}

function compileTable(platforms: Iterable<Platform>): Table {
  const table: Table = new Map();
  for (const platform of platforms) {
    for (const rule of platform.accessCodes ?? []) {
      const compiled = compileRule(rule);
      for (const host of rule.hosts) {
        const key = host.replace(/^\*\./, '');
        table.set(key, [...(table.get(key) ?? []), compiled]);
      }
    }
  }
  return table;
}

/** The compiled rules of a rule set, built once per rule set. */
function tableOf(rules: RuleSet): Table {
  let table = tables.get(rules);
  if (!table) {
    table = compileTable(rules.platforms.values());
    tables.set(rules, table);
  }
  return table;
}

function ruleFor(table: Table, url: string): CompiledRule | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = domainIn(parsed.hostname, table);
  const candidates = host === null ? [] : table.get(host)!;
  return candidates.find((c) => !c.paths || c.paths.some((p) => p.regex.test(parsed.pathname)));
}

function skipSpaces(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && k - from < MAX_SPACES && /\s/.test(text[k]!)) k++;
  return k;
}

/** Where the code starts after a label: past spaces, one colon, spaces. */
function afterSeparator(text: string, from: number, to: number): number {
  const k = skipSpaces(text, from, to);
  return k < to && colons.has(text[k]!) ? skipSpaces(text, k + 1, to) : k;
}

/**
 * The code written right after a link that ends at `from`, read no further than `to` (where the
 * next link starts), or null.
 * @example codeAfter('https://pan.baidu.com/s/1a 提取码: abcd', 26, 40, { labels: ['提取码'], lengths: [4] }) // 'abcd'
 */
export function codeAfter(text: string, from: number, to: number, rule: CodeShape): string | null {
  const end = Math.min(to, text.length);
  let k = from;
  while (k < end && k - from < MAX_GAP && !letterOrDigit.test(text[k]!)) k++;
  const label = rule.labels.find((l) => text.startsWith(l, k) && k + l.length <= end);
  if (label === undefined) return null;
  const start = afterSeparator(text, k + label.length, end);
  // One past the longest length at most: a longer run is no code, and is read no further.
  const longest = Math.max(...rule.lengths);
  let stop = start;
  while (stop < end && stop - start <= longest && isAlnum(text.charCodeAt(stop))) stop++;
  return rule.lengths.includes(stop - start) ? text.slice(start, stop) : null;
}

/**
 * The address with `param=code` in its query, unless it has that parameter already; every other
 * parameter and the fragment stay as they are.
 * @example withParam('https://pan.baidu.com/s/1a#x', 'pwd', 'abcd') // 'https://pan.baidu.com/s/1a?pwd=abcd#x'
 */
export function withParam(url: string, param: string, code: string): string {
  const hash = url.indexOf('#');
  const base = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash);
  const query = base.indexOf('?');
  if (query >= 0 && new URLSearchParams(base.slice(query)).has(param)) return url;
  const joiner = query < 0 ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${joiner}${param}=${encodeURIComponent(code)}${fragment}`;
}

function withCode(link: FoundLink, code: string, rule: AccessCode): FoundLink {
  if (rule.param === undefined) return { ...link, token: code };
  const url = link.url && withParam(link.url, rule.param, code);
  return url === link.url ? link : { ...link, url };
}

/**
 * The links of a text (sorted, not overlapping) with the access codes written after them.
 * @example withAccessCodes(defaultRules, '链接: https://pan.baidu.com/s/1a 提取码: abcd', links)[0]?.url // 'https://pan.baidu.com/s/1a?pwd=abcd'
 */
export function withAccessCodes(rules: RuleSet, text: string, links: FoundLink[]): FoundLink[] {
  const table = tableOf(rules);
  if (table.size === 0) return links;
  return links.map((link, i) => {
    const compiled = link.url === null ? undefined : ruleFor(table, link.url);
    if (!compiled) return link;
    const to = i + 1 < links.length ? links[i + 1]!.start : text.length;
    const code = codeAfter(text, link.end, to, compiled.shape);
    return code === null ? link : withCode(link, code, compiled.rule);
  });
}
