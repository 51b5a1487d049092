/**
 * Character helpers for scanning pasted text. `foldText` maps full-width URL characters
 * (`ｈｔｔｐｓ：／／`) to ASCII one for one, so every offset into the folded text is an offset into
 * the original.
 */

const foldable = new Set(
  [0xff0e, 0xff0f, 0xff1a, 0xff1f, 0xff1d, 0xff06, 0xff05, 0xff0d, 0xff3f, 0xff03, 0xff0b, 0xff20].concat(
    range(0xff10, 0xff19),
    range(0xff21, 0xff3a),
    range(0xff41, 0xff5a),
  ),
);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Any foldable character (Chinese punctuation such as `，` and `！` is full-width too, but never folded). */
const anyFoldable = new RegExp(`[${[...foldable].map((code) => `\\u${code.toString(16)}`).join('')}]`, 'g');

/** @example foldText('ｈｔｔｐｓ：／／a.cn') // 'https://a.cn' */
export function foldText(text: string): string {
  anyFoldable.lastIndex = 0;
  if (!anyFoldable.test(text)) return text;
  return text.replace(anyFoldable, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Zero-width characters some filters are dodged with; ignored inside a link.
 * @example isZeroWidth(0x200b) // true
 */
export function isZeroWidth(code: number): boolean {
  return code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff;
}

/** @example isAlnum('a'.charCodeAt(0)) // true */
export function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** @example isLabelChar('-'.charCodeAt(0)) // true */
export function isLabelChar(code: number): boolean {
  return isAlnum(code) || code === 45;
}

/** @example isSchemeChar('+'.charCodeAt(0)) // true */
export function isSchemeChar(code: number): boolean {
  return isAlnum(code) || code === 43 || code === 45 || code === 46;
}

/** Per ASCII code: 1 continues a web address's path, 2 an app link's (which may carry JSON); both 3. */
const bodyTable = (() => {
  const table = new Uint8Array(128);
  for (let code = 33; code < 127; code++) {
    const c = String.fromCharCode(code);
    if (!'<>`|\\^'.includes(c)) table[code]! |= 1;
    if (!'<>`\\^'.includes(c)) table[code]! |= 2;
  }
  return table;
})();

/**
 * Characters that may continue a URL's path, query or fragment (app links may carry JSON).
 * @example isBodyChar('{'.charCodeAt(0), true) // true (an app link's JSON); false for a web address
 */
export function isBodyChar(code: number, json: boolean): boolean {
  return code < 128 && (bodyTable[code]! & (json ? 2 : 1)) !== 0;
}

/**
 * A sticky regex over a run of body characters other than `&` and `\\` (which need a closer look),
 * and, in a web address, other than brackets (which must pair up).
 */
function plainRun(flag: number): RegExp {
  let chars = '';
  for (let code = 33; code < 127; code++) {
    const bracket = flag === 1 && '()[]{}"'.includes(String.fromCharCode(code));
    if (bodyTable[code]! & flag && code !== 38 && code !== 92 && !bracket) chars += `\\x${code.toString(16)}`;
  }
  return new RegExp(`[${chars}]+`, 'y');
}
const plainRuns = { web: plainRun(1), json: plainRun(2) };

/**
 * Where a run of plain body characters starting at `start` ends (`start` itself when there is none):
 * the same as stepping with `isBodyChar` while the character is not `&` or `\\`, done by the regex engine.
 * @example plainRunEnd('a/b&c', 0, false) // 3
 */
export function plainRunEnd(text: string, start: number, json: boolean): number {
  const run = json ? plainRuns.json : plainRuns.web;
  run.lastIndex = start;
  return run.test(text) ? run.lastIndex : start;
}

/**
 * The code point ending at `index` (exclusive), as a string: emoji are two UTF-16 units.
 * @example charBefore('a😀', 3) // '😀'
 */
export function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text[index - 1]!;
}

/**
 * The code point starting at `index`, as a string.
 * @example charAt('😀a', 0) // '😀'
 */
export function charAt(text: string, index: number): string {
  if (index >= text.length) return '';
  const high = text.charCodeAt(index);
  if (high >= 0xd800 && high <= 0xdbff && index + 1 < text.length) return text.slice(index, index + 2);
  return text[index]!;
}

const trailingPunctuation = new Set([...".,;:!?'*"].map((c) => c.charCodeAt(0)));

/**
 * How much of a link's text is kept once the punctuation of the sentence around it is taken off its
 * end: `.,;:!?'*`, and a `)` while the link has more `)` than `(`; a `'` that closes a quoted part of
 * the path (`…_'quoted'`, an even count) stays. The brackets and quotes are counted once and the
 * counts kept as characters come off, so a run of `)` costs one pass, not one count per character.
 * @example keptLength('https://a.cn/x_(y)).') // 18
 */
export function keptLength(link: string): number {
  let opens = 0;
  let closes = 0;
  let quotes = 0;
  for (let i = 0; i < link.length; i++) {
    const code = link.charCodeAt(i);
    if (code === 40) opens++;
    else if (code === 41) closes++;
    else if (code === 39) quotes++;
  }
  let length = link.length;
  for (; length > 0; length--) {
    const code = link.charCodeAt(length - 1);
    if (code === 41 && opens < closes) closes--;
    else if (code === 39 && quotes % 2 === 0 && isAlnum(link.charCodeAt(length - 2))) break;
    else if (code === 39) quotes--;
    else if (!trailingPunctuation.has(code)) break;
  }
  return length;
}
