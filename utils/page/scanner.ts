import type { FixedLink, MadeReply, MadeRequest, PageFeatures, PageLink, ScanEngine } from '@/utils/protocol';
import { anchorsReading, readAttributes, targetReader, type TargetReader } from './page-reads';
import { createApplier } from './apply-answer';
import { createBatcher } from './batcher';
import { candidatesFor } from './candidates';
import { guardClicks } from './click-guard';
import { createClickTraps, type ClickTraps } from './click-traps';
import { followMutations } from './follow-mutations';
import { createLedger, type Ledger } from './ledger';
import { originalOf } from './made';
import { followMenuTarget } from './menu-target';
import { createPageWork, type Visitor } from './page-work';

export { MAX_BATCH_ITEMS } from './batcher';

export interface ScannerOptions {
  doc: Document;
  engine: ScanEngine;
  describe: (link: PageLink) => string;
  /** What a token control says once it copied its token. */
  describeCopied?: (link: PageLink) => string;
  /** What a token control says when the browser would not let it copy. */
  copyFailed?: string;
  /** The note the tooltip of a link gets whose page's click trap Unwall took off. */
  keptNote?: string;
  /** The note an anchor's tooltip gets: what the engine said it was (its label), and its old address. */
  describeAnchor: (link: PageLink, original: string) => string;
  /** Called after each batch with what it fixed. */
  onFixed: (fixed: FixedLink[]) => void;
  /** Called with the ids of fixes the user put back (see `act`). */
  onRestored?: (ids: number[]) => void;
  /** Aborted when the content script's context goes away (extension reloaded or removed). */
  signal: AbortSignal;
  /** The colour of Unwall's mark on an element (the page's computed colours by default, see `markColorFor`). */
  color?: (el: Element) => string;
  /** Longest stretch of work before yielding to the page. */
  sliceMs?: number;
}

/**
 * Acts on one fix the popup names by the ledger's id (nothing else names an element): puts it back as
 * the page had it, or gives the page's own http(s) address there. Only while it still is what Unwall
 * made; the change is Unwall's own, unseen by the mutation follower.
 */
function actOnMade(
  doc: Document,
  ledger: Ledger,
  quietly: (change: () => void) => void,
  onRestored?: (ids: number[]) => void,
) {
  return ({ action, id }: { action: MadeRequest['action']; id: number }): MadeReply => {
    if (action === 'original') {
      const found = ledger.byId(id);
      return { restored: false, original: found && originalOf(found[1], doc.baseURI) };
    }
    let restored = false;
    quietly(() => (restored = ledger.restore(id)));
    if (restored) onRestored?.([id]);
    return { restored, original: null };
  };
}

type ById = ReturnType<typeof actOnMade>;
const NOTHING: MadeReply = { restored: false, original: null };

/**
 * Acts on the fix the context menu was opened on, while its link is still the one the menu names: a
 * fix the ledger names goes the popup's way (`actOnMade`, by its id); a link Unwall only kept on a
 * page that traps clicks can be put back, but has no other original than the address it shows.
 */
function actOnClicked(
  menu: ReturnType<typeof followMenuTarget>,
  ledger: Ledger,
  traps: ClickTraps,
  quietly: (change: () => void) => void,
  byId: ById,
) {
  return ({ action, clicked }: { action: MadeRequest['action']; clicked: string }): MadeReply => {
    const el = menu.at(clicked);
    const id = el && ledger.idOf(el);
    if (id) return byId({ action, id });
    if (!el || action === 'original') return NOTHING;
    let restored = false;
    quietly(() => (restored = traps.restore(el)));
    return { restored, original: null };
  };
}

/** Undo of one fix, named by the popup (its id) or by the context menu (the link right-clicked). */
function undoActions(
  doc: Document,
  signal: AbortSignal,
  ledger: Ledger,
  traps: ClickTraps,
  quietly: (change: () => void) => void,
  onRestored?: (ids: number[]) => void,
) {
  const isFix = (el: Element) => (el.localName === 'a' && !!ledger.intact(el)) || traps.isMarked(el);
  const menu = followMenuTarget({ doc, signal, isFix });
  const byId = actOnMade(doc, ledger, quietly, onRestored);
  const byClick = actOnClicked(menu, ledger, traps, quietly, byId);
  return (request: MadeRequest): MadeReply => ('clicked' in request ? byClick(request) : byId(request));
}

/**
 * The page layer: scans a document once (in slices, yielding to the page), then follows it with a
 * MutationObserver that hands only added or changed nodes to the same work queue. Knows nothing of
 * storage or messages: features come in, fixes go out. Each concern is a module of its own (the work
 * queue, the batcher, the applier with its fail-closed checks, the ledger, the mutation follower,
 * the click guard and the click traps); this wires them together.
 */
export function createScanner(options: ScannerOptions) {
  const { doc, signal } = options;
  let engine = options.engine;
  /** The features and candidate finder of the current run; null while stopped. */
  let run: { features: PageFeatures; visitor: Visitor; read: TargetReader } | null = null;
  const ledger = createLedger();
  const tasks = createPageWork({
    doc,
    signal,
    sliceMs: options.sliceMs ?? 20,
    isOwn: ledger.isInserted,
    visitor: () => run?.visitor ?? null,
    dispatch: () => batcher.dispatch(),
    isAwaiting: () => batcher.isAwaiting(),
  });
  const apply = createApplier({
    ...options,
    ledger,
    linked: (node, pieces) => tasks.moveWalks([node], pieces.at(-1)!),
    quietly: (change) => follower.quietly(change),
  });
  const batcher = createBatcher({
    resolve: (request) => engine.resolve(request),
    answer: (sent, reply) => {
      if (!signal.aborted && run) apply(sent, reply, run.features, run.read);
    },
    settled: tasks.resume,
  });
  // The page's change wins: an anchor never keeps a target the page no longer keeps beside it.
  const readChanged = (el: Element) => anchorsReading(el, run?.features.reads).forEach(ledger.giveBack);
  const follower = followMutations({ doc, signal, ledger, tasks, readChanged });
  const traps = createClickTraps({ doc, ledger, signal, color: options.color, note: options.keptNote });
  // Before the click guard, which keeps the context menu event on a fix from the page's listeners.
  const act = undoActions(doc, signal, ledger, traps, follower.quietly, options.onRestored);
  guardClicks({ doc, ledger, copyFailed: options.copyFailed ?? '', signal, traps });

  return {
    /** Scans the whole document with these features (and rules, when they changed) and keeps following it. */
    start(features: PageFeatures, nextEngine: ScanEngine = engine): void {
      if (signal.aborted) return;
      if (run) this.stop();
      engine = nextEngine;
      const read = targetReader(features.reads);
      run = { features, read, visitor: candidatesFor({ engine, ledger, batcher, read }) };
      follower.follow(readAttributes(features.reads));
      traps.start(features.trap ?? null, features.marker);
      tasks.add(doc.body ?? doc.documentElement);
    },
    /** Stops following the page and puts every change back. */
    stop(): void {
      // What the page changed meanwhile is taken first: its own updates stay as it made them.
      follower.pause();
      tasks.clear();
      batcher.reset();
      run = null;
      // The ledger first: an anchor it rewrote after the trap marked it gets the trap's style back, then its own.
      ledger.undo();
      traps.stop();
    },
    /**
     * Runs all queued work now, without slicing (for tests and benchmarks); with an engine that answers
     * at once the page is done when this returns, else when the promise settles.
     */
    flush(): Promise<void> {
      if (tasks.runAll()) return tasks.idle();
      follower.stop();
      return Promise.resolve();
    },
    /** Acts on one fix the popup names by the ledger's id, or the menu by the link right-clicked (see `actOnMade`, `actOnClicked`). */
    act,
    /** Settles when no work is queued and no answer is awaited. */
    idle: tasks.idle,
  };
}
