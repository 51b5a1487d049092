import type { BrowserContext, Page } from '@playwright/test';
import { expect, test as base } from './fixtures';
import { launchBrowser, type Launched } from './harness/launch';
import { startFixtureServer } from './harness/server';
import { readRealPages, realPageHtml, type RealPage } from './harness/realpages';
import { firstDifference, judgeAnchors, type Figures } from './harness/realpages-judge';

/**
 * The real saved pages of tests/fixtures/realpages (Zhihu, Douban, Weibo, Tieba, CSDN, Baidu, Taobao,
 * WeChat and others), each served under its own address; every other request is answered locally
 * (404, or a blank image). Each page is loaded in one browser with Unwall and in one without, and
 * the two compared: every expected wrapper ends with its target, no other anchor changes (app links
 * aside), and the text and the box of the page's main element stay the same.
 */
const test = base.extend<object, { withUnwall: Launched; without: Launched }>({
  server: [
    // Playwright reads the fixture's dependencies from this pattern; the server needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer({ blankImages: true });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  withUnwall: [
    async ({ server }, use) => {
      const launched = await launchBrowser(server);
      await use(launched);
      await launched.close();
    },
    { scope: 'worker' },
  ],
  without: [
    async ({ server }, use) => {
      const launched = await launchBrowser(server, { withExtension: false });
      await use(launched);
      await launched.close();
    },
    { scope: 'worker' },
  ],
});

const pages = readRealPages();

/**
 * A wrapper appended last to the body. The scan walks the page in document order (then what the page
 * added), and the background answers a frame's batches first in, first out (utils/extension/work-queue.ts):
 * once this one is rewritten, every anchor before it has had its answer.
 */
const SENTINEL_ID = 'unwall-realpages-sentinel';
const SENTINEL_TARGET = 'https://example.com/unwall-scan-done';

interface Snapshot {
  /** Every anchor of the page's own, in document order: its href now, and before Unwall rewrote it. */
  anchors: { href: string | null; original: string | null }[];
  text: string;
  box: { x: number; y: number; width: number; height: number } | null;
  scroll: { width: number; height: number };
}

async function snapshot(tab: Page, main: string): Promise<Snapshot> {
  return tab.evaluate((selector) => {
    const own = [...document.querySelectorAll('a')].filter(
      (a) => !a.hasAttribute('data-unwall') || a.hasAttribute('data-unwall-original'),
    );
    const rect = document.querySelector(selector)?.getBoundingClientRect();
    return {
      anchors: own.map((a) => ({
        href: a.getAttribute('href'),
        original: a.getAttribute('data-unwall-original') ?? a.getAttribute('href'),
      })),
      text: document.body.innerText,
      box: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
      scroll: {
        width: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight,
      },
    };
  }, main);
}

/** Opens the page and, with Unwall, waits until its first scan has gone past the last anchor. */
async function load(context: BrowserContext, page: RealPage, scanned: boolean): Promise<Snapshot> {
  const tab = await context.newPage();
  await tab.goto(page.url);
  if (scanned) {
    await tab.evaluate(
      ([id, target]) => {
        const a = document.createElement('a');
        a.id = id!;
        a.href = `https://link.zhihu.com/?target=${encodeURIComponent(target!)}`;
        document.body.append(a);
      },
      [SENTINEL_ID, SENTINEL_TARGET],
    );
    await tab.waitForFunction(
      ([id, target]) => document.getElementById(id!)?.getAttribute('href') === target,
      [SENTINEL_ID, SENTINEL_TARGET],
      { polling: 100, timeout: 40_000 },
    );
    await tab.evaluate((id) => document.getElementById(id)?.remove(), SENTINEL_ID);
  }
  const shot = await snapshot(tab, page.main);
  await tab.close();
  return shot;
}

/** Loads the page without and with Unwall and judges the difference; soft checks, so every page is seen. */
async function checkPage(page: RealPage, withUnwall: Launched, without: Launched): Promise<Figures> {
  // Side by side: the whole run takes about a quarter less time on two cores.
  const [before, after] = await Promise.all([
    load(without.context, page, false),
    load(withUnwall.context, page, true),
  ]);
  const figures = judgeAnchors(page, before.anchors, after.anchors);
  expect.soft(before.box, `${page.main} is on the page`).not.toBeNull();
  expect.soft(figures.missed, 'expected rewrites not done').toEqual([]);
  expect.soft(figures.wrong, 'anchors that changed wrongly').toEqual([]);
  expect.soft(figures.appLinksDone, 'app links made http(s)').toBe(figures.appLinks);
  expect.soft(firstDifference(before.text, after.text), 'the page text').toBeNull();
  expect.soft(after.box, `the box of ${page.main}`).toEqual(before.box);
  expect.soft(after.scroll, 'the size of the page').toEqual(before.scroll);
  return figures;
}

function describeFigures(f: Figures): string {
  return (
    `${f.done} of ${f.expected} expected rewrites done, ${f.wrong.length} wrong, ` +
    `${f.appLinksDone} of ${f.appLinks} app links made http(s)`
  );
}

test(`on ${pages.length} real saved pages every expected wrapper goes to its target and nothing else on the page changes`, async ({
  server,
  withUnwall,
  without,
}) => {
  test.setTimeout(300_000);
  for (const page of pages) server.page(page.url, realPageHtml(page));
  const totals: Figures = { expected: 0, done: 0, missed: [], wrong: [], appLinks: 0, appLinksDone: 0 };
  for (const page of pages) {
    const figures = await test.step(`${page.id} (${page.url})`, () => checkPage(page, withUnwall, without));
    for (const key of ['expected', 'done', 'appLinks', 'appLinksDone'] as const) totals[key] += figures[key];
    totals.wrong.push(...figures.wrong);
    console.log(`${page.id}: ${describeFigures(figures)}`);
  }
  console.log(`all real pages: ${describeFigures(totals)}`);
  test.info().annotations.push({ type: 'figures', description: describeFigures(totals) });
});
