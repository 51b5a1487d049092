import { describe, expect, it } from 'vitest';
import { isPaused, pauseFor } from './pause';

const NOW = Date.UTC(2026, 11, 2, 8, 0, 0);

describe('a pause', () => {
  it.each([
    ['10m', NOW + 10 * 60_000],
    ['1h', NOW + 60 * 60_000],
  ] as const)('of %s ends at an absolute time', (length, until) => {
    expect(pauseFor(length, NOW)).toEqual({ until });
  });

  it('holds until its end and not a millisecond after', () => {
    const pause = pauseFor('10m', NOW);
    expect(isPaused(pause, NOW, false)).toBe(true);
    expect(isPaused(pause, NOW + 10 * 60_000 - 1, false)).toBe(true);
    expect(isPaused(pause, NOW + 10 * 60_000, false)).toBe(false);
  });

  it('until restart holds only while the session’s marker is there', () => {
    const pause = pauseFor('restart', NOW);
    expect(isPaused(pause, NOW + 1e9, true)).toBe(true);
    expect(isPaused(pause, NOW, false)).toBe(false);
  });

  it.each([null, undefined, 'forever', { until: 'never' }, { until: -5 }, { until: Number.NaN }])(
    'is no pause when the stored value is %j',
    (stored) => {
      expect(isPaused(stored, NOW, true)).toBe(false);
    },
  );
});
