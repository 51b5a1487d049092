import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkQueue, type Job, type WorkQueueOptions } from './work-queue';

/** A queue on a fake clock: every step of every job costs `stepMs`; slices run when the test says so. */
function setup(limits: Partial<WorkQueueOptions> = {}) {
  let clock = 0;
  const waiting: (() => void)[] = [];
  const log: string[] = [];
  const queue = createWorkQueue({
    sliceMs: 20,
    maxQueuedPerFrame: 1000,
    maxQueuedPerTab: 3000,
    now: () => clock,
    later: (run) => waiting.push(run),
    ...limits,
  });
  /** A job of `steps` pieces of `stepMs` each, logged as `name` per piece. */
  const job = (name: string, steps: number, stepMs = 1, size = steps): Job<string> => {
    let done = 0;
    return {
      size,
      step() {
        clock += stepMs;
        log.push(name);
        return ++done === steps;
      },
      result: () => name,
    };
  };
  /** Runs the next slice, then lets the answers of that slice settle. */
  const slice = async () => {
    waiting.shift()!();
    await Promise.resolve();
  };
  return { queue, job, log, slice, waiting };
}

describe('the background work queue', () => {
  it('answers another tab after at most one slice of a flood queued before it', async () => {
    const { queue, job, log, slice } = setup();
    const answers: string[] = [];
    void queue.run({ tab: 1, frame: 0 }, job('flood', 500)).then((a) => answers.push(a!));
    void queue.run({ tab: 2, frame: 0 }, job('other', 3)).then((a) => answers.push(a!));
    while (answers.length === 0) await slice();
    expect(answers).toEqual(['other']);
    // Only the one slice of flood that was running (20 ms of 1 ms pieces) came first.
    expect(log.indexOf('other')).toBe(20);
  });

  it('pauses between slices once a flood has kept it busy for busyMs, and not after it ran empty', async () => {
    const rested: (() => void)[] = [];
    const { queue, job, waiting } = setup({ busyMs: 100, rest: (run) => rested.push(run) });
    const next = async () => {
      (waiting.shift() ?? rested.shift())!();
      await Promise.resolve();
    };
    void queue.run({ tab: 1, frame: 0 }, job('flood', 300));
    // 20 ms slices: the first five fill the first 100 ms, each followed by the event loop's turn only.
    for (let i = 0; i < 5; i++) {
      expect([waiting.length, rested.length]).toEqual([1, 0]);
      await next();
    }
    expect([waiting.length, rested.length]).toEqual([0, 1]);
    while (waiting.length + rested.length > 0) await next();
    // Empty again: the next job starts without a pause.
    void queue.run({ tab: 2, frame: 0 }, job('other', 3));
    expect([waiting.length, rested.length]).toEqual([1, 0]);
  });

  it('gives one slice no more pieces than its time allows, then hands the event loop back', async () => {
    const { queue, job, log, slice, waiting } = setup();
    void queue.run({ tab: 1, frame: 0 }, job('flood', 100, 3));
    await slice();
    // 20 ms of 3 ms pieces: the seventh ends past the budget, and the slice stops there.
    expect(log.length).toBe(7);
    expect(waiting.length).toBe(1);
  });

  it('takes turns between tabs, not frames: a tab of many frames gets one turn per round', async () => {
    const { queue, job, log, slice } = setup({ sliceMs: 2 });
    for (let frame = 0; frame < 5; frame++) void queue.run({ tab: 1, frame }, job(`1.${frame}`, 10));
    void queue.run({ tab: 2, frame: 0 }, job('2.0', 10));
    for (let i = 0; i < 6; i++) await slice();
    const turns = log.filter((_name, i) => i % 2 === 0);
    expect(turns).toEqual(['1.0', '2.0', '1.1', '2.0', '1.2', '2.0']);
  });

  it('refuses a batch, answering null, when its frame or its tab already has too much waiting', async () => {
    const { queue, job } = setup({ maxQueuedPerFrame: 100, maxQueuedPerTab: 150 });
    void queue.run({ tab: 1, frame: 0 }, job('a', 1, 1, 80));
    await expect(queue.run({ tab: 1, frame: 0 }, job('b', 1, 1, 30))).resolves.toBeNull();
    void queue.run({ tab: 1, frame: 1 }, job('c', 1, 1, 60));
    await expect(queue.run({ tab: 1, frame: 2 }, job('d', 1, 1, 20))).resolves.toBeNull();
    await expect(queue.run({ tab: 1, frame: 0 }, job('huge', 1, 1, 101))).resolves.toBeNull();
  });

  it('accepts new work once the waiting work is done', async () => {
    const { queue, job, slice } = setup({ maxQueuedPerFrame: 100 });
    const first = queue.run({ tab: 1, frame: 0 }, job('a', 1, 1, 100));
    await slice();
    await expect(first).resolves.toBe('a');
    const second = queue.run({ tab: 1, frame: 0 }, job('b', 1, 1, 100));
    await slice();
    await expect(second).resolves.toBe('b');
  });

  it('drops the work of a closed tab and of a frame that starts again, answering null', async () => {
    const { queue, job, log, slice, waiting } = setup();
    const closed = queue.run({ tab: 1, frame: 0 }, job('closed', 5));
    const restarted = queue.run({ tab: 2, frame: 3 }, job('restarted', 5));
    const kept = queue.run({ tab: 2, frame: 0 }, job('kept', 5));
    queue.forgetTab(1);
    queue.forgetFrame({ tab: 2, frame: 3 });
    await expect(closed).resolves.toBeNull();
    await expect(restarted).resolves.toBeNull();
    await slice();
    await expect(kept).resolves.toBe('kept');
    expect(new Set(log)).toEqual(new Set(['kept']));
    expect(waiting).toEqual([]);
  });

  it('answers null for a job that throws, and goes on with the others', async () => {
    const { queue, job, slice } = setup();
    const broken: Job<string> = { size: 1, step: () => JSON.parse('{') as boolean, result: () => 'never' };
    const failed = queue.run({ tab: 1, frame: 0 }, broken);
    const fine = queue.run({ tab: 2, frame: 0 }, job('fine', 2));
    await slice();
    await expect(failed).resolves.toBeNull();
    await expect(fine).resolves.toBe('fine');
  });

  it('finishes every job, in order per frame, whatever the senders, sizes and costs', async () => {
    const request = fc.record({
      tab: fc.integer({ min: 0, max: 3 }),
      frame: fc.integer({ min: 0, max: 3 }),
      steps: fc.integer({ min: 1, max: 30 }),
      stepMs: fc.integer({ min: 0, max: 25 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(request, { maxLength: 30 }), async (requests) => {
        const { queue, job, slice, waiting } = setup({ maxQueuedPerFrame: 1e9, maxQueuedPerTab: 1e9 });
        const finished: string[] = [];
        requests.forEach((r, i) => {
          const name = `${r.tab}.${r.frame}.${i}`;
          void queue.run(r, job(name, r.steps, r.stepMs)).then((a) => finished.push(a!));
        });
        while (waiting.length) await slice();
        expect(finished.length).toBe(requests.length);
        for (const [tab, frame] of requests.map((r) => [r.tab, r.frame])) {
          const own = finished.filter((n) => n.startsWith(`${tab}.${frame}.`));
          expect(own).toEqual([...own].sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2])));
        }
      }),
    );
  });
});
