import { platformOfHost, type RuleSet } from './rules';
import { decodeEntities } from './decode';
// Relative, not `@/`: the build config loads the engine before the alias exists.
import { hostOfHref } from '../url';
import { parseHost, type Host } from './scan-host';
import { parseRest, type Rest } from './scan-path';
import { foldText, isAlnum, isSchemeChar } from './text';

/** A link-shaped span of text, cleaned up into an address (not yet resolved). */
export interface UrlCandidate {
  start: number;
  end: number;
  /**
   * The address the span stands for: scheme fixed, separators and escapes undone, entities decoded.
   * Empty for a span longer than the href limit: no link, but the scan goes on after it.
   */
  href: string;
  /** The scheme of `href`, lower case (`https`, or an app's `taobao`). */
  scheme: string;
  /** The host of `href` as it was read, lower case; null when it has none. */
  host: string | null;
  /** An app link (`taobao://…`) rather than a web address. */
  app: boolean;
  /** Written so that a filter would not see it (`hxxps`, `点com`, `[.]`, zero-width characters). */
  obfuscated: boolean;
}

const webScheme = /^h(?:tt|xx)ps?$/;

function isKnownHost(rules: RuleSet, host: Host | null): boolean {
  return host !== null && platformOfHost(rules, host.name) !== null;
}

/** The host after `://`: a known one written loosely wins, else a plainly written one. */
function pickHost(rules: RuleSet, text: string, start: number, plainAllowed: boolean): Host | null {
  const loose = parseHost(text, start, true);
  if (isKnownHost(rules, loose)) return loose;
  const strict = parseHost(text, start, false);
  if (isKnownHost(rules, strict)) return strict;
  return plainAllowed && strict && !strict.obfuscated ? strict : null;
}

/** The address a candidate stands for; empty when it is longer than any link (refused, read only to its end). */
function hrefOf(head: string, rest: Rest): string {
  return rest.over ? '' : head + decodeEntities(rest.clean);
}

/**
 * What stands between a web scheme and its host: `://`, JSON's `:\/\/` (a link pasted from a
 * card's JSON), or, loosely (known hosts only), `://` with a space around the colon or after it
 * (`https ://b23 .tv/…`, written so that a chat filter lets it through).
 */
function schemeSeparator(text: string, j: number): { length: number; loose: boolean } | null {
  if (text.startsWith('://', j) && text[j + 3] !== ' ') return { length: 3, loose: false };
  if (text.startsWith(':\\/\\/', j)) return { length: 5, loose: false };
  const spaced = /^ ?: ?\/\/ ?/.exec(text.slice(j, j + 7));
  return spaced ? { length: spaced[0].length, loose: true } : null;
}

function webCandidate(
  rules: RuleSet,
  text: string,
  schemeStart: number,
  scheme: string,
  separator: { length: number; loose: boolean },
): UrlCandidate | null {
  const defanged = scheme.slice(1, 3) === 'xx';
  const plain = !defanged && !separator.loose;
  const hostStart = schemeStart + scheme.length + separator.length;
  const host = pickHost(rules, text, hostStart, plain);
  // A host followed by `@` or `:…@` was a user name, and the real host comes after it: an address with
  // a user name or password (`https://taobao.com:x@evil.cn/`, the classic look-alike) is no link at all.
  if (!host || /^(?::[^\s/?#@]{0,64})?@/.test(text.slice(host.end, host.end + 66))) return null;
  const rest = parseRest(text, host.end, { json: false, cjk: !isKnownHost(rules, host) });
  const normal = defanged ? 'http' + scheme.slice(4) : scheme;
  return {
    start: schemeStart,
    end: rest.end,
    href: hrefOf(`${normal}://${host.name}`, rest),
    scheme: normal,
    host: host.name,
    app: false,
    obfuscated: defanged || host.obfuscated || separator.loose,
  };
}

function appCandidate(rules: RuleSet, text: string, i: number, scheme: string): UrlCandidate | null {
  const rest = parseRest(text, i + scheme.length + 3, { json: true, cjk: false });
  if (!rest.clean) return null;
  const href = hrefOf(`${scheme}://`, rest);
  return {
    start: i,
    end: rest.end,
    href,
    scheme,
    // Read once here, as `URL` reads an app link's host: the engine asks for it again and again.
    host: href ? hostOfHref(href) : null,
    app: true,
    obfuscated: false,
  };
}

/**
 * A link whose scheme starts the run at `i`. Punctuation before the scheme (`...https://`) is the
 * sentence's; a word glued before it (`foohttp://`, `_http://`) makes it no scheme at all, while
 * Chinese glued before it (`链接https://`) is the usual case and fine.
 */
function schemeCandidate(rules: RuleSet, text: string, i: number): UrlCandidate | null {
  let j = i;
  while (j < text.length && j - i <= 40 && isSchemeChar(text.charCodeAt(j))) j++;
  let start = i;
  while (start < j && !isAlnum(text.charCodeAt(start))) start++;
  const written = text.slice(start, j).toLowerCase();
  if (text.startsWith('://', j) && rules.schemeRoutes.has(written))
    return appCandidate(rules, text, start, written);
  const separator = webScheme.test(written) ? schemeSeparator(text, j) : null;
  if (!separator || text[start - 1] === '_') return null;
  return webCandidate(rules, text, start, written, separator);
}

/**
 * A known platform's host written without a scheme (`3.cn/…`), or with only its two slashes
 * (`//3.cn/…`, a link whose scheme was lost on the way).
 */
function schemelessCandidate(rules: RuleSet, text: string, i: number): UrlCandidate | null {
  const relative = i >= 2 && text.startsWith('//', i - 2) && !/[:/\w]/.test(text[i - 3] ?? '');
  if (i > 0 && '@/.-_#'.includes(text[i - 1]!) && !relative) return null;
  const host = pickHost(rules, text, i, false);
  if (!host || text[host.end] !== '/') return null;
  const rest = parseRest(text, host.end, { json: false, cjk: false });
  if (rest.clean.length < 2) return null;
  return {
    start: relative ? i - 2 : i,
    end: rest.end,
    href: hrefOf(`https://${host.name}`, rest),
    scheme: 'https',
    host: host.name,
    app: false,
    obfuscated: host.obfuscated,
  };
}

/**
 * Every link-shaped span, in order and non-overlapping: web addresses with a scheme (also glued to
 * CJK text, full-width, defanged), known platform hosts written without one, and app links whose
 * scheme a platform declares. One pass; each run of characters is tried once.
 * @example findUrlCandidates('看这个https://v.douyin.com/x/，', rules)[0].href // 'https://v.douyin.com/x/'
 */
export function findUrlCandidates(
  text: string,
  rules: RuleSet,
  limit = Number.POSITIVE_INFINITY,
): UrlCandidate[] {
  const folded = foldText(text);
  const found: UrlCandidate[] = [];
  // Candidates start where a run of scheme characters starts; the runs are found by the regex
  // engine, so the mostly Chinese text between them costs no loop of our own.
  const runs = /[A-Za-z0-9+.-]+/g;
  for (let run = runs.exec(folded); run && found.length < limit; run = runs.exec(folded)) {
    const i = run.index;
    // A run that goes on from where the last candidate ended is that candidate's tail, not a start.
    if (i > 0 && isSchemeChar(folded.charCodeAt(i - 1))) continue;
    const candidate = schemeCandidate(rules, folded, i) ?? schemelessCandidate(rules, folded, i);
    if (candidate && candidate.end > candidate.start) {
      found.push(candidate);
      runs.lastIndex = candidate.end;
    }
  }
  return found;
}
