import type { Platform, TitleStyle } from '@/utils/platforms/schema';
import { nameKey, type NotTitles, type RuleSet } from './rules';

/**
 * How far around a link its share text may reach (the text is also cut at neighbouring links).
 * @example hitsBetween(hits, link.start - CONTEXT_BEFORE, link.end + CONTEXT_AFTER) // the markers that may mark the link
 */
export const CONTEXT_BEFORE = 400;
/** @example hitsBetween(hits, link.start - CONTEXT_BEFORE, link.end + CONTEXT_AFTER) // the markers that may mark the link */
export const CONTEXT_AFTER = 300;
/** How close a title's bracket must stand to the link. */
const TITLE_GAP = 60;
const MAX_MARKER_HITS = 5000;

export interface MarkerHit {
  index: number;
  marker: string;
  platform: string;
}

/**
 * Every marker occurrence in the text, in order (longest marker wins where two start together).
 * @example findMarkers('【淘宝】https://…', rules)[0].platform // 'taobao'
 */
export function findMarkers(text: string, rules: RuleSet): MarkerHit[] {
  const hits: MarkerHit[] = [];
  // Where some marker starts, found by one regex; there, every marker that starts (longest first).
  const starts = rules.markerStarts;
  starts.lastIndex = 0;
  for (let found = starts.exec(text); found && hits.length < MAX_MARKER_HITS; found = starts.exec(text)) {
    const at = found.index;
    for (const [marker, platform] of rules.markers) {
      if (text.startsWith(marker, at) && hits.length < MAX_MARKER_HITS)
        hits.push({ index: at, marker, platform });
    }
    // Markers may overlap: look again from the next character.
    starts.lastIndex = at + 1;
  }
  return hits;
}

/**
 * Marker hits whose text lies inside [from, to).
 * @example hitsBetween([{ index: 0, marker: '【淘宝】', platform: 'taobao' }], 0, 3) // [] (the marker reaches past 3)
 */
export function hitsBetween(hits: readonly MarkerHit[], from: number, to: number): MarkerHit[] {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (hits[mid]!.index < from) low = mid + 1;
    else high = mid;
  }
  const out: MarkerHit[] = [];
  for (let i = low; i < hits.length && hits[i]!.index < to; i++) {
    if (hits[i]!.index + hits[i]!.marker.length <= to) out.push(hits[i]!);
  }
  return out;
}

/** The pairs a title may stand in before its link: 【…】 (most apps), 《…》 (a song's or a book's name). */
const pairs: Record<string, string> = { '】': '【', '》': '《' };

/** The bracketed text closing at `close` (an index of `】` or `》`), nested brackets kept; null if unbalanced. */
function bracketEndingAt(
  text: string,
  close: number,
  floor: number,
): { start: number; inner: string } | null {
  const closer = text[close]!;
  const opener = pairs[closer];
  let depth = 0;
  for (let i = close; i >= floor; i--) {
    if (text[i] === closer) depth++;
    else if (text[i] === opener && --depth === 0) return { start: i, inner: text.slice(i + 1, close) };
  }
  return null;
}

/** The bracketed text opening at `open` (`「` or `【`), nested brackets kept; null if unbalanced. */
function bracketStartingAt(text: string, open: number, ceiling: number): string | null {
  const [opener, closer] = text[open] === '「' ? ['「', '」'] : ['【', '】'];
  let depth = 0;
  for (let i = open; i < ceiling; i++) {
    if (text[i] === opener) depth++;
    else if (text[i] === closer && --depth === 0) return text.slice(open + 1, i);
  }
  return null;
}

interface Window {
  text: string;
  /** The link's span. */
  start: number;
  end: number;
  /** How far the link's share text may reach on each side. */
  from: number;
  to: number;
  markers: ReadonlySet<string>;
  /** App and platform names and promotion words: a bracket of these is passed over. */
  notTitles: NotTitles;
  /** A token's title must stand on its own line; a link's may sit on the line above. */
  sameLine?: boolean;
}

/**
 * Where `char` last stands in [from, before), or -1. The look is cut to the window: an unbounded
 * `lastIndexOf` runs back to the text's start for every link of a long text that lacks the character.
 */
function lastIndexWithin(text: string, char: string, from: number, before: number): number {
  if (before <= from) return -1;
  const at = text.slice(from, before).lastIndexOf(char);
  return at < 0 ? -1 : from + at;
}

/** A platform's or app's name (`手机淘宝`, `小红书`), or promotion words alone (`超值`, `限时秒杀`). */
function isNotTitle(w: Window, text: string): boolean {
  const key = nameKey(text);
  if (w.notTitles.names.has(key)) return true;
  return key.replace(w.notTitles.promo, '').replace(/[\s\p{P}\p{S}]/gu, '') === '';
}

/** The first bracket after the link, within the gap, that holds a title (names and promotions passed over). */
function firstAfter(w: Window, opener: string): string | null {
  const limit = Math.min(w.to, w.end + TITLE_GAP + 1);
  for (let from = w.end; from < limit;) {
    const at = w.text.slice(from, limit).indexOf(opener);
    if (at < 0) return null;
    const open = from + at;
    if (w.sameLine && w.text.slice(w.end, open).includes('\n')) return null;
    const inner = bracketStartingAt(w.text, open, w.to);
    if (inner === null || !isNotTitle(w, inner)) return inner;
    from = open + inner.length + 2;
  }
  return null;
}

/** The last bracket before the link, within the gap, that is neither a marker nor a name or promotion. */
function lastBefore(w: Window, closer = '】'): string | null {
  const floor = Math.max(w.from, w.start - TITLE_GAP);
  let close = lastIndexWithin(w.text, closer, floor, w.start);
  while (close >= 0) {
    const found = bracketEndingAt(w.text, close, w.from);
    if (!found) return null;
    if (w.sameLine && w.text.slice(close, w.start).includes('\n')) return null;
    const marker = w.markers.has(w.text.slice(found.start, close + 1));
    if (!marker && !isNotTitle(w, found.inner)) return found.inner;
    close = lastIndexWithin(w.text, closer, floor, found.start);
  }
  return null;
}

/** The rest of the link's line after it (Dewu writes the item's name there), when the line goes on. */
function lineAfter(w: Window): string | null {
  const limit = Math.min(w.to, w.end + TITLE_GAP + 1);
  const lineEnd = w.text.slice(w.end, limit).search(/[\r\n]/);
  const line = w.text.slice(w.end, lineEnd < 0 ? limit : w.end + lineEnd).trim();
  return line || null;
}

function lineBefore(w: Window, suffixes: readonly string[]): string | null {
  const lineStart = lastIndexWithin(w.text, '\n', w.from, w.start) + 1;
  const line = w.text.slice(Math.max(lineStart, w.from), w.start).trim();
  return suffixes.some((s) => line.endsWith(s.trim())) ? line : null;
}

function rawTitle(style: TitleStyle, w: Window, platform: Platform): string | null {
  switch (style) {
    case 'corner-after':
      return firstAfter(w, '「');
    case 'lenticular-after':
      return firstAfter(w, '【');
    case 'lenticular-before':
      return lastBefore(w);
    case 'book-before':
      return lastBefore(w, '》');
    case 'line-after':
      return lineAfter(w);
    case 'line-before':
      return lineBefore(w, platform.titleSuffixes ?? []);
  }
}

function cleanTitle(raw: string, platform: Platform): string {
  let title = raw.trim();
  for (const suffix of platform.titleSuffixes ?? []) {
    if (title.endsWith(suffix.trim())) title = title.slice(0, -suffix.trim().length).trim();
  }
  const separator = platform.titleAuthorSeparator;
  const cut = separator ? title.lastIndexOf(separator) : -1;
  if (cut > 0) title = title.slice(0, cut);
  return title.trim();
}

/**
 * The title a share text gives its link, by the platform's title styles in order.
 * @example shareTitle(window, bilibili) // '浅梦-Dream的个人空间' for '【浅梦-Dream的个人空间-哔哩哔哩】 https://b23.tv/…'
 */
export function shareTitle(w: Window, platform: Platform): string | undefined {
  for (const style of platform.titles ?? []) {
    const raw = rawTitle(style, w, platform);
    const title = raw && cleanTitle(raw, platform);
    if (title && !isNotTitle(w, title)) return title.length > 200 ? title.slice(0, 200) : title;
  }
  return undefined;
}

export type { Window as ShareWindow };
