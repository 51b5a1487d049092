import type { FoundLink } from '@/utils/links';
import {
  MAX_BATCH_ITEMS,
  MAX_HREF_LENGTH,
  MAX_TEXT_LENGTH,
  type Fixed,
  type PageFeatures,
  type PageLink,
  type ResolveReply,
  type ScanEngine,
} from './contract';
import { anchorKind, partsOfHref, rewriteAnchor, type AnchorFix } from './anchors';
import { guardClicks } from './click-guard';
import { createLedger, type TextChange } from './ledger';
import { linkifyTextNode } from './linkify';
import { isCode, isEditable, isSkippedText } from './skip';
import { HREF_ATTR, TOKEN_ATTR, UNWALL_ATTR } from './style';

export type { ResolveRequest } from '@/utils/links/batch';
export type { Fixed, PageFeatures, PageLink, ResolveReply, ScanEngine } from './contract';
export { MAX_BATCH_ITEMS, MAX_HREF_LENGTH, MAX_TEXT_LENGTH } from './contract';

export interface ScannerOptions {
  doc: Document;
  engine: ScanEngine;
  describe: (link: PageLink) => string;
  /** What a token control says once it copied its token. */
  describeCopied?: (link: PageLink) => string;
  /** What a token control says when the browser would not let it copy. */
  copyFailed?: string;
  describeAnchor: (fix: AnchorFix) => string;
  /** Called after each batch with what it fixed. */
  onFixed: (fixed: Fixed[]) => void;
  /** Aborted when the content script's context goes away (extension reloaded or removed). */
  signal: AbortSignal;
  /** Longest stretch of work before yielding to the page. */
  sliceMs?: number;
}

/** One added or changed piece of the page: its text nodes (walked, or a single one), then its anchors. */
interface Task {
  root: Node;
  walker: TreeWalker | null;
  single: Text | null;
  anchors: HTMLAnchorElement[] | null;
  next: number;
}

function allowedBy(features: PageFeatures, kind: FoundLink['kind']): boolean {
  if (kind === 'wrapper') return features.wrappers;
  if (kind === 'scheme') return features.appLinks;
  return features.shareTexts;
}

function scheduleIdle(doc: Document, run: (budgetMs: number) => void, fallbackMs: number): void {
  const view = doc.defaultView;
  if (view?.requestIdleCallback)
    view.requestIdleCallback((d) => run(Math.max(d.timeRemaining(), 4)), { timeout: 250 });
  else setTimeout(() => run(fallbackMs), 0);
}

/**
 * The page layer: scans a document once (in slices, yielding to the page), then follows it with a
 * MutationObserver that hands only added or changed nodes to the same work queue. Knows nothing of
 * storage or messages: features come in, fixes go out.
 */
export function createScanner(options: ScannerOptions) {
  const { doc, signal } = options;
  let engine = options.engine;
  const sliceMs = options.sliceMs ?? 20;
  /**
   * The one record of what this scanner made (inserted links and tokens, rewritten anchors, linked
   * texts). The click guard and undo trust only it, and only while an element still is what Unwall
   * made: a page can write `data-unwall-href` into its own markup, and frameworks reuse elements.
   */
  const ledger = createLedger();
  let tasks: Task[] = [];
  let features: PageFeatures | null = null;
  let scheduled = false;
  let fixed: Fixed[] = [];
  /** Bumped by stop(): answers to batches sent before are dropped. */
  let generation = 0;
  let batch = newBatch();
  let inFlight = 0;
  let idleWaiters: (() => void)[] = [];

  /** A text node that passed the prefilter (the walk's hot loop tests that itself). */
  const collectText = (node: Text, text: string) => {
    if (isSkippedText(node) || ledger.isFought(node)) return;
    batch.nodes.push(node);
    batch.texts.push(text);
    batch.chars += text.length;
    if (isFull(batch)) dispatch();
  };

  const collectAnchor = (a: HTMLAnchorElement) => {
    const href = a.getAttribute('href');
    if (!href || ledger.intact(a)) return;
    // A page that keeps putting its wrapper back is left alone after a few rounds.
    if (ledger.isFoughtHref(a, href)) return;
    // Read once: each read of `a.href` (or `protocol`, `hostname`) parses the address again.
    const url = a.href;
    if (url.length > MAX_HREF_LENGTH || !allowedBy(features!, anchorKind(url))) return;
    const { protocol, hostname } = partsOfHref(url);
    if (!engine.mayNeedDirectUrl(protocol, hostname) || isEditable(a)) return;
    batch.anchors.push(a);
    batch.attributes.push(href);
    batch.hrefs.push(url);
    if (isFull(batch)) dispatch();
  };

  /** A text node replaced by its linkified pieces: walkers standing on it go on from the last piece. */
  const replaced = (node: Text, inserted: Node[]) => {
    for (const task of tasks)
      if (task.walker?.currentNode === node) task.walker.currentNode = inserted.at(-1)!;
  };

  const applyText = (node: Text, text: string, links: readonly PageLink[]) => {
    // A plain address in a code block is left as it is: nothing blocked it, and a click there is for
    // selecting and copying code, not for opening a tab.
    const inCode = links.some((l) => l.kind === 'url') && isCode(node);
    const allowed = links.filter(
      (l) => allowedBy(features!, l.kind) && isSpanOf(text, l) && !(inCode && l.kind === 'url'),
    );
    if (!allowed.length || !node.parentNode || node.data !== text || !inOrder(allowed)) return;
    const linked = linkifyTextNode(node, allowed, {
      describe: options.describe,
      copied: options.describeCopied,
      marker: features!.marker,
    });
    ledger.addText(linked);
    replaced(node, linked.pieces);
    for (const l of allowed)
      fixed.push({ original: l.original, url: l.url, kind: l.kind, platform: l.platform });
  };

  /** `attribute`: the anchor's href attribute when it was collected (changed since: the answer is stale). */
  const applyAnchor = (a: HTMLAnchorElement, attribute: string, href: string, url: string | null) => {
    if (!url || !a.isConnected || a.getAttribute('href') !== attribute || ledger.intact(a)) return;
    // A relative href may point elsewhere now (a new <base>, or the page's address changed).
    if (!/^[a-z][a-z0-9+.-]*:/i.test(attribute) && a.href !== href) return;
    const done = rewriteAnchor(a, href, url, options.describeAnchor);
    if (!done) return;
    ledger.addAnchor(a, done.made, attribute);
    fixed.push({ ...done.fix, platform: null });
  };

  const apply = (sent: Batch, reply: ResolveReply, sentIn: number) => {
    if (sentIn !== generation || signal.aborted || !features) return;
    // Unwall's own changes are not the page's: the observer is off while they are made (what the
    // page changed before is taken first), so they cost no mutation records and no second look.
    const pending = observer.takeRecords();
    observer.disconnect();
    try {
      // One node the page made throw (a mutation event handler moving it mid-split) costs only itself.
      sent.nodes.forEach((node, i) => attempt(() => applyText(node, sent.texts[i]!, reply.texts[i] ?? [])));
      sent.anchors.forEach((a, i) =>
        attempt(() => applyAnchor(a, sent.attributes[i]!, sent.hrefs[i]!, reply.hrefs[i] ?? null)),
      );
    } finally {
      follow();
      handle(pending);
    }
    report();
  };

  const report = () => {
    if (!fixed.length) return;
    options.onFixed(fixed);
    fixed = [];
  };

  const settle = () => {
    if (inFlight > 0 || tasks.length > 0 || scheduled) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    waiters.forEach((done) => done());
  };

  /** Sends the collected candidates to the engine; a synchronous answer is applied at once. */
  const dispatch = () => {
    if (!batch.nodes.length && !batch.anchors.length) return;
    const sent = batch;
    const sentIn = generation;
    batch = newBatch();
    let reply: ResolveReply | Promise<ResolveReply>;
    try {
      reply = engine.resolve({ texts: sent.texts, hrefs: sent.hrefs });
    } catch {
      return;
    }
    if (!('then' in reply)) return apply(sent, reply, sentIn);
    inFlight++;
    reply
      .then((answer) => apply(sent, answer, sentIn))
      .catch(() => {})
      .finally(() => {
        inFlight--;
        if (tasks.length) schedule();
        settle();
      });
  };

  /** Works through the queue until the budget is spent; true when the queue is empty. */
  const work = (budgetMs: number): boolean => {
    const deadline = performance.now() + budgetMs;
    let count = 0;
    // Also pause while the background has enough to answer: a page cannot queue work without bound.
    const late = () => (++count & 31) === 0 && (inFlight >= MAX_IN_FLIGHT || performance.now() > deadline);
    while (tasks.length) {
      const task = tasks[0]!;
      const mayContainLinks = engine.mayContainLinks;
      if (task.single) {
        const text = task.single.data;
        if (text.length <= MAX_TEXT_LENGTH && mayContainLinks(text)) collectText(task.single, text);
        task.single = null;
      }
      if (task.walker) {
        // The page may have removed the node the walk stopped at: walk the task's root again.
        const at = task.walker.currentNode;
        if (at !== task.root && !task.root.contains(at))
          task.walker = doc.createTreeWalker(task.root, NodeFilter.SHOW_TEXT);
        // The hot loop: every text node of the page passes here, most only through the prefilter.
        const walker = task.walker;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = (n as Text).data;
          if (text.length <= MAX_TEXT_LENGTH && mayContainLinks(text)) collectText(n as Text, text);
          if (late()) return false;
        }
        task.walker = null;
      }
      task.anchors ??= anchorsIn(task.root);
      while (task.next < task.anchors.length) {
        collectAnchor(task.anchors[task.next++]!);
        if (late()) return false;
      }
      tasks.shift();
    }
    return true;
  };

  const run = (budgetMs: number) => {
    scheduled = false;
    if (signal.aborted || !features) return settle();
    const done = work(Math.min(budgetMs, sliceMs));
    dispatch();
    if (!done && inFlight < MAX_IN_FLIGHT) schedule();
    settle();
  };

  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    scheduleIdle(doc, run, sliceMs);
  };

  const enqueue = (root: Node) => {
    if (ledger.isInserted(root) || !root.isConnected) return;
    if (root.nodeType === Node.TEXT_NODE) {
      tasks.push({ root, walker: null, single: root as Text, anchors: [], next: 0 });
    } else if (root.nodeType === Node.ELEMENT_NODE || root.nodeType === Node.DOCUMENT_NODE) {
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      tasks.push({ root, walker, single: null, anchors: null, next: 0 });
    } else return;
    schedule();
  };

  /** The page changed a text node Unwall linked: walks standing on its pieces go on from the node. */
  const textChanged = (node: Node, change: TextChange) => {
    const pieces = ledger.piecesOf(node);
    if (!pieces.length) return;
    for (const task of tasks)
      if (task.walker && pieces.includes(task.walker.currentNode)) task.walker.currentNode = node;
    ledger.pageChangedText(node, change);
  };

  const handle = (records: MutationRecord[]) => {
    if (signal.aborted) return stopFollowing();
    for (const record of records) {
      if (record.type === 'childList') {
        // A page text node Unwall linked and the page moved, replaced or took out (see `TextChange`).
        record.removedNodes.forEach((node) =>
          textChanged(node, node.isConnected ? 'moved' : record.addedNodes.length ? 'replaced' : 'removed'),
        );
        record.addedNodes.forEach(enqueue);
      } else {
        // The page's own update wins: a text node it writes to loses Unwall's pieces and is read
        // again, and an element it changed is its own again (the ledger drops it) and a new candidate.
        if (record.type === 'characterData') {
          ledger.release(record.target);
          const now = (record.target as Text).data;
          const cut =
            record.oldValue !== null &&
            now.length < record.oldValue.length &&
            record.oldValue.startsWith(now);
          textChanged(record.target, cut ? 'cut' : 'wrote');
        } else if (!ledger.intact(record.target as Element)) ledger.release(record.target);
        enqueue(record.target);
      }
    }
  };
  const observer = new MutationObserver(handle);
  const follow = () =>
    doc.documentElement &&
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      // Tells a page cutting its text short (a split) from a page writing a new text.
      characterDataOldValue: true,
      attributes: true,
      attributeFilter: ['href', HREF_ATTR, TOKEN_ATTR, UNWALL_ATTR],
    });

  guardClicks({ doc, ledger, copyFailed: options.copyFailed ?? '', signal });
  function stopFollowing(): void {
    observer.disconnect();
    tasks = [];
    settle();
  }
  signal.addEventListener('abort', stopFollowing);

  return {
    /** Scans the whole document with these features (and rules, when they changed) and keeps following it. */
    start(next: PageFeatures, nextEngine: ScanEngine = engine): void {
      if (signal.aborted) return;
      if (features) this.stop();
      features = next;
      engine = nextEngine;
      follow();
      enqueue(doc.body ?? doc.documentElement);
    },
    /** Stops following the page and puts every change back. */
    stop(): void {
      // What the page changed meanwhile is taken first: its own updates stay as it made them.
      const pending = observer.takeRecords();
      observer.disconnect();
      handle(pending);
      tasks = [];
      batch = newBatch();
      generation++;
      features = null;
      ledger.undo();
    },
    /**
     * Runs all queued work now, without slicing (for tests and benchmarks); with an engine that answers
     * at once the page is done when this returns, else when the promise settles.
     */
    flush(): Promise<void> {
      if (signal.aborted || !features) {
        stopFollowing();
        return Promise.resolve();
      }
      while (!work(Number.POSITIVE_INFINITY));
      dispatch();
      return this.idle();
    },
    /** Settles when no work is queued and no answer is awaited. */
    idle(): Promise<void> {
      return new Promise((done) => {
        idleWaiters.push(done);
        settle();
      });
    },
  };
}

function anchorsIn(root: Node): HTMLAnchorElement[] {
  if (root.nodeType === Node.TEXT_NODE) return [];
  const element = root as Element | Document;
  const list = [...element.querySelectorAll<HTMLAnchorElement>('a[href]')];
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).matches('a[href]'))
    list.unshift(root as HTMLAnchorElement);
  return list;
}

interface Batch {
  nodes: Text[];
  texts: string[];
  chars: number;
  anchors: HTMLAnchorElement[];
  /** Per anchor its href attribute as written, and as the browser resolved it (what the engine gets). */
  attributes: string[];
  hrefs: string[];
}

function newBatch(): Batch {
  return { nodes: [], texts: [], chars: 0, anchors: [], attributes: [], hrefs: [] };
}

const MAX_IN_FLIGHT = 2;
function isFull(batch: Batch): boolean {
  return (
    batch.nodes.length >= MAX_BATCH_ITEMS ||
    batch.anchors.length >= MAX_BATCH_ITEMS ||
    batch.chars >= 1_000_000
  );
}

/** The answer's span really is that part of the text (an answer is never trusted to cut the page's text). */
function isSpanOf(text: string, link: PageLink): boolean {
  return (
    Number.isInteger(link.start) &&
    Number.isInteger(link.end) &&
    link.start >= 0 &&
    link.end <= text.length &&
    link.end - link.start === link.original.length &&
    text.startsWith(link.original, link.start)
  );
}

function inOrder(links: readonly PageLink[]): boolean {
  return links.every((l, i) => l.start < l.end && (i === 0 || links[i - 1]!.end <= l.start));
}

function attempt(work: () => void): void {
  try {
    work();
  } catch {
    // Left as the page has it.
  }
}
