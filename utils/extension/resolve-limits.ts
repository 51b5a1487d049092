import type { WorkQueueOptions } from './work-queue';

/**
 * How the background shares its one thread between pages (measured by `npm run bench`: "another
 * tab's first link under a flood"). A text of the worst kind (links back to back) costs about 3 µs a
 * character in V8, so one step (one text) stays near a slice; a content script has at most 2 batches
 * of about 1,000,000 characters out per frame, well within a frame's limit.
 */
export const resolveLimits: Omit<WorkQueueOptions, 'now' | 'later'> & { maxTextLength: number } = {
  sliceMs: 20,
  maxTextLength: 20_000,
  maxQueuedPerFrame: 4_000_000,
  maxQueuedPerTab: 16_000_000,
};
