import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ARTICLE = 'https://blog.csdn.net/unwall/article/details/1';
/** The same article under a host no platform lists as opening links through `window.open`. */
const ELSEWHERE = 'https://forum.example.net/unwall/article/details/1';
const html = readFileSync(
  resolve(import.meta.dirname, '../fixtures/pages/blog.csdn.net/unwall/article/details/1'),
  'utf8',
);

/** Opens the article and waits until Unwall has its settings there (its anchor rewritten or put back). */
async function openArticle(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('#anchor')).toHaveAttribute('href', 'https://example.org/anchor');
  return page;
}

/** Clicks the button whose script calls `window.open(wrapper)`; gives the new tab and the addresses it asked for. */
async function clickOpen(context: BrowserContext, page: Page): Promise<{ popup: Page; asked: string[] }> {
  const asked: string[] = [];
  context.on('request', (request) => {
    // The click navigates nothing but the new tab (whose first request comes before its frame).
    if (request.isNavigationRequest()) asked.push(request.url());
  });
  const [popup] = await Promise.all([context.waitForEvent('page'), page.click('#open')]);
  return { popup, asked };
}

const WRAPPER = 'https://link.csdn.net/?target=https%3A%2F%2Fexample.org%2F';

test.describe('a CSDN article that opens its links through window.open', () => {
  test('opens the direct target in the new tab, never the wrapper', async ({ context }) => {
    const page = await openArticle(context, ARTICLE);
    const { popup, asked } = await clickOpen(context, page);
    await expect(popup).toHaveURL('https://example.org/');
    expect(asked).toEqual(['https://example.org/']);
  });

  test('opens the wrapper as the page asks when Unwall is off for the site', async ({
    context,
    serviceWorker,
  }) => {
    const page = await openArticle(context, ARTICLE);
    await serviceWorker.evaluate(() => chrome.storage.local.set({ disabledSites: ['csdn.net'] }));
    await expect(page.locator('#anchor')).toHaveAttribute('href', /^https:\/\/link\.csdn\.net\//);
    const { asked } = await clickOpen(context, page);
    await expect.poll(() => asked[0]).toBe(WRAPPER);
  });

  test('leaves window.open native on a host no platform lists', async ({ context, server }) => {
    server.page(ELSEWHERE, html);
    const page = await openArticle(context, ELSEWHERE);
    expect(await page.evaluate(() => Function.prototype.toString.call(window.open))).toBe(
      'function open() { [native code] }',
    );
    const { asked } = await clickOpen(context, page);
    await expect.poll(() => asked[0]).toBe(WRAPPER);
  });
});
