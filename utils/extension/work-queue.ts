/** Who asked: a tab and one of its frames. */
export interface Sender {
  tab: number;
  frame: number;
}

/** Work done a piece at a time, so that a slice can stop between pieces. */
export interface Job<T> {
  /** How much is queued (characters), counted against the frame's and the tab's limits. */
  size: number;
  /** Does the next piece; true when nothing is left. */
  step(): boolean;
  /** The answer, once every piece is done. */
  result(): T;
}

export interface WorkQueueOptions {
  /** Work per slice before the queue gives the event loop back. */
  sliceMs: number;
  /** Most work (sizes of jobs) one frame may have waiting; more is refused. */
  maxQueuedPerFrame: number;
  /** Most work one tab, all its frames together, may have waiting. */
  maxQueuedPerTab: number;
  now(): number;
  /** Runs `run` after the events already waiting (other messages, other tabs). */
  later(run: () => void): void;
  /**
   * After the queue has worked this long without running empty (a flood), each slice is followed
   * by `rest` instead of `later`: the thread, and a core of a small machine, are left to the browser
   * between slices (its messages and storage calls wait for a core, not for this thread).
   */
  busyMs?: number;
  /** Runs `run` after a pause of about a slice (a timer). */
  rest?(run: () => void): void;
}

interface Entry {
  job: Job<unknown>;
  done(value: unknown): void;
}
interface FrameQueue {
  entries: Entry[];
  size: number;
}
interface TabQueue {
  frames: Map<number, FrameQueue>;
  size: number;
}

/** The first tab's first frame works while `inTime()`, until its queue is empty; then both go last. */
function serveFirst(tabs: Map<number, TabQueue>, inTime: () => boolean): void {
  const [tabId, tab] = tabs.entries().next().value!;
  const [frameId, frame] = tab.frames.entries().next().value!;
  do {
    const entry = frame.entries[0]!;
    const finished = stepOrFail(entry.job);
    if (finished === false) continue;
    frame.entries.shift();
    frame.size -= entry.job.size;
    tab.size -= entry.job.size;
    entry.done(finished === null ? null : entry.job.result());
  } while (frame.entries.length > 0 && inTime());
  tab.frames.delete(frameId);
  if (frame.entries.length > 0) tab.frames.set(frameId, frame);
  tabs.delete(tabId);
  if (tab.frames.size > 0) tabs.set(tabId, tab);
}

/** A job that throws is answered `null`; the queue goes on with the others. */
function stepOrFail(job: Job<unknown>): boolean | null {
  try {
    return job.step();
  } catch {
    return null;
  }
}

/**
 * The background's one thread, shared fairly: work runs in slices of `sliceMs`, the event loop gets
 * its turn between slices (popup, interstitials and other tabs' messages are answered there), and
 * each slice goes round the tabs, and within a tab round its frames, so that a page flooding from
 * many frames delays another tab by at most one slice. Queues are bounded per frame and per tab.
 * A job refused or dropped is answered `null`.
 */
export function createWorkQueue(options: WorkQueueOptions) {
  // Maps keep insertion order: the first entry has the next turn, a served one goes to the end.
  const tabs = new Map<number, TabQueue>();
  let scheduled = false;
  /** When the queue last started working from empty; null while it is empty. */
  let busySince: number | null = null;

  const schedule = () => {
    if (scheduled) return;
    if (tabs.size === 0) return void (busySince = null);
    scheduled = true;
    busySince ??= options.now();
    const flooded =
      options.rest && options.busyMs !== undefined && options.now() - busySince >= options.busyMs;
    (flooded ? options.rest! : options.later)(slice);
  };

  const slice = () => {
    scheduled = false;
    const end = options.now() + options.sliceMs;
    while (tabs.size > 0 && options.now() < end) serveFirst(tabs, () => options.now() < end);
    schedule();
  };

  const drop = (frame: FrameQueue) => frame.entries.forEach((entry) => entry.done(null));

  return {
    /** Queues `job` for `from`; its answer, or `null` when the sender already has too much waiting. */
    run<T>(from: Sender, job: Job<T>): Promise<T | null> {
      const tab = tabs.get(from.tab) ?? { frames: new Map(), size: 0 };
      const frame = tab.frames.get(from.frame) ?? { entries: [], size: 0 };
      if (frame.size + job.size > options.maxQueuedPerFrame || tab.size + job.size > options.maxQueuedPerTab)
        return Promise.resolve(null);
      return new Promise<T | null>((done) => {
        frame.entries.push({ job, done: done as (value: unknown) => void });
        frame.size += job.size;
        tab.size += job.size;
        tab.frames.set(from.frame, frame);
        tabs.set(from.tab, tab);
        schedule();
      });
    },
    /** A closed tab's work is dropped. */
    forgetTab(tabId: number): void {
      tabs.get(tabId)?.frames.forEach(drop);
      tabs.delete(tabId);
    },
    /** A frame that starts again (a new document, new settings) no longer wants its old answers. */
    forgetFrame(from: Sender): void {
      const tab = tabs.get(from.tab);
      const frame = tab?.frames.get(from.frame);
      if (!tab || !frame) return;
      drop(frame);
      tab.size -= frame.size;
      tab.frames.delete(from.frame);
      if (tab.frames.size === 0) tabs.delete(from.tab);
    },
  };
}

export type WorkQueue = ReturnType<typeof createWorkQueue>;
