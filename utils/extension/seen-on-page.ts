import { browser } from 'wxt/browser';
import { z } from 'zod';
import { findSeenMethods, type SeenMethod } from '@/utils/payments/evidence';
import { resourceKinds } from '@/utils/payments/evidence-hosts';
import { readingLimits as caps } from '@/utils/payments/evidence-limits';

/** The reading script in the built extension (WXT builds `entrypoints/seen-on-page.ts` to it). */
const READER = '/seen-on-page.js';

const text = (max: number) => z.string().max(max);
const address = { host: text(253), path: text(caps.path) };
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);

/** What a page's reading may hold: the page could change anything, so every size is checked again. */
const readingSchema = z.strictObject({
  resources: list(
    z.strictObject({ kind: z.enum(resourceKinds), ...address }),
    1 + caps.links + 4 * caps.perTag,
  ),
  options: list(
    z.strictObject({
      pieces: list(text(caps.text), caps.pieces),
      headings: list(text(caps.heading), caps.headings),
      form: z.strictObject(address).nullable(),
    }),
    caps.options,
  ),
  actions: list(text(caps.heading), caps.actions),
  elements: list(text(64), 16),
});

/**
 * The payment methods the page in `tabId` shows or loads, read on the spot and offline. The browser
 * lets the popup read only the tab its toolbar click was on (`activeTab`); on any other page (a
 * browser page, a store page, a tab opened without that click) the answer is an empty list, never
 * an error.
 */
export async function readSeenOnPage(tabId: number): Promise<SeenMethod[]> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [READER] });
    const reading = readingSchema.safeParse(frame?.result);
    return reading.success ? findSeenMethods(reading.data) : [];
  } catch {
    return [];
  }
}
