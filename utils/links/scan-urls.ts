import { platformOfHost, type RuleSet } from './rules';
import { decodeEntities } from './decode';
// Relative, not `@/`: the build config loads the engine before the alias exists.
import { hostOfHref, MAX_HREF_LENGTH } from '../url';
import {
  foldText,
  isBodyChar,
  isLabelChar,
  isSchemeChar,
  isZeroWidth,
  keptLength,
  plainRunEnd,
} from './text';

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

interface Host {
  name: string;
  end: number;
  obfuscated: boolean;
}

const MAX_HOST_LENGTH = 253;
const markdownEscapable = new Set([...'_*~[]()#+-.!\\`'].map((c) => c.charCodeAt(0)));
const webScheme = /(h(?:tt|xx)ps?)$/i;
const entityStops = ['&lt;', '&gt;', '&quot;', '&#60;', '&#62;', '&#34;'];

/** A host separator at `i`: `.`, or (loose) `点`, `點`, `[.]`, `(.)`, a spaced dot. */
function separatorAt(
  text: string,
  i: number,
  loose: boolean,
): { length: number; obfuscated: boolean } | null {
  const c = text[i];
  if (c === '.') {
    if (loose && text[i + 1] === ' ') return { length: 2, obfuscated: true };
    return { length: 1, obfuscated: false };
  }
  if (!loose) return null;
  if (c === '点' || c === '點') return { length: 1, obfuscated: true };
  const three = text.slice(i, i + 3);
  if (three === '[.]' || three === '(.)' || three === ' . ') return { length: 3, obfuscated: true };
  if (three.startsWith(' .')) return { length: 2, obfuscated: true };
  return null;
}

function readLabel(text: string, start: number): { label: string; end: number; zeroWidth: boolean } {
  let length = 0;
  let k = start;
  let zeroWidth = false;
  while (k < text.length && length <= 63) {
    const code = text.charCodeAt(k);
    if (isLabelChar(code)) length++;
    else if (isZeroWidth(code)) zeroWidth = true;
    else break;
    k++;
  }
  // Sliced, not built a character at a time: zero-width characters are rare.
  let label = text.slice(start, k);
  if (zeroWidth) label = [...label].filter((c) => !isZeroWidth(c.charCodeAt(0))).join('');
  return { label, end: k, zeroWidth };
}

/** Reads a host name from `start`; null unless it has two or more labels and an alphabetic TLD. */
function parseHost(text: string, start: number, loose: boolean): Host | null {
  const labels: string[] = [];
  let k = start;
  let obfuscated = false;
  let length = 0;
  for (;;) {
    const { label, end, zeroWidth } = readLabel(text, k);
    if (!label || label.length > 63) return null;
    labels.push(label.toLowerCase());
    length += label.length + 1;
    obfuscated ||= zeroWidth;
    k = end;
    if (length > MAX_HOST_LENGTH) return null;
    const sep = separatorAt(text, k, loose);
    if (!sep || !isLabelChar(text.charCodeAt(k + sep.length))) break;
    obfuscated ||= sep.obfuscated;
    k += sep.length;
  }
  const tld = labels[labels.length - 1]!;
  if (labels.length < 2 || !/^[a-z]{2,24}$/.test(tld)) return null;
  return { name: labels.join('.'), end: k, obfuscated };
}

function joinsBrokenLine(text: string, k: number, hasQuery: boolean): number | null {
  let j = k;
  while (j < text.length && j - k < 2 && (text[j] === '\r' || text[j] === '\n')) j++;
  if (j === k) return null;
  while (j < text.length && j - k < 8 && (text[j] === ' ' || text[j] === '\t')) j++;
  return (text[j] === '?' && !hasQuery) || (text[j] === '&' && hasQuery) ? j : null;
}

/** `ends`: per character of `clean`, where it ends in the text; null when `clean` is the text from `start` as it is. */
function trimTrailing(clean: string, ends: number[] | null, start: number): { clean: string; end: number } {
  const length = keptLength(clean);
  const out = length === clean.length ? clean : clean.slice(0, length);
  return { clean: out, end: length ? (ends ? ends[length - 1]! : start + length) : start };
}

/**
 * Reads port, path, query and fragment from `start`; `json` lets app links carry JSON. Past the href
 * limit nothing more is kept (`over`: the link is refused) and the rest is only read to find where it
 * ends, so a page's megabyte of one link costs one pass over it, no copy of it.
 */
function parseRest(
  text: string,
  start: number,
  json: boolean,
): { clean: string; end: number; over: boolean } {
  let clean = '';
  // Kept only once `clean` stops being the text as it is (an escape, a skipped or joined character).
  let ends = null as number[] | null;
  let k = start;
  let over = false;
  // Whether `clean` has a `?` so far, read only from where the last look stopped (a look over the
  // whole of `clean` at every line break would be quadratic in a link broken over many lines).
  let hasQuery = false;
  let looked = 0;
  const queryFound = () => {
    hasQuery ||= clean.indexOf('?', looked) >= 0;
    looked = clean.length;
    return hasQuery;
  };
  const mapped = () => (ends ??= Array.from({ length: clean.length }, (_, i) => start + i + 1));
  /** `clean` goes on with `chars`, which stand for the text up to `next`. */
  const take = (chars: string, next: number) => {
    if (!over) {
      const list = mapped();
      clean += chars;
      for (let i = 0; i < chars.length; i++) list.push(next);
      over = clean.length > MAX_HREF_LENGTH;
    }
    k = next;
  };
  if (text[k] === ':' && /[0-9]/.test(text[k + 1] ?? '')) {
    const port = /^:[0-9]{1,5}/.exec(text.slice(k, k + 6))![0];
    clean += port;
    k += port.length;
  }
  if (!json && !'/?#'.includes(text[k] ?? ' ')) return { clean, end: k, over };
  while (k < text.length) {
    const code = text.charCodeAt(k);
    if (code === 92 && markdownEscapable.has(text.charCodeAt(k + 1))) {
      take(text[k + 1]!, k + 2);
    } else if (code === 38 && entityStops.some((stop) => text.startsWith(stop, k))) {
      break;
    } else if (isZeroWidth(code)) {
      if (!over) mapped();
      k++;
    } else if (isBodyChar(code, json)) {
      // A run of plain characters at once (the common case): one slice, not one per character.
      const j = Math.max(plainRunEnd(text, k, json), k + 1);
      if (over) k = j;
      else {
        clean += text.slice(k, j);
        over = clean.length > MAX_HREF_LENGTH;
        if (ends) while (k < j) ends.push(++k);
        else k = j;
      }
    } else {
      const joined = code === 10 || code === 13 ? joinsBrokenLine(text, k, queryFound()) : null;
      if (joined === null) break;
      if (!over) mapped();
      k = joined;
    }
  }
  return over ? { clean, end: k, over } : { ...trimTrailing(clean, ends, start), over };
}

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
function hrefOf(head: string, rest: { clean: string; over: boolean }): string {
  return rest.over ? '' : head + decodeEntities(rest.clean);
}

function webCandidate(
  rules: RuleSet,
  text: string,
  schemeStart: number,
  scheme: string,
): UrlCandidate | null {
  const defanged = scheme.slice(1, 3) === 'xx';
  const host = pickHost(rules, text, schemeStart + scheme.length + 3, !defanged);
  if (!host) return null;
  const rest = parseRest(text, host.end, false);
  const normal = defanged ? 'http' + scheme.slice(4) : scheme;
  return {
    start: schemeStart,
    end: rest.end,
    href: hrefOf(`${normal}://${host.name}`, rest),
    scheme: normal,
    host: host.name,
    app: false,
    obfuscated: defanged || host.obfuscated,
  };
}

function schemeCandidate(rules: RuleSet, text: string, i: number): UrlCandidate | null {
  let j = i;
  while (j < text.length && j - i <= 40 && isSchemeChar(text.charCodeAt(j))) j++;
  if (!text.startsWith('://', j)) return null;
  const written = text.slice(i, j).toLowerCase();
  if (rules.schemeRoutes.has(written)) {
    const rest = parseRest(text, j + 3, true);
    if (!rest.clean) return null;
    const href = hrefOf(`${written}://`, rest);
    return {
      start: i,
      end: rest.end,
      href,
      scheme: written,
      // Read once here, as `URL` reads an app link's host: the engine asks for it again and again.
      host: href ? hostOfHref(href) : null,
      app: true,
      obfuscated: false,
    };
  }
  const web = webScheme.exec(written);
  return web ? webCandidate(rules, text, j - web[1]!.length, web[1]!) : null;
}

function schemelessCandidate(rules: RuleSet, text: string, i: number): UrlCandidate | null {
  if (i > 0 && '@/.-_#'.includes(text[i - 1]!)) return null;
  const host = pickHost(rules, text, i, false);
  if (!host || text[host.end] !== '/') return null;
  const rest = parseRest(text, host.end, false);
  if (rest.clean.length < 2) return null;
  return {
    start: i,
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
