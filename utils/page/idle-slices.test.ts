import { describe, expect, it } from 'vitest';
import { createIdleSlices } from './idle-slices';

/** A document whose idle callbacks run when the test says, each with 50 ms to spare. */
function idleDoc() {
  const due: (() => void)[] = [];
  const doc = {
    defaultView: {
      requestIdleCallback: (run: (d: { timeRemaining(): number }) => void) =>
        due.push(() => run({ timeRemaining: () => 50 })),
    },
  } as unknown as Document;
  return { doc, runDue: () => due.splice(0).forEach((run) => run()), due };
}

describe('work in idle slices', () => {
  it('schedules one slice at a time, each no longer than the slice length, until the work is done', () => {
    const { doc, runDue, due } = idleDoc();
    const budgets: number[] = [];
    let left = 3;
    const slices = createIdleSlices({
      doc,
      signal: new AbortController().signal,
      sliceMs: 20,
      slice: (budgetMs) => (budgets.push(budgetMs), --left > 0),
      isQuiet: () => left <= 0,
    });
    slices.schedule();
    slices.schedule();
    expect(due).toHaveLength(1);
    for (let i = 0; i < 5; i++) runDue();
    expect(budgets).toEqual([20, 20, 20]);
  });

  it('wakes those waiting once nothing is queued or awaited, and not before', async () => {
    const { doc, runDue } = idleDoc();
    let quiet = false;
    const slices = createIdleSlices({
      doc,
      signal: new AbortController().signal,
      sliceMs: 20,
      slice: () => false,
      isQuiet: () => quiet,
    });
    let woken = 0;
    void slices.idle().then(() => woken++);
    slices.schedule();
    quiet = true;
    slices.settle();
    await Promise.resolve();
    expect(woken).toBe(0);
    runDue();
    await Promise.resolve();
    expect(woken).toBe(1);
    await slices.idle();
  });

  it('schedules nothing once its context is gone', () => {
    const { doc, due } = idleDoc();
    const context = new AbortController();
    context.abort();
    const slices = createIdleSlices({
      doc,
      signal: context.signal,
      sliceMs: 20,
      slice: () => true,
      isQuiet: () => true,
    });
    slices.schedule();
    expect(due).toEqual([]);
  });

  it('falls back to a timer, with the slice length as the budget, where there are no idle callbacks', async () => {
    const budgets: number[] = [];
    const slices = createIdleSlices({
      doc: { defaultView: null } as unknown as Document,
      signal: new AbortController().signal,
      sliceMs: 7,
      slice: (budgetMs) => (budgets.push(budgetMs), false),
      isQuiet: () => true,
    });
    slices.schedule();
    await slices.idle();
    expect(budgets).toEqual([7]);
  });
});
