// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPageWork, type PageWorkOptions, type Visitor } from './page-work';

const contexts: AbortController[] = [];
afterEach(() => contexts.splice(0).forEach((c) => c.abort()));

/** A work queue whose visitor notes every text; `current` can take the visitor away (a stopped scanner). */
function queue(options: Partial<PageWorkOptions> = {}) {
  const seen: string[] = [];
  let dispatched = 0;
  const visitor: Visitor = {
    mayContainLinks: () => true,
    text: (_node, text) => seen.push(text),
    anchor: () => {},
    busy: () => false,
  };
  const state = { current: visitor as Visitor | null };
  const context = new AbortController();
  contexts.push(context);
  const tasks = createPageWork({
    doc: document,
    signal: context.signal,
    sliceMs: 20,
    isOwn: () => false,
    visitor: () => state.current,
    dispatch: () => dispatched++,
    isAwaiting: () => false,
    ...options,
  });
  return { tasks, seen, state, context, dispatched: () => dispatched };
}

describe('the queue of page work', () => {
  it('works through what was added in idle slices, and sends what it found', async () => {
    document.body.innerHTML = '<p>one</p><p>two</p>';
    const { tasks, seen, dispatched } = queue();
    tasks.add(document.body);
    expect(seen).toEqual([]);
    await tasks.idle();
    expect(seen).toEqual(['one', 'two']);
    expect(dispatched()).toBe(1);
  });

  it("queues nothing of Unwall's own and nothing off the page", () => {
    document.body.innerHTML = '<p id="own">own</p>';
    const own = document.getElementById('own')!;
    const { tasks, seen } = queue({ isOwn: (node) => node === own });
    tasks.add(own);
    const off = document.createElement('p');
    off.textContent = 'off';
    tasks.add(off);
    tasks.add(document.body.appendChild(document.createComment('x')));
    tasks.runAll();
    expect(seen).toEqual([]);
  });

  it('runs all at once when asked, but only while there is a run to do it for', () => {
    document.body.innerHTML = '<p>one</p>';
    const { tasks, seen, state } = queue();
    state.current = null;
    tasks.add(document.body);
    expect(tasks.runAll()).toBe(false);
    expect(seen).toEqual([]);
    state.current = queue().state.current;
    expect(tasks.runAll()).toBe(true);
  });

  it('moves a walk off a node that left the page order, so it goes on from its replacement', () => {
    document.body.innerHTML = '<p>a</p><p>b</p><p>c</p>';
    const { tasks, seen, state } = queue();
    tasks.add(document.body);
    // The walk stands on the first text when it hands it on; it is told to go on from the third.
    const [a, , c] = [...document.querySelectorAll('p')].map((p) => p.firstChild!);
    state.current!.text = (node, text) => {
      seen.push(text);
      if (node === a) tasks.moveWalks([a!], c!);
    };
    tasks.runAll();
    expect(seen).toEqual(['a']);
  });

  it('clears its work on stop, and wakes those waiting only when it drops its work', async () => {
    document.body.innerHTML = '<p>one</p>';
    const { tasks, seen, state } = queue();
    tasks.add(document.body);
    tasks.clear();
    tasks.runAll();
    expect(seen).toEqual([]);
    // Stopped with work queued: the slice does nothing, and the page is not done.
    state.current = null;
    tasks.add(document.body);
    let woken = false;
    void tasks.idle().then(() => (woken = true));
    await new Promise((ok) => setTimeout(ok, 50));
    expect(woken).toBe(false);
    tasks.drop();
    await Promise.resolve();
    expect(woken).toBe(true);
  });
});
