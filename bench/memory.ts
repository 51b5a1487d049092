/**
 * Memory, read through the DevTools protocol after a forced garbage collection (`usedSize` of
 * `Runtime.getHeapUsage`: the live JavaScript heap).
 * - The service worker's heap after it has served 1, 100 and 200 pages (each a new tab on a host of
 *   its own with about 20 links, closed once they are fixed): what it keeps as pages come and go.
 * - The content script on the 100k-node page: a page's isolated worlds share the page's heap, so
 *   the figure is the page's heap with the extension less the same page's without it, after the scan.
 *   That counts the content script's code and state, and the extension world's wrappers of the nodes
 *   it touched; the nodes Unwall adds are counted apart (`embedderHeapUsedSize`, the DOM's heap).
 */
import type { BrowserContext } from '@playwright/test';
import { launchBrowser, type Launched } from '../tests/e2e/harness/launch';
import type { FixtureServer } from '../tests/e2e/harness/server';
import { feedDocument, generateFeed } from './generate';
import { settledLinkCount } from './links-settled';
import { controlSession, workerCommands } from './worker-session';

export const SERVED_PAGES = 200;
const CHECKPOINTS = [1, 100, SERVED_PAGES];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

interface HeapUsage {
  usedSize: number;
  embedderHeapUsedSize: number;
}

type Send = (method: 'HeapProfiler.collectGarbage' | 'Runtime.getHeapUsage') => Promise<unknown>;

/** The heap after two full collections (the second frees what the first's finalizers let go). */
async function heapAfterGc(send: Send): Promise<HeapUsage> {
  await send('HeapProfiler.collectGarbage');
  await send('HeapProfiler.collectGarbage');
  return (await send('Runtime.getHeapUsage')) as HeapUsage;
}

/** Opens one generated page in a new tab, waits for every link on it to be fixed, closes it. */
async function servePage(context: BrowserContext, server: FixtureServer, i: number): Promise<void> {
  const feed = generateFeed(1000, 1000 + i);
  const url = `https://site-${i}.example.com/`;
  server.page(url, feedDocument(feed.html));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-unwall-href]').length >= n,
    feed.shareTexts + feed.wrappers + feed.schemeLinks,
  );
  await page.close();
}

export interface WorkerMemory {
  /** Used JavaScript heap after that many pages, in bytes. */
  heapBytes: Record<string, number>;
  pages: number;
}

export async function workerMemory(server: FixtureServer): Promise<WorkerMemory> {
  const browser = await launchBrowser(server);
  try {
    const control = await controlSession(browser.context);
    const heapBytes: Record<string, number> = {};
    let send: Send | null = null;
    for (let i = 1; i <= SERVED_PAGES; i++) {
      await servePage(browser.context, server, i);
      if (!CHECKPOINTS.includes(i)) continue;
      send ??= await workerCommands(control.cdp);
      heapBytes[i] = (await heapAfterGc(send)).usedSize;
    }
    await control.close();
    return { heapBytes, pages: SERVED_PAGES };
  } finally {
    await browser.close();
  }
}

/** The 100k page's heap once Unwall's links have settled (without the extension, a second after `load`). */
async function pageHeap(browser: Launched, url: string, links: number): Promise<HeapUsage> {
  const page = await browser.context.newPage();
  await page.goto(url);
  if (browser.serviceWorker) await settledLinkCount(page, links);
  else await page.waitForTimeout(1000);
  const cdp = await browser.context.newCDPSession(page);
  const usage = await heapAfterGc((method) => cdp.send(method));
  await cdp.detach();
  await page.close();
  return usage;
}

export interface PageMemory {
  /** Medians, bytes: the page's JavaScript heap with and without the extension, and the difference. */
  withBytes: number;
  withoutBytes: number;
  extensionBytes: number;
  /** The DOM's heap (Oilpan): with less without, the nodes Unwall added and their wrappers. */
  domExtraBytes: number;
  runs: number;
}

export async function pageMemory(
  withExt: Launched,
  without: Launched,
  url: string,
  links: number,
  runs = 3,
): Promise<PageMemory> {
  const a: HeapUsage[] = [];
  const b: HeapUsage[] = [];
  for (let run = 0; run < runs; run++) {
    a.push(await pageHeap(withExt, url, links));
    b.push(await pageHeap(without, url, links));
  }
  const withBytes = median(a.map((u) => u.usedSize));
  const withoutBytes = median(b.map((u) => u.usedSize));
  return {
    withBytes,
    withoutBytes,
    extensionBytes: withBytes - withoutBytes,
    domExtraBytes:
      median(a.map((u) => u.embedderHeapUsedSize)) - median(b.map((u) => u.embedderHeapUsedSize)),
    runs,
  };
}
