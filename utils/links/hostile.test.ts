import { describe, expect, it } from 'vitest';
import { hostileUnits } from '../../bench/hostile-units';
import { findLinks, toDirectUrl } from './index';

/**
 * Every hostile unit, a megabyte of it (host-shaped units at their own size), through the engine.
 * The linear engine needs about a third of a second for the costliest on a quiet machine; the
 * test's timeout is only a guard, far from that, against a path that looks again at text it has
 * seen (the old trimming of `)` took minutes here, a token run 20 s). Speed itself is measured by
 * the bench's hostile-growth table, not here.
 */
const GUARD_MS = 15_000;
const MEGABYTE = 1_000_000;

describe('hostile input', () => {
  it.each(hostileUnits.map((u) => [u.name, u] as const))(
    'a run of %s finishes, with every found span in bounds and in order',
    (_, unit) => {
      const text = unit.text(unit.testSize ?? MEGABYTE);
      let end = 0;
      for (const link of findLinks(text)) {
        expect(link.start).toBeGreaterThanOrEqual(end);
        expect(link.end).toBeLessThanOrEqual(text.length);
        end = link.end;
      }
      expect(toDirectUrl(text)).toBeNull();
    },
    GUARD_MS,
  );
});
