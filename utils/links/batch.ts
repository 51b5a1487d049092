import type { Engine } from './engine';
import type { FoundLink } from './find-links';
import { CONTEXT_AFTER } from './share';

/** The candidates of one slice of page work: texts that passed the prefilter, hrefs of anchors that may need a direct address. */
export interface ResolveRequest {
  texts: string[];
  hrefs: string[];
  /** Per href, the target its page keeps beside the anchor (a page-target rule's read), or null. */
  reads?: (string | null)[];
}

/** What a batch asks of the engine (or of the engine with labels added): per text its links, per href its direct link. */
export interface BatchEngine<L, H = L> {
  findLinks(text: string): L[];
  /** `read`: what the anchor's page keeps beside it for a page-target rule (null: nothing read). */
  directLinkOf(href: string, read?: string | null): H | null;
}

/**
 * An engine's batch answers with each link made into `L` (the background adds its words, a label).
 * @example withLabels(engine, (l) => ({ ...l, label: l.kind })).findLinks('https://a.cn/x')[0]?.label // 'url'
 */
export function withLabels<L>(engine: BatchEngine<FoundLink>, label: (link: FoundLink) => L): BatchEngine<L> {
  return {
    findLinks: (text) => engine.findLinks(text).map(label),
    directLinkOf: (href, read) => {
      const link = engine.directLinkOf(href, read);
      return link && label(link);
    },
  };
}

/**
 * The engine as one page's batches use it: an anchor whose page keeps its target beside it (a value
 * read for a page-target rule) gets that target when the engine accepts it for this page, else
 * whatever its address gives. `pageHost` is the sender's, as the browser names it.
 * @example onPage(engine, 'www.baidu.com').directLinkOf('https://www.baidu.com/link?url=x', 'https://a.cn/')?.url // 'https://a.cn/'
 */
export function onPage(engine: Engine, pageHost: string | null): BatchEngine<FoundLink> {
  return {
    findLinks: engine.findLinks,
    directLinkOf: (href, read) =>
      (read && pageHost ? engine.pageTargetOf(pageHost, href, read) : null) ?? engine.directLinkOf(href),
  };
}

/** A batch's answer: per text its links, per href its direct link (null: none). */
export interface BatchAnswer<L, H = L> {
  texts: L[][];
  hrefs: (H | null)[];
}

/**
 * Runs the engine over a page's candidates: per text its links, per href its direct link.
 * @example resolveBatch(engine, { texts: ['【京东】https://3.cn/2odH-z1a'], hrefs: [] }).texts[0]?.[0]?.url // 'https://3.cn/2odH-z1a'
 */
export function resolveBatch<L = FoundLink, H = L>(
  engine: BatchEngine<L, H>,
  request: ResolveRequest,
): BatchAnswer<L, H> {
  return {
    texts: request.texts.map((text) => engine.findLinks(text)),
    hrefs: request.hrefs.map((href, i) => engine.directLinkOf(href, request.reads?.[i] ?? null)),
  };
}

/** A batch worked through one candidate per step, so that the caller can stop between candidates. */
export interface BatchJob<L = FoundLink, H = L> {
  /** Characters of the batch (texts and hrefs). */
  size: number;
  /** Resolves the next text, window of a long text, or href; true when all are done. */
  step(): boolean;
  result(): BatchAnswer<L, H>;
}

/**
 * How much two windows of a long text share. A link is read from the window whose middle holds its
 * start, with at least half of this before it and a share text's context after it (see
 * `CONTEXT_BEFORE`, `CONTEXT_AFTER` in share.ts); so links and share texts shorter than about 1,700
 * characters are found in a long text as in a short one, and a longer one is left alone (never cut).
 * @example windowStarts(20_000, 10_000) // [0, 6000, 12000]: each window shares WINDOW_OVERLAP with the next
 */
export const WINDOW_OVERLAP = 4000;

interface Spanned {
  start: number;
  end: number;
}

/** The overlap of windows of this size: `WINDOW_OVERLAP`, or half a window where windows are small. */
const overlapOf = (size: number) => Math.min(WINDOW_OVERLAP, Math.floor(size / 2));

/**
 * Where the windows of a text start, each `size` characters long, each sharing `WINDOW_OVERLAP` (at
 * most half a window) with the next.
 * @example windowStarts(20_000, 10_000) // [0, 6000, 12000]
 */
export function windowStarts(length: number, size: number): number[] {
  const step = Math.max(1, size - overlapOf(size));
  const starts = [0];
  while (starts.at(-1)! + size < length) starts.push(starts.at(-1)! + step);
  return starts;
}

/** The links of one window of a long text that belong to it, placed in the whole text. */
function linksOfWindow<L extends Spanned>(
  findLinks: (text: string) => L[],
  text: string,
  from: number,
  size: number,
): L[] {
  const to = Math.min(from + size, text.length);
  const half = Math.floor(overlapOf(size) / 2);
  const coreStart = from === 0 ? 0 : from + half;
  const coreEnd = to === text.length ? to : to - half;
  // A link that reaches this close to a window's cut may be cut itself, or miss its share text's words.
  const lastEnd = to === text.length ? to : to - Math.min(CONTEXT_AFTER, half);
  return findLinks(text.slice(from, to))
    .map((l) => ({ ...l, start: l.start + from, end: l.end + from }))
    .filter((l) => l.start >= coreStart && l.start < coreEnd && l.end <= lastEnd);
}

/**
 * `resolveBatch` one candidate at a time, over an engine whose found links may carry more (a label).
 * A text longer than `maxTextLength` is read a window of that length at a time (see `WINDOW_OVERLAP`):
 * no step reads more than that, so no step takes longer than the caller can wait.
 * @example
 * const job = batchJob(engine, { texts: ['https://a.cn/'], hrefs: [] }, 10_000);
 * while (!job.step());
 * job.result().texts[0]?.[0]?.url // 'https://a.cn/'
 */
export function batchJob<L extends Spanned = FoundLink, H = L>(
  engine: BatchEngine<L, H>,
  request: ResolveRequest,
  maxTextLength: number,
): BatchJob<L, H> {
  const texts: L[][] = [];
  const hrefs: (H | null)[] = [];
  const chars = (list: string[]) => list.reduce((sum, s) => sum + s.length, 0);
  /** The long text being read, and the windows of it still to read. */
  let long: { starts: number[]; found: L[] } | null = null;
  const nextText = () => {
    const text = request.texts[texts.length]!;
    if (text.length <= maxTextLength) return void texts.push(engine.findLinks(text));
    long ??= { starts: windowStarts(text.length, maxTextLength), found: [] };
    const findLinks = (window: string) => engine.findLinks(window);
    long.found.push(...linksOfWindow(findLinks, text, long.starts.shift()!, maxTextLength));
    if (long.starts.length) return;
    texts.push(long.found);
    long = null;
  };
  const reads = (request.reads ?? []).filter((r) => r !== null);
  return {
    size: chars(request.texts) + chars(request.hrefs) + chars(reads),
    step() {
      if (texts.length < request.texts.length) nextText();
      else if (hrefs.length < request.hrefs.length) {
        const i = hrefs.length;
        hrefs.push(engine.directLinkOf(request.hrefs[i]!, request.reads?.[i] ?? null));
      }
      return texts.length === request.texts.length && hrefs.length === request.hrefs.length;
    },
    result: () => ({ texts, hrefs }),
  };
}
