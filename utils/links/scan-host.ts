import { isLabelChar, isZeroWidth } from './text';

/** A host name read from a text. */
export interface Host {
  name: string;
  end: number;
  obfuscated: boolean;
}

const MAX_HOST_LENGTH = 253;

/**
 * Characters of an international host name beyond ASCII: letters, marks, digits and symbols
 * (`bürger…`, `✪df.ws`), but no Chinese, Japanese or Korean script, no full-width form and no
 * emoji. Chinese text glued after a host (`penguin.ooo英文`) is the text, not the host: a CJK host
 * name is rare in what people share, a glued one common.
 */
const foreignLabelRun =
  /(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Extended_Pictographic}\u3000-\u303f\uff00-\uffef])[\p{L}\p{M}\p{N}\p{S}]){1,63}/uy;

/** A top-level domain: ASCII letters, punycode, or letters of one alphabet (`рф`, `ﻢﺻﺭ`). */
const topLevel = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59}|\p{L}[\p{L}\p{M}]+)$/u;

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

/** Where a run of international label characters from `k` ends (`k` when there is none). */
function foreignRunEnd(text: string, k: number): number {
  foreignLabelRun.lastIndex = k;
  return foreignLabelRun.test(text) ? foreignLabelRun.lastIndex : k;
}

function isLabelStart(text: string, k: number, loose: boolean): boolean {
  const code = text.charCodeAt(k);
  if (isLabelChar(code)) return code !== 45;
  return !loose && code >= 128 && foreignRunEnd(text, k) > k;
}

/** One label from `start`: ASCII (and, unless loose, international) characters, zero-width ones skipped. */
function readLabel(text: string, start: number, loose: boolean) {
  let length = 0;
  let k = start;
  let zeroWidth = false;
  while (k < text.length && length <= 63) {
    const code = text.charCodeAt(k);
    if (isLabelChar(code)) length++;
    else if (isZeroWidth(code)) zeroWidth = true;
    else if (!loose && code >= 128 && foreignRunEnd(text, k) > k) {
      const end = foreignRunEnd(text, k);
      length += end - k;
      k = end;
      continue;
    } else break;
    k++;
  }
  // Sliced, not built a character at a time: zero-width characters are rare.
  let label = text.slice(start, k);
  if (zeroWidth) label = [...label].filter((c) => !isZeroWidth(c.charCodeAt(0))).join('');
  return { label: label.toLowerCase(), end: k, zeroWidth };
}

/**
 * The last label as a top-level domain: whole, or cut before a symbol glued to it (`tv🔥` is `tv`
 * and an emoji). Null when no top-level domain can be read.
 */
function topLevelIn(label: string): string | null {
  if (topLevel.test(label)) return label;
  const letters = /^[\p{L}\p{M}]+/u.exec(label)?.[0];
  return letters && topLevel.test(letters) ? letters : null;
}

/**
 * Reads a host name from `start`; null unless it has two or more labels (none starting or ending with
 * `-`) and a top-level domain of letters (a host without a dot, `localhost`, is nobody's share link,
 * and no link target: see `safeHttpUrl`). A host glued to `_` (`example.com_`) is none.
 * @example parseHost('见http://bürger.de/x', 8, false)?.name // 'bürger.de'
 */
export function parseHost(text: string, start: number, loose: boolean): Host | null {
  const labels: string[] = [];
  let k = start;
  let obfuscated = false;
  let length = 0;
  for (;;) {
    if (!isLabelStart(text, k, loose)) return null;
    const { label, end, zeroWidth } = readLabel(text, k, loose);
    if (!label || label.length > 63 || label.endsWith('-')) return null;
    labels.push(label);
    length += label.length + 1;
    obfuscated ||= zeroWidth;
    k = end;
    if (length > MAX_HOST_LENGTH) return null;
    const sep = separatorAt(text, k, loose);
    if (!sep || !isLabelStart(text, k + sep.length, loose)) break;
    obfuscated ||= sep.obfuscated;
    k += sep.length;
  }
  return hostOf(text, labels, k, obfuscated);
}

function hostOf(text: string, labels: string[], end: number, obfuscated: boolean): Host | null {
  if (text[end] === '_' || labels.length < 2) return null;
  const last = labels[labels.length - 1]!;
  const tld = topLevelIn(last);
  if (tld === null) return null;
  const cut = last.length - tld.length;
  labels[labels.length - 1] = tld;
  return { name: labels.join('.'), end: end - cut, obfuscated };
}
