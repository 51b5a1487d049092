import * as z from 'zod/mini';

/** The lengths the popup offers: minutes, or until the browser restarts. */
export const PAUSE_LENGTHS = { '10m': 10 * 60_000, '1h': 60 * 60_000, restart: null } as const;
export type PauseLength = keyof typeof PAUSE_LENGTHS;

/**
 * A pause of Unwall on every site, as stored: an absolute end time (ms since the epoch), or `restart`
 * for one that ends when the browser restarts (it holds only while the session's marker is there).
 */
export interface Pause {
  until: number | 'restart';
}

/** A stored pause; anything else is no pause (a broken value never keeps Unwall paused). */
export const pauseSchema = z.catch(
  z.nullable(z.object({ until: z.union([z.number().check(z.positive()), z.literal('restart')]) })),
  null,
);

/**
 * The pause a length asks for, from `now`.
 * @example pauseFor('10m', 0) // { until: 600000 }
 * @example pauseFor('restart', 0) // { until: 'restart' }
 */
export function pauseFor(length: PauseLength, now: number): Pause {
  const ms = PAUSE_LENGTHS[length];
  return { until: ms === null ? 'restart' : now + ms };
}

/**
 * Whether a stored pause holds at `now`: a timed one until its end, one until restart while this
 * browser session still has its marker. Asked at every decision, so no timer has to stay alive.
 * @example isPaused({ until: 1000 }, 999, false) // true
 * @example isPaused({ until: 'restart' }, 0, false) // false: the browser has restarted since
 */
export function isPaused(pause: unknown, now: number, sessionMarked: boolean): boolean {
  const parsed = pauseSchema.parse(pause ?? null);
  if (parsed === null) return false;
  return parsed.until === 'restart' ? sessionMarked : now < parsed.until;
}
