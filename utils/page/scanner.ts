import type { FoundLink } from '@/utils/links';
import { restoreAnchors, rewriteAnchor, type AnchorFix, type AnchorRules } from './anchors';
import { linkifyTextNode, unlinkify, type Describe } from './linkify';
import { isSkippedText } from './skip';
import { ensureStyle, HREF_ATTR, NO_MARKER_ATTR } from './style';

export interface PageEngine extends AnchorRules {
  findLinks(text: string): FoundLink[];
  mayContainLinks(text: string): boolean;
}

export interface PageFeatures {
  shareTexts: boolean;
  wrappers: boolean;
  appLinks: boolean;
  marker: boolean;
}

export interface Fixed {
  original: string;
  url: string | null;
  kind: FoundLink['kind'];
  platform: string | null;
}

export interface ScannerOptions {
  doc: Document;
  engine: PageEngine;
  describe: Describe;
  describeAnchor: (fix: AnchorFix) => string;
  /** Called after each slice of work with what it fixed. */
  onFixed: (fixed: Fixed[]) => void;
  /** Aborted when the content script's context goes away (extension reloaded or removed). */
  signal: AbortSignal;
  /** Longest stretch of work before yielding to the page. */
  sliceMs?: number;
}

/** Text nodes longer than this are left alone: no real share text is that long, and it keeps giant pages cheap. */
export const MAX_TEXT_LENGTH = 100_000;

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
  const sliceMs = options.sliceMs ?? 8;
  const own = new WeakSet<Node>();
  let tasks: Task[] = [];
  let features: PageFeatures | null = null;
  let scheduled = false;
  let fixed: Fixed[] = [];

  const handleText = (node: Text, walker: TreeWalker | null) => {
    const text = node.data;
    if (text.length > MAX_TEXT_LENGTH || !engine.mayContainLinks(text) || isSkippedText(node)) return;
    const links = engine.findLinks(text).filter((l) => allowedBy(features!, l.kind));
    if (!links.length) return;
    const inserted = linkifyTextNode(node, links, options.describe);
    inserted.forEach((n) => own.add(n));
    if (walker) walker.currentNode = inserted[inserted.length - 1]!;
    for (const l of links)
      fixed.push({ original: l.original, url: l.url, kind: l.kind, platform: l.platform });
  };

  const handleAnchor = (a: HTMLAnchorElement) => {
    const kind = /^https?:$/.test(a.protocol) ? 'wrapper' : 'scheme';
    if (!allowedBy(features!, kind) || a.isContentEditable) return;
    const fix = rewriteAnchor(a, engine, options.describeAnchor);
    if (fix) fixed.push({ ...fix, platform: null });
  };

  /** Works through the queue until the budget is spent; true when the queue is empty. */
  const work = (budgetMs: number): boolean => {
    const deadline = performance.now() + budgetMs;
    let count = 0;
    const late = () => (++count & 31) === 0 && performance.now() > deadline;
    while (tasks.length) {
      const task = tasks[0]!;
      if (task.single) {
        handleText(task.single, null);
        task.single = null;
      }
      if (task.walker) {
        for (let n = task.walker.nextNode(); n; n = task.walker.nextNode()) {
          handleText(n as Text, task.walker);
          if (late()) return false;
        }
        task.walker = null;
      }
      task.anchors ??= anchorsIn(task.root);
      while (task.next < task.anchors.length) {
        handleAnchor(task.anchors[task.next++]!);
        if (late()) return false;
      }
      tasks.shift();
    }
    return true;
  };

  const run = (budgetMs: number) => {
    scheduled = false;
    if (signal.aborted || !features) return;
    const done = work(Math.min(budgetMs, sliceMs));
    if (fixed.length) {
      options.onFixed(fixed);
      fixed = [];
    }
    if (!done) schedule();
  };

  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    scheduleIdle(doc, run, sliceMs);
  };

  const enqueue = (root: Node) => {
    if (own.has(root) || !root.isConnected) return;
    if (root.nodeType === Node.TEXT_NODE) {
      tasks.push({ root, walker: null, single: root as Text, anchors: [], next: 0 });
    } else if (root.nodeType === Node.ELEMENT_NODE || root.nodeType === Node.DOCUMENT_NODE) {
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      tasks.push({ root, walker, single: null, anchors: null, next: 0 });
    } else return;
    schedule();
  };

  const observer = new MutationObserver((records) => {
    if (signal.aborted) return stopFollowing();
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach(enqueue);
      else enqueue(record.target);
    }
  });

  const guard = (event: Event) => {
    const target = event.target as Element | null;
    const link = target?.closest?.(`[${HREF_ATTR}]`);
    if (link) {
      // Put the direct address back in case a page script swapped it, and keep the page's own
      // click routing (through its wrapper) from seeing this click at all.
      link.setAttribute('href', link.getAttribute(HREF_ATTR)!);
      event.stopImmediatePropagation();
      return;
    }
    const token = target?.closest?.('[data-unwall-token]');
    if (token && event.type === 'click') {
      event.stopImmediatePropagation();
      event.preventDefault();
      void doc.defaultView?.navigator.clipboard
        ?.writeText(token.getAttribute('data-unwall-token')!)
        .catch(() => {});
    }
  };
  for (const type of ['click', 'auxclick', 'mousedown', 'mouseup', 'pointerdown']) {
    doc.defaultView?.addEventListener(type, guard, { capture: true, signal });
  }
  function stopFollowing(): void {
    observer.disconnect();
    tasks = [];
  }
  signal.addEventListener('abort', stopFollowing);

  return {
    /** Scans the whole document with these features (and rules, when they changed) and keeps following it. */
    start(next: PageFeatures, nextEngine: PageEngine = engine): void {
      if (signal.aborted) return;
      if (features) this.stop();
      features = next;
      engine = nextEngine;
      ensureStyle(doc);
      doc.documentElement.toggleAttribute(NO_MARKER_ATTR, !next.marker);
      observer.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['href'],
      });
      enqueue(doc.body ?? doc.documentElement);
    },
    /** Stops following the page and puts every change back. */
    stop(): void {
      observer.disconnect();
      tasks = [];
      features = null;
      unlinkify(doc);
      restoreAnchors(doc);
    },
    /** Runs all queued work now, without slicing (for tests and benchmarks). */
    flush(): void {
      if (signal.aborted) return stopFollowing();
      while (!work(Number.POSITIVE_INFINITY));
      run(0);
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
