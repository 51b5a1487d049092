// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nodeMap, PRUNE_AT } from './node-map';

describe('a map of page nodes', () => {
  it('keeps every node until it has grown, then lets go of those the page removed', () => {
    const map = nodeMap<Element, number>();
    const removed = Array.from({ length: PRUNE_AT - 1 }, () => document.createElement('p'));
    removed.forEach((p, i) => map.keep(p, i));
    expect(map.size).toBe(PRUNE_AT - 1);
    const kept = document.body.appendChild(document.createElement('p'));
    map.keep(kept, -1);
    expect([...map.entries()]).toEqual([[kept, -1]]);
  });

  it('grows its room past the nodes still on the page, so a pass never repeats at once', () => {
    const map = nodeMap<Element, number>();
    const onPage = Array.from({ length: PRUNE_AT }, () =>
      document.body.appendChild(document.createElement('i')),
    );
    onPage.forEach((el, i) => map.keep(el, i));
    expect(map.size).toBe(PRUNE_AT);
    onPage.forEach((el) => el.remove());
    // The room is now twice the nodes kept: the removed ones stay until it is reached again.
    map.keep(document.createElement('i'), 0);
    expect(map.size).toBe(PRUNE_AT + 1);
  });
});
