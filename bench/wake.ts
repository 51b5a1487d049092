/**
 * The service worker waking from sleep. Chrome stops an idle extension worker after about 30 s; the
 * next page then waits for it to start again (its code loaded, the rules compiled, the settings
 * read) before its first link. A page with one share text, its first fixed link timed from `load`
 * (when the content script starts its scan) and from navigation start, with the worker stopped just
 * before the navigation and with it running. Cold and warm runs alternate; medians.
 */
import type { BrowserContext } from '@playwright/test';
import { FIRST_LINK_PROBE } from '../tests/e2e/harness/flood';
import { launchBrowser } from '../tests/e2e/harness/launch';
import type { FixtureServer } from '../tests/e2e/harness/server';
import { controlSession } from './worker-session';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

/** Each run's page has a share link of its own, so that no answer is cached from the run before. */
function servePage(server: FixtureServer, run: number): string {
  const url = `https://news.example.com/wake-${run}`;
  const code = `2od${run.toString(36).padStart(5, 'x')}`;
  server.page(
    url,
    `<!doctype html><meta charset="utf-8"><title>Wake</title>
<script>
  addEventListener('load', () => { window.__loadAt = performance.now(); });
  ${FIRST_LINK_PROBE}
</script>
<p>【京东】https://3.cn/${code}「京东百亿补贴」点击链接直接打开</p>`,
  );
  return url;
}

interface Timing {
  fromLoad: number;
  fromStart: number;
}

async function firstLink(context: BrowserContext, url: string, before: () => Promise<void>): Promise<Timing> {
  // The tab is opened first: a new tab is an event the worker listens to, and would wake it early.
  const page = await context.newPage();
  await before();
  await page.goto(url);
  const at = await page.waitForFunction(() => {
    const w = window as { __loadAt?: number; __firstLinkAt?: number };
    return w.__loadAt !== undefined && w.__firstLinkAt !== undefined && [w.__loadAt, w.__firstLinkAt];
  });
  const [loadAt, linkAt] = (await at.jsonValue()) as [number, number];
  await page.close();
  return { fromLoad: linkAt - loadAt, fromStart: linkAt };
}

export interface WakeResult {
  /** First link after `load`, medians: the worker stopped before the navigation, and running. */
  coldMs: number;
  warmMs: number;
  /** What waking the worker adds: cold less warm. */
  wakeMs: number;
  /** The same from navigation start. */
  coldFromStartMs: number;
  warmFromStartMs: number;
  runs: number;
}

export async function wakeCost(server: FixtureServer, runs: number): Promise<WakeResult> {
  const browser = await launchBrowser(server);
  try {
    const control = await controlSession(browser.context);
    const cold: Timing[] = [];
    const warm: Timing[] = [];
    // One warm page first: the extension's first start after install is not what is measured.
    await firstLink(browser.context, servePage(server, 0), control.running);
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? ['cold', 'warm'] : ['warm', 'cold'];
      for (const kind of order) {
        const url = servePage(server, 2 * run + (kind === 'cold' ? 1 : 2));
        if (kind === 'cold') cold.push(await firstLink(browser.context, url, control.stopWorker));
        else warm.push(await firstLink(browser.context, url, control.running));
      }
    }
    await control.close();
    const coldMs = median(cold.map((t) => t.fromLoad));
    const warmMs = median(warm.map((t) => t.fromLoad));
    return {
      coldMs: round(coldMs),
      warmMs: round(warmMs),
      wakeMs: round(coldMs - warmMs),
      coldFromStartMs: round(median(cold.map((t) => t.fromStart))),
      warmFromStartMs: round(median(warm.map((t) => t.fromStart))),
      runs,
    };
  } finally {
    await browser.close();
  }
}
