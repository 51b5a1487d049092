// Relative, not `@/`: the build config loads the engine before the alias exists.
import { MAX_HREF_LENGTH } from '../url';
import { isAlnum, isBodyChar, isZeroWidth, keptLength, plainRunEnd } from './text';

/** How a link's port, path, query and fragment are read. */
export interface PathOptions {
  /** An app link, which may carry JSON (`{}`, `[]` and `"` are then plain characters). */
  json: boolean;
  /** Chinese, Japanese or Korean text may belong to the path (see `cjkRunEnd`). */
  cjk: boolean;
}

/** The rest of a link as read: the address's characters, where it ends, and whether it was too long. */
export interface Rest {
  clean: string;
  end: number;
  over: boolean;
}

const markdownEscapable = new Set([...'_*~[]()#+-.!\\`/'].map((c) => c.charCodeAt(0)));
const entityStops = ['&lt;', '&gt;', '&quot;', '&#60;', '&#62;', '&#34;'];
const closing: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

const cjkRun =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u30fc]+/uy;
/** Letters, marks and digits of other scripts (`someone-you-നിന്നെ`, `bürger`): part of a path. */
const foreignRun =
  /(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}])[\p{L}\p{M}\p{N}])+/uy;

function runEnd(run: RegExp, text: string, k: number): number {
  run.lastIndex = k;
  return run.test(text) ? run.lastIndex : k;
}

/**
 * Where the non-ASCII characters at `k` that belong to the path end (`k` when none do). Letters of
 * most scripts do. Chinese, Japanese and Korean text does only where it starts a path segment, a
 * fragment or a bracket (`/wiki/道_(消歧义)`, `#标题`) and only when the caller allows it: glued
 * to the end of a link (`…/docs了解更多`, `…/iR2euxso/复制此链接`) it is the sentence around the
 * link, which is what people share far more often than a link with Chinese in it.
 */
function nonAsciiEnd(text: string, k: number, options: PathOptions): number {
  const foreign = runEnd(foreignRun, text, k);
  if (foreign > k) return foreign;
  if (!options.cjk || !'/#('.includes(text[k - 1] ?? '')) return k;
  return runEnd(cjkRun, text, k);
}

/** A quoted part of a path (`…_"doublequoted"`) from the `"` at `k`: its end, or `k` when it is none. */
function quotedEnd(text: string, k: number): number {
  const inner = plainRunEnd(text, k + 1, false);
  if (text[inner] !== '"') return k;
  for (let i = k + 1; i < inner; i++) if (isAlnum(text.charCodeAt(i))) return inner + 1;
  return k;
}

/** A word in angle brackets inside a path (`…/exemplary_<remix>`) from the `<` at `k`: its end, or `k`. */
function angledEnd(text: string, k: number): number {
  const word = /^<[A-Za-z0-9_-]{1,40}>/.exec(text.slice(k, k + 43));
  return word ? k + word[0].length : k;
}

/** An escape inside a link: markdown's `\_`, JSON's `\/` and `\u0026`. Its length and the character, or null. */
function escapeAt(text: string, k: number): { length: number; char: string } | null {
  const next = text.charCodeAt(k + 1);
  if (markdownEscapable.has(next)) return { length: 2, char: text[k + 1]! };
  const unicode = /^\\u00([2-7][0-9a-f])/i.exec(text.slice(k, k + 6));
  return unicode ? { length: 6, char: String.fromCharCode(parseInt(unicode[1]!, 16)) } : null;
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
 * The state of one read: `clean` grows as characters are taken; `ends` is kept only once `clean`
 * stops being the text as it is (an escape, a skipped or joined character).
 */
class Reader {
  clean = '';
  ends: number[] | null = null;
  over = false;
  /** Open brackets by kind, so that a closing one without its opening one ends the link. */
  open: Record<string, number> = { '(': 0, '[': 0, '{': 0 };
  private looked = 0;
  private query = false;

  constructor(
    readonly text: string,
    readonly start: number,
    public k: number,
  ) {}

  private mapped(): number[] {
    return (this.ends ??= Array.from({ length: this.clean.length }, (_, i) => this.start + i + 1));
  }

  /** `clean` goes on with `chars`, which stand for the text up to `next`. */
  take(chars: string, next: number): void {
    if (!this.over) {
      const list = this.mapped();
      this.clean += chars;
      for (let i = 0; i < chars.length; i++) list.push(next);
      this.over = this.clean.length > MAX_HREF_LENGTH;
    }
    this.k = next;
  }

  /** `clean` goes on with the text as it is, up to `next`. */
  takeText(next: number): void {
    if (this.over) {
      this.k = next;
      return;
    }
    this.clean += this.text.slice(this.k, next);
    this.over = this.clean.length > MAX_HREF_LENGTH;
    if (this.ends) while (this.k < next) this.ends.push(++this.k);
    else this.k = next;
  }

  skip(next: number): void {
    if (!this.over) this.mapped();
    this.k = next;
  }

  /**
   * Whether `clean` has a `?` so far, read only from where the last look stopped (a look over the
   * whole of `clean` at every line break would be quadratic in a link broken over many lines).
   */
  hasQuery(): boolean {
    this.query ||= this.clean.indexOf('?', this.looked) >= 0;
    this.looked = this.clean.length;
    return this.query;
  }
}

/** One step of a web link's path at a bracket or a quote: false when the link ends there. */
function bracketStep(r: Reader, c: string): boolean {
  if (c === '"' || c === '<') {
    const end = c === '"' ? quotedEnd(r.text, r.k) : angledEnd(r.text, r.k);
    if (end === r.k) return false;
    r.takeText(end);
    return true;
  }
  const opening = closing[c];
  if (opening === undefined) r.open[c]!++;
  else if (r.open[opening]! > 0) r.open[opening]!--;
  else return false;
  r.takeText(r.k + 1);
  return true;
}

/** One step at the reader's position: false when the link ends there. */
function step(r: Reader, options: PathOptions): boolean {
  const { text, k } = r;
  const code = text.charCodeAt(k);
  if (code === 92) {
    const escape = escapeAt(text, k);
    if (escape) r.take(escape.char, k + escape.length);
    return escape !== null;
  }
  if (code === 38 && entityStops.some((stop) => text.startsWith(stop, k))) return false;
  if (isZeroWidth(code)) r.skip(k + 1);
  else if (!options.json && '()[]{}"<'.includes(text[k]!)) return bracketStep(r, text[k]!);
  else if (isBodyChar(code, options.json)) r.takeText(Math.max(plainRunEnd(text, k, options.json), k + 1));
  else if (code >= 128) {
    const end = nonAsciiEnd(text, k, options);
    if (end === k) return false;
    r.takeText(end);
  } else {
    const joined = code === 10 || code === 13 ? joinsBrokenLine(text, k, r.hasQuery()) : null;
    if (joined === null) return false;
    r.skip(joined);
  }
  return true;
}

/**
 * Reads port, path, query and fragment from `start`. Past the href limit nothing more is kept
 * (`over`: the link is refused) and the rest is only read to find where it ends, so a page's megabyte
 * of one link costs one pass over it, no copy of it. Brackets are kept while they pair up (a closing
 * one without its opening one ends the link: `[a](https://a.cn/x)[b]`), and a quoted word inside a
 * path (`…_"quoted"`, `…_<remix>`) is kept whole.
 * @example parseRest('https://a.cn/wiki/Blur_[band] wat', 12, { json: false, cjk: true }).clean // '/wiki/Blur_[band]'
 */
export function parseRest(text: string, start: number, options: PathOptions): Rest {
  const r = new Reader(text, start, start);
  if (text[start] === ':' && /[0-9]/.test(text[start + 1] ?? '')) {
    const port = /^:[0-9]{1,5}/.exec(text.slice(start, start + 6))![0];
    r.takeText(start + port.length);
  }
  const pathStarts = '/?#'.includes(text[r.k] ?? ' ') || text.startsWith('\\/', r.k);
  if (!options.json && !pathStarts) return { clean: r.clean, end: r.k, over: r.over };
  while (r.k < text.length && step(r, options));
  return r.over
    ? { clean: r.clean, end: r.k, over: true }
    : { ...trimTrailing(r.clean, r.ends, start), over: false };
}
