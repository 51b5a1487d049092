import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { PAUSE_KEY } from '@/utils/settings/keys';
import { isPaused, pauseFor, pauseSchema, type Pause, type PauseLength } from '@/utils/settings/pause';

/**
 * The pause of Unwall on every site. The pause itself is in `storage.local`, where every content
 * script hears it change and restores its page at once (as when a site is switched off). A pause
 * "until the browser restarts" also leaves a marker in `storage.session`, which the browser clears
 * when it closes: without the marker that pause is over. Nothing counts down: every decision compares
 * the end time with the clock.
 */
const pauseItem = storage.defineItem<unknown>(`local:${PAUSE_KEY}`, { fallback: null, version: 1 });
const MARKER = 'pausedUntilRestart';

export interface PauseState {
  paused: boolean;
  /** The end of the pause in force: a time, or `restart`; null when not paused. */
  until: Pause['until'] | null;
}

async function hasMarker(): Promise<boolean> {
  const session = browser.storage.session as typeof browser.storage.session | undefined;
  const stored = await session?.get(MARKER).catch(() => ({}));
  return (stored as Record<string, unknown> | undefined)?.[MARKER] === true;
}

/** The pause in force now (read afresh: the clock decides whether a timed pause is over). */
export async function readPause(now = Date.now()): Promise<PauseState> {
  const [stored, marked] = await Promise.all([pauseItem.getValue(), hasMarker()]);
  const paused = isPaused(stored, now, marked);
  return { paused, until: paused ? pauseSchema.parse(stored)!.until : null };
}

/** Pauses Unwall on every site for a length (see `PAUSE_LENGTHS`), from now. */
export async function pauseAll(length: PauseLength, now = Date.now()): Promise<void> {
  const pause = pauseFor(length, now);
  if (pause.until === 'restart') await browser.storage.session.set({ [MARKER]: true });
  await pauseItem.setValue(pause);
}

/** Ends the pause: pages are fixed again at once. */
export async function resumeAll(): Promise<void> {
  await browser.storage.session.remove(MARKER).catch(() => {});
  await pauseItem.removeValue();
}

/** Calls back with the pause in force whenever it changes; returns the unsubscribe function. */
export function watchPause(onChange: (state: PauseState) => void): () => void {
  return pauseItem.watch(() => void readPause().then(onChange));
}
