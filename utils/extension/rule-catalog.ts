import { browser } from 'wxt/browser';
import type { CatalogEntry } from '@/utils/links/rule-catalog';

/** The file the build writes beside the pages (see `scripts/rule-catalog.ts`); not a public file, so typed as one by hand. */
const CATALOG_PATH = '/rule-catalog.json' as Parameters<typeof browser.runtime.getURL>[0];

/** The list of built-in rules with their examples and sources, read from the extension's own package. */
export async function loadRuleCatalog(): Promise<CatalogEntry[]> {
  const response = await fetch(browser.runtime.getURL(CATALOG_PATH));
  return (await response.json()) as CatalogEntry[];
}
