/**
 * The rule pattern language of the platform files, documented here and only here. A platform never
 * writes a regular expression; it writes patterns, and the engine compiles each into an anchored
 * regular expression whose time is linear in the input.
 *
 * Where patterns stand: a route's `path`, each value of its `query`, its `rawQuery` (the whole query
 * string after `?`), each field of its `json` parameter, and the `match` of a text id. A route's `to`
 * is a template over the names the patterns caught.
 *
 * Matching, step by step:
 * 1. A pattern is literal text with placeholders; the literal text must stand exactly as written.
 * 2. A placeholder `{name:class}` catches one or more characters of its class under `name`;
 *    `{name:class:4}` exactly four, `{name:class:2-8}` two to eight.
 * 3. Classes: `digits` 0-9; `alnum` letters and digits; `word` alnum, `_` and `-`; `hex`; `base58`;
 *    `base64` (standard and url-safe, with `=`); `segment` anything but `/ ? # &`; `text` anything but
 *    `& #`; `rest` anything; `url` anything, later decoded as an embedded address.
 * 4. `rest` and `url` can swallow anything, so either may only be the last placeholder: no two
 *    unbounded parts ever compete for the same characters (the linear-time guarantee). One exception,
 *    a suffix: literal text and one bounded placeholder may end the pattern after it when the
 *    placeholder's class cannot hold the literal's first character (`{u:url}:{h:word:10-40}` takes
 *    the text after the last `:`). Each try of the suffix then stops before the next try begins, so
 *    the time stays linear.
 * 5. A path pattern ending in `/**` also matches any deeper path (`/go/**` covers `/go` and `/go/x`).
 * 6. The whole input must match (the expression is anchored at both ends); an unknown class, or an
 *    unbounded class that is neither last nor followed by a suffix, makes compiling throw, so a bad
 *    platform file fails its test.
 *
 * Filling a `to` template (`fillTemplate` in resolve.ts), step by step:
 * 1. `{name}` is replaced by what `name` caught: a `url` value percent-decoded until it starts with
 *    `scheme://` (else the route fails), a `rest` value as it is, any other value percent-encoded.
 * 2. A filter after `|` decodes the value another way:
 *    - `{name|url}`: as an embedded address, whatever its class;
 *    - `{name|base64}`: as base64 (standard or url-safe), then as an embedded address;
 *    - `{name|base64text}`: as base64 into plain text, for a part of an address (the query half of
 *      `<b64>@<b64>`); fails on spaces and control characters;
 *    - `{name|hostpath}`: percent-decoded once, and it must start with a host name (then `/ ? # :`
 *      or the end): a target written without its scheme, which the template writes (`https://{u|hostpath}`);
 *    - `{name|base36triplets}`: each character as three base-36 digits (`02W` is `h`), then as an
 *      embedded address.
 * 3. A name that caught nothing, or a value that does not decode, fails the route (fail closed).
 * 4. The filled address goes on to the next route; only a safe http(s) address comes out at the end.
 */

// Relative, not `@/`: the build config loads the engine before the alias exists.
import { escapeRegExp } from '../url';

const classes = {
  digits: '[0-9]',
  alnum: '[A-Za-z0-9]',
  word: '[A-Za-z0-9_-]',
  hex: '[0-9A-Fa-f]',
  base58: '[1-9A-HJ-NP-Za-km-z]',
  base64: '[A-Za-z0-9+/_=-]',
  segment: '[^/?#&]',
  text: '[^&#]',
  rest: '[\\s\\S]',
  url: '[\\s\\S]',
} as const;

export type PatternClass = keyof typeof classes;

export interface CompiledPattern {
  source: string;
  regex: RegExp;
  /** Placeholder name -> class, in order of appearance. */
  slots: Map<string, PatternClass>;
}

const placeholder = /\{([a-zA-Z][a-zA-Z0-9]*):([a-z0-9]+)(?::(\d+)(?:-(\d+))?)?\}/g;
const unbounded = new Set<PatternClass>(['rest', 'url']);

function isPatternClass(name: string): name is PatternClass {
  return Object.hasOwn(classes, name);
}

function quantifier(min?: string, max?: string): string {
  if (min === undefined) return '+';
  return max === undefined ? `{${min}}` : `{${min},${max}}`;
}

/** Throws unless a placeholder after an unbounded one is a suffix (rule 4): a literal, then a bounded class without its first character. */
function checkSuffix(source: string, literal: string, cls: PatternClass, taken: boolean): void {
  const first = literal[0];
  if (taken || unbounded.has(cls) || first === undefined || new RegExp(classes[cls]).test(first)) {
    throw new Error(`An unbounded class must be the last placeholder in pattern ${source}`);
  }
}

/**
 * Compiles a pattern; throws on an unknown class or an unbounded class that is not last (or before a suffix).
 * @example compilePattern('/i{id:digits}.htm').regex.exec('/i601009971043.htm')?.groups?.id // '601009971043'
 */
export function compilePattern(source: string): CompiledPattern {
  const slots = new Map<string, PatternClass>();
  let body = '';
  let last = 0;
  let suffix = false;
  const openEnded = source.endsWith('/**');
  const text = openEnded ? source.slice(0, -3) : source;
  for (const match of text.matchAll(placeholder)) {
    const [whole, name, cls, min, max] = match as unknown as [string, string, string, string?, string?];
    if (!isPatternClass(cls)) throw new Error(`Unknown class "${cls}" in pattern ${source}`);
    const literal = text.slice(last, match.index);
    if ([...slots.values()].some((c) => unbounded.has(c))) {
      checkSuffix(source, literal, cls, suffix);
      suffix = true;
    }
    body += escapeRegExp(literal) + `(?<${name}>${classes[cls]}${quantifier(min, max)})`;
    slots.set(name, cls);
    last = match.index + whole.length;
  }
  if (suffix && (openEnded || last < text.length)) {
    throw new Error(`A suffix must end pattern ${source}`);
  }
  body += escapeRegExp(text.slice(last));
  if (openEnded) body += '(?:/[\\s\\S]*)?';
  return { source, regex: new RegExp(`^${body}$`), slots };
}

/**
 * The placeholder values of a full match, or null.
 * @example matchPattern(compilePattern('/i{id:digits}.htm'), '/i601.htm') // { id: '601' }
 */
export function matchPattern(pattern: CompiledPattern, input: string): Record<string, string> | null {
  const match = pattern.regex.exec(input);
  return match ? { ...match.groups } : null;
}
