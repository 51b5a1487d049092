import type { WorkQueueOptions } from './work-queue';

/**
 * How the background shares its one thread between pages (measured by `npm run bench`: "another
 * tab's first link under a flood"). A text of the worst kind (links back to back, found or rejected)
 * costs 2–5 µs a character in V8, so one window of a text (`maxTextLength`, the step a slice cannot
 * cut; longer texts are read in windows of it, see `batchJob`) takes 20–50 ms at most;
 * with 20 000-character texts and 20 ms slices the flood delayed another tab about twice as much.
 * Each hop of another tab's first answer (hello, settings read, resolve) waits for at most the slice
 * under way. A content script has at most 2 batches of about 1,000,000 characters out per frame,
 * well within a frame's limit; a tab of many frames meets the tab's.
 */
export const resolveLimits: Omit<WorkQueueOptions, 'now' | 'later'> & { maxTextLength: number } = {
  sliceMs: 10,
  // A flood's first queue kept both cores of a small machine busy (this thread, and the flood's
  // renderer) for seconds: another tab's messages and storage calls waited 0.6-0.8 s in the browser
  // for a core. After a second of work without a pause, every slice is followed by a pause as long.
  busyMs: 1000,
  maxTextLength: 10_000,
  maxQueuedPerFrame: 4_000_000,
  maxQueuedPerTab: 16_000_000,
};
