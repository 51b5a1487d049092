/**
 * How long a page flooding the background delays another tab's first link: the share page's first
 * link, from its navigation start, on a quiet browser and while the flood (tests/e2e/harness/flood.ts)
 * runs in another tab. Target: the flood adds at most 1 s.
 */
import type { BrowserContext } from '@playwright/test';
import { SHARE_PAGE, floodLinks, serveSharePage, startFlood } from '../tests/e2e/harness/flood';
import { launchBrowser } from '../tests/e2e/harness/launch';
import type { FixtureServer } from '../tests/e2e/harness/server';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

/** Milliseconds from the share page's navigation start to its first fixed link. */
async function firstLink(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  await page.goto(SHARE_PAGE);
  const at = await page.waitForFunction(() => (window as { __firstLinkAt?: number }).__firstLinkAt, null, {
    timeout: 300_000,
  });
  const ms = (await at.jsonValue()) as number;
  await page.close();
  return ms;
}

export interface FloodResult {
  /** First link of the share page, median of the runs, quiet browser. */
  quietMs: number;
  /** The same while the flood runs: median and worst run. */
  floodMs: number;
  floodWorstMs: number;
  /** What the flood adds: the flood's median (and its worst run) less the quiet median. */
  delayMs: number;
  delayWorstMs: number;
  /** Texts of the flood's first frame answered meanwhile (one found link each): the flood was served. */
  floodAnswered: number;
  runs: number;
}

export async function floodDelay(server: FixtureServer, runs: number): Promise<FloodResult> {
  serveSharePage(server);
  const browser = await launchBrowser(server);
  try {
    const quiet: number[] = [];
    for (let run = 0; run < runs; run++) quiet.push(await firstLink(browser.context));
    const flood = await browser.context.newPage();
    await startFlood(flood);
    const flooded: number[] = [];
    for (let run = 0; run < runs; run++) flooded.push(await firstLink(browser.context));
    const floodAnswered = await floodLinks(flood).count();
    const quietMs = median(quiet);
    return {
      quietMs: round(quietMs),
      floodMs: round(median(flooded)),
      floodWorstMs: round(Math.max(...flooded)),
      delayMs: round(median(flooded) - quietMs),
      delayWorstMs: round(Math.max(...flooded) - quietMs),
      floodAnswered,
      runs,
    };
  } finally {
    await browser.close();
  }
}
