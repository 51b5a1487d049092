import { expect, type Page } from '@playwright/test';
import { resolveLimits } from '../../../utils/extension/resolve-limits';
import type { FixtureServer } from './server';

/**
 * A page that floods the background from several frames (tests/fixtures/pages/flood.example.org:
 * texts as long and as costly as the background takes, added without end), and a plain page with
 * one share text, for the tab that must still get its link.
 */
export const FLOOD_FRAMES = 4;
export const FLOOD = `https://flood.example.org/?frames=${FLOOD_FRAMES}&chars=${resolveLimits.maxTextLength}`;
export const SHARE_PAGE = 'https://news.example.com/share';
export const SHARE_TARGET = 'https://3.cn/2odH-z1a';

/** A page script that records in `__firstLinkAt` when the first link Unwall fixed appears (page clock, 0 = navigation start). */
export const FIRST_LINK_PROBE = `new MutationObserver((records, observer) => {
    if (!document.querySelector('[data-unwall-href]')) return;
    window.__firstLinkAt = performance.now();
    observer.disconnect();
  }).observe(document.documentElement, { subtree: true, childList: true });`;

/** Records when the first link Unwall fixed appears, on the page's clock (0 = navigation start). */
export function serveSharePage(server: FixtureServer): void {
  server.page(
    SHARE_PAGE,
    `<!doctype html><meta charset="utf-8"><title>Share</title>
<script>
  ${FIRST_LINK_PROBE}
</script>
<p id="share">【京东】${SHARE_TARGET}「京东百亿补贴」点击链接直接打开</p>`,
  );
}

/**
 * Opens the flood: each frame starts with 100 texts (its first scan sends the background full
 * batches at once) and keeps adding; waits until every frame has added more since it loaded.
 */
export async function startFlood(page: Page): Promise<void> {
  await page.goto(FLOOD);
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(FLOOD_FRAMES);
  for (let i = 0; i < FLOOD_FRAMES; i++) {
    const added = () => frames.nth(i).contentFrame().locator('html').getAttribute('data-added');
    await expect.poll(async () => Number(await added()), { timeout: 30_000 }).toBeGreaterThan(100);
  }
}

/** Links Unwall fixed in the flood's first frame: the flood is answered too (one found link per text). */
export const floodLinks = (page: Page) =>
  page.locator('iframe').first().contentFrame().locator('[data-unwall-href]');
