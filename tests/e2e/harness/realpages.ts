import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/** The project's copy of the real saved pages (kept equal to the shared research copy by a unit test). */
export const realPagesDir = resolve(import.meta.dirname, '../../fixtures/realpages');

const wrapperSchema = z.object({
  href: z.string(),
  target: z.string().url(),
  format: z.string(),
  count: z.number().int().positive(),
});

const pageSchema = z.object({
  id: z.string(),
  file: z.string(),
  url: z.string().url(),
  host: z.string(),
  site: z.string(),
  /** The element that holds the page's content: its box must not move. */
  main: z.string(),
  note: z.string(),
  /** Anchors outside script, noscript and template in the saved file. */
  anchors: z.number().int(),
  expected: z.object({
    /** Redirect wrappers with an absolute http(s) target, decoded independently of Unwall. */
    wrappers: z.array(wrapperSchema),
    wrapperCount: z.number().int(),
    /** App-scheme hrefs: each such anchor must end with some http(s) href. */
    appLinks: z.array(z.object({ href: z.string(), count: z.number().int().positive().default(1) })),
    appLinkCount: z.number().int(),
    /** Hrefs that must stay as they are. */
    mustStay: z.array(z.string()),
  }),
});

export type RealPage = z.infer<typeof pageSchema>;

const manifestSchema = z.object({ about: z.string(), pages: z.array(pageSchema) });

/** The pages of the manifest, checked against the shape the tests rely on. */
export function readRealPages(dir = realPagesDir): RealPage[] {
  return manifestSchema.parse(JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'))).pages;
}

/** The page's HTML as saved (every file is UTF-8, whatever its meta tag says). */
export function realPageHtml(page: RealPage, dir = realPagesDir): string {
  return readFileSync(resolve(dir, page.file), 'utf8');
}
