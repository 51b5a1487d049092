// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ResolveRequest } from '@/utils/links/batch';
import { createBatcher, MAX_BATCH_ITEMS, MAX_IN_FLIGHT, type Batch } from './batcher';
import type { ResolveReply } from '@/utils/protocol';

const nothing = (request: ResolveRequest): ResolveReply => ({
  texts: request.texts.map(() => []),
  hrefs: request.hrefs.map(() => null),
});

/** A batcher whose engine answers at once (or through `resolve`), with what it was asked and answered. */
function watched(resolve: (request: ResolveRequest) => ResolveReply | Promise<ResolveReply> = nothing) {
  const asked: ResolveRequest[] = [];
  const answered: Batch[] = [];
  let settled = 0;
  const batcher = createBatcher({
    resolve: (request) => (asked.push(request), resolve(request)),
    answer: (sent) => answered.push(sent),
    settled: () => settled++,
  });
  return { batcher, asked, answered, settled: () => settled };
}

const text = (s: string) => document.createTextNode(s);

describe('the batcher', () => {
  it('sends what it gathered when told, and nothing when it gathered nothing', () => {
    const { batcher, asked, answered } = watched();
    batcher.dispatch();
    expect(asked).toEqual([]);
    const a = document.createElement('a');
    batcher.addText(text('one'), 'one');
    batcher.addAnchor(a, '?u=1', 'https://w.example/?u=1');
    batcher.dispatch();
    expect(asked).toEqual([{ texts: ['one'], hrefs: ['https://w.example/?u=1'] }]);
    expect(answered[0]!.attributes).toEqual(['?u=1']);
    expect(answered[0]!.anchors).toEqual([a]);
  });

  it('sends a full batch at once, before it is told', () => {
    const { batcher, asked } = watched();
    for (let i = 0; i < MAX_BATCH_ITEMS; i++) batcher.addText(text(`t${i}`), `t${i}`);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.texts).toHaveLength(MAX_BATCH_ITEMS);
    batcher.addText(text('x'.repeat(1_000_000)), 'x'.repeat(1_000_000));
    expect(asked).toHaveLength(2);
  });

  it('counts the answers awaited, is busy at the limit, and says when each came', async () => {
    const waiting: (() => void)[] = [];
    const { batcher, answered, settled } = watched(
      (request) => new Promise((ok) => waiting.push(() => ok(nothing(request)))),
    );
    for (let i = 0; i < MAX_IN_FLIGHT; i++) {
      expect(batcher.isBusy()).toBe(false);
      batcher.addText(text('t'), 't');
      batcher.dispatch();
    }
    expect([batcher.isAwaiting(), batcher.isBusy()]).toEqual([true, true]);
    waiting.forEach((answer) => answer());
    await new Promise((ok) => setTimeout(ok, 0));
    expect([batcher.isAwaiting(), answered.length, settled()]).toEqual([false, MAX_IN_FLIGHT, MAX_IN_FLIGHT]);
  });

  it('drops the answers to what was sent before a reset, and what was gathered', async () => {
    const { batcher, asked, answered, settled } = watched(
      (request) => new Promise((ok) => setTimeout(() => ok(nothing(request)), 1)),
    );
    batcher.addText(text('sent'), 'sent');
    batcher.dispatch();
    batcher.addText(text('gathered'), 'gathered');
    batcher.reset();
    batcher.dispatch();
    await new Promise((ok) => setTimeout(ok, 10));
    expect(asked).toHaveLength(1);
    expect(answered).toEqual([]);
    expect([batcher.isAwaiting(), settled()]).toEqual([false, 1]);
  });

  it('survives an engine that throws or fails: nothing is answered', async () => {
    const throwing = watched(() => {
      throw new Error('gone');
    });
    throwing.batcher.addText(text('t'), 't');
    expect(() => throwing.batcher.dispatch()).not.toThrow();
    const failing = watched(() => Promise.reject(new Error('gone')));
    failing.batcher.addText(text('t'), 't');
    failing.batcher.dispatch();
    await new Promise((ok) => setTimeout(ok, 0));
    expect([throwing.answered, failing.answered, failing.settled()]).toEqual([[], [], 1]);
  });
});
