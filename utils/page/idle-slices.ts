export interface IdleSlicesOptions {
  doc: Document;
  signal: AbortSignal;
  /** Longest stretch of work before yielding to the page. */
  sliceMs: number;
  /** Does one stretch of work within the budget; true when more should follow in the next idle time. */
  slice: (budgetMs: number) => boolean;
  /** Whether nothing is queued and nothing awaited (slices scheduled aside). */
  isQuiet: () => boolean;
}

function scheduleIdle(doc: Document, run: (budgetMs: number) => void, fallbackMs: number): void {
  const view = doc.defaultView;
  if (view?.requestIdleCallback)
    view.requestIdleCallback((d) => run(Math.max(d.timeRemaining(), 4)), { timeout: 250 });
  else setTimeout(() => run(fallbackMs), 0);
}

/**
 * Runs work in the page's idle time, one slice at a time (never two scheduled at once), and tells
 * those waiting for the page to be done when no slice is due and nothing else is pending.
 */
export function createIdleSlices({ doc, signal, sliceMs, slice, isQuiet }: IdleSlicesOptions) {
  let scheduled = false;
  let waiters: (() => void)[] = [];

  const settle = () => {
    if (scheduled || !isQuiet()) return;
    const done = waiters;
    waiters = [];
    done.forEach((wake) => wake());
  };
  const run = (budgetMs: number) => {
    scheduled = false;
    if (slice(Math.min(budgetMs, sliceMs))) schedule();
    settle();
  };
  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    scheduleIdle(doc, run, sliceMs);
  };

  return {
    schedule,
    /** Wakes the waiters if the page is done. */
    settle,
    /** Settles when no work is queued and no answer is awaited. */
    idle(): Promise<void> {
      return new Promise((done) => {
        waiters.push(done);
        settle();
      });
    },
  };
}
