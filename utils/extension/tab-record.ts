import * as z from 'zod/mini';
import { limits, type FixedLink, type TabState } from '@/utils/protocol';
import { fixedLinkSchema } from './requests';

/**
 * What one tab's frames reported, kept apart per frame so that a frame that says hello again (its
 * page restored, its settings changed) replaces only its own list. Pure, so it is tested in Node; the
 * background keeps these records in `storage.session` (see `fixed-links.ts`).
 */
export interface TabRecord {
  /** The top frame's address, once its content script said hello. */
  url: string | null;
  /** Unblocked links by frame id; frame `0` is the top frame. */
  frames: Record<string, FixedLink[]>;
  /** Plain addresses each frame made clickable: counted, never listed (see `isUnblocked`). */
  clickable: Record<string, number>;
}

/** The top frame's share of a tab's list: the page the user reads comes first. */
export const TOP_FRAME_MAX = 750;
/** All sub-frames together (ads, embeds, third-party widgets) never take more than this. */
export const SUB_FRAMES_MAX = 250;
/** One sub-frame's own share, so one widget cannot take the share of the others either. */
export const SUB_FRAME_MAX = 100;
/** Characters a tab's lists may hold (originals and targets), so that `storage.session` stays small. */
const TOP_FRAME_CHARS = 300_000;
const SUB_FRAMES_CHARS = 100_000;

export const tabRecordSchema = z.object({
  url: z.nullable(z.string().check(z.maxLength(limits.href))),
  frames: z.record(z.string(), z.array(fixedLinkSchema).check(z.maxLength(TOP_FRAME_MAX))),
  clickable: z.record(z.string(), z.number()),
});

export function emptyRecord(url: string | null = null): TabRecord {
  return { url, frames: {}, clickable: {} };
}

/** The `storage.session` key of a tab's record. */
export function tabKey(tabId: number): string {
  return `tab:${tabId}`;
}

/**
 * Whether a link was blocked and Unwall opened it. A plain address in the text (kind `url`) was
 * readable and copyable already (a URL in a code block that nothing blocked): making it clickable is a
 * convenience, so it is neither counted as fixed on the badge nor listed in the popup.
 * @example isUnblocked({ kind: 'url' }) // false
 */
export function isUnblocked(link: Pick<FixedLink, 'kind'>): boolean {
  return link.kind !== 'url';
}

/** A frame said hello: its list starts again. A top frame on another address starts the whole tab again. */
export function helloFrame(record: TabRecord, frameId: number, url?: string): TabRecord {
  if (frameId === 0 && url !== undefined && url.slice(0, limits.href) !== record.url) {
    return emptyRecord(url.slice(0, limits.href));
  }
  const others = <T>(byFrame: Record<string, T>) =>
    Object.fromEntries(Object.entries(byFrame).filter(([id]) => id !== String(frameId)));
  return { ...record, frames: others(record.frames), clickable: others(record.clickable) };
}

const charsOf = (items: readonly FixedLink[]) =>
  items.reduce((sum, i) => sum + i.original.length + (i.url?.length ?? 0) + i.label.length, 0);

/** How many more items and characters a frame may add: its own share, and for a sub-frame the shared one. */
function roomFor(record: TabRecord, frameId: number): { items: number; chars: number } {
  const own = record.frames[frameId] ?? [];
  if (frameId === 0) return { items: TOP_FRAME_MAX - own.length, chars: TOP_FRAME_CHARS - charsOf(own) };
  const subs = Object.entries(record.frames).flatMap(([id, items]) => (id === '0' ? [] : items));
  return {
    items: Math.min(SUB_FRAME_MAX - own.length, SUB_FRAMES_MAX - subs.length),
    chars: SUB_FRAMES_CHARS - charsOf(subs),
  };
}

/** A frame's report: its unblocked links go to its list while there is room; plain addresses are counted. */
export function addToFrame(record: TabRecord, frameId: number, items: readonly FixedLink[]): TabRecord {
  const room = roomFor(record, frameId);
  const taken: FixedLink[] = [];
  let chars = 0;
  for (const item of items.filter(isUnblocked)) {
    chars += item.original.length + (item.url?.length ?? 0) + item.label.length;
    if (taken.length >= room.items || chars > room.chars) break;
    taken.push(item);
  }
  const clickable = (record.clickable[frameId] ?? 0) + items.filter((i) => !isUnblocked(i)).length;
  return {
    ...record,
    frames: { ...record.frames, [frameId]: [...(record.frames[frameId] ?? []), ...taken] },
    clickable: { ...record.clickable, [frameId]: clickable },
  };
}

/** A frame put some of its fixes back at the user's request: they leave its list (and the badge's count). */
export function removeFromFrame(record: TabRecord, frameId: number, ids: readonly number[]): TabRecord {
  const items = record.frames[frameId];
  if (!items) return record;
  const gone = new Set(ids);
  const kept = items.filter((item) => item.id === undefined || !gone.has(item.id));
  return { ...record, frames: { ...record.frames, [frameId]: kept } };
}

/**
 * The tab as the popup shows it: the top frame's links first, then the sub-frames' in frame order,
 * each with its frame (the popup asks that frame to act on it).
 */
export function tabStateOf(record: TabRecord): TabState {
  const ids = Object.keys(record.frames).sort((a, b) => Number(a) - Number(b));
  const clickable = Object.values(record.clickable).reduce((sum, n) => sum + n, 0);
  const fixed = ids.flatMap((id) => record.frames[id]!.map((item) => ({ ...item, frame: Number(id) })));
  return { url: record.url, fixed, clickable };
}
