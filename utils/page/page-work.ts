import { createIdleSlices } from './idle-slices';
import { pauser, taskFor, workOn, type Task, type Visitor } from './page-walk';

export type { Visitor } from './page-walk';

export interface PageWorkOptions {
  doc: Document;
  signal: AbortSignal;
  /** Longest stretch of work before yielding to the page. */
  sliceMs: number;
  /** Nodes Unwall put into the page: never queued. */
  isOwn: (node: Node) => boolean;
  /** Where finds go in the current run; null while the scanner is stopped (no work is done). */
  visitor: () => Visitor | null;
  /** Sends what a stretch of work found. */
  dispatch: () => void;
  /** Whether answers are still awaited (the page is not done yet). */
  isAwaiting: () => boolean;
}

/** Works through the queue until the budget is spent; true when the queue is empty. */
function workThrough(tasks: Task[], doc: Document, budgetMs: number, visitor: Visitor): boolean {
  const late = pauser(budgetMs, visitor);
  while (tasks.length) {
    if (!workOn(tasks[0]!, doc, visitor, late)) return false;
    tasks.shift();
  }
  return true;
}

/**
 * The queue of page work: the document at start, then each node the page adds or changes, walked
 * for text nodes and anchors in slices of the page's idle time that can pause anywhere and go on.
 */
export function createPageWork(options: PageWorkOptions) {
  const { doc, signal, visitor } = options;
  /** Emptied in place, never replaced: a walk under way sees it emptied. */
  const tasks: Task[] = [];
  const work = (budgetMs: number, to: Visitor) => workThrough(tasks, doc, budgetMs, to);
  const slices = createIdleSlices({
    doc,
    signal,
    sliceMs: options.sliceMs,
    slice: (budgetMs) => {
      const to = visitor();
      if (signal.aborted || !to) return false;
      const done = work(budgetMs, to);
      options.dispatch();
      return !done && !to.busy();
    },
    isQuiet: () => !options.isAwaiting() && tasks.length === 0,
  });

  return {
    /** Queues a node the page added or changed (or the whole page), unless it is Unwall's or gone. */
    add(root: Node): void {
      if (options.isOwn(root) || !root.isConnected) return;
      const task = taskFor(doc, root);
      if (!task) return;
      tasks.push(task);
      slices.schedule();
    },
    /** Runs all queued work now, without slicing; false when there is no run to do it for. */
    runAll(): boolean {
      const to = visitor();
      if (signal.aborted || !to) return false;
      while (!work(Number.POSITIVE_INFINITY, to));
      options.dispatch();
      return true;
    },
    /** An awaited answer came: work left waiting for it goes on, and those waiting may be woken. */
    resume(): void {
      if (tasks.length) slices.schedule();
      slices.settle();
    },
    /** Walks standing on one of `from` (nodes that left the page's order) go on from `to`. */
    moveWalks(from: readonly Node[], to: Node): void {
      for (const task of tasks)
        if (task.walker && from.includes(task.walker.currentNode)) task.walker.currentNode = to;
    },
    /** Drops the queued work (the scanner stopped: the next start queues the page again). */
    clear(): void {
      tasks.length = 0;
    },
    /** Drops the queued work and wakes those waiting: nothing more will be done. */
    drop(): void {
      tasks.length = 0;
      slices.settle();
    },
    /** Settles when no work is queued and no answer is awaited. */
    idle: slices.idle,
  };
}

export type PageWork = ReturnType<typeof createPageWork>;
