import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/shared-browser';

const RESULTS = 'https://www.baidu.com/s?wd=unwall';
/** The same results under a host no page-target rule names: its `mu` is nobody's target. */
const ELSEWHERE = 'https://forum.example.net/s';
const baiduHtml = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/www.baidu.com/s'), 'utf8');
const opaque = /^https:\/\/www\.baidu\.com\/link\?url=/;

/**
 * Opens the results and waits until the last result is rewritten. The scan walks the page in
 * document order and the background answers a frame's batches first in, first out
 * (utils/extension/work-queue.ts): every anchor before it has had its answer then.
 */
async function openResults(page: Page, url = RESULTS): Promise<void> {
  await page.goto(url);
  await expect(page.locator('#last')).toHaveAttribute('href', 'https://nodejs.org/zh-cn');
}

/** Clicks like a user and waits for the page the click leads to. */
async function clickLeadsTo(page: Page, selector: string): Promise<string> {
  const from = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== from), page.click(selector)]);
  return page.url();
}

test.describe('Baidu results keep each target in the box of the result', () => {
  test("a natural result's link goes to the box's target, with a tooltip", async ({ shared }) => {
    const page = await shared.context.newPage();
    await openResults(page);
    const natural = page.locator('#natural');
    await expect(natural).toHaveAttribute('href', 'https://developer.mozilla.org/zh-CN/');
    await expect(natural).toHaveAttribute('data-unwall-original', opaque);
    await expect(natural).toHaveAttribute('title', /www\.baidu\.com\/link\?url=/);
    await expect(natural).toHaveText('MDN Web Docs');
  });

  test("a card with a Baidu address in its box, a box with two targets and a javascript: target stay Baidu's", async ({
    shared,
  }) => {
    const page = await shared.context.newPage();
    await openResults(page);
    for (const id of ['card-title', 'card-1', 'card-2', 'two-carriers', 'script-mu']) {
      await expect(page.locator(`#${id}`), id).toHaveAttribute('href', opaque);
      await expect(page.locator(`#${id}`), id).not.toHaveAttribute('data-unwall', /.*/);
    }
  });

  test('a box the page gives another result leads to the new target, never the old one', async ({
    shared,
  }) => {
    const page = await shared.context.newPage();
    await openResults(page);
    await expect(page.locator('#reused')).toHaveAttribute('href', 'https://www.rust-lang.org/');
    // Baidu reuses the box: a new target in `mu`, a new opaque id on the anchor.
    await page.evaluate(() => {
      const w = window as unknown as {
        setMu(id: string, mu: string): void;
        setHref(s: string, h: string): void;
      };
      w.setMu('5', 'https://go.dev/');
      w.setHref('#reused', 'https://www.baidu.com/link?url=Go7hJ9kL1mN3bV5cX7zA2s');
    });
    await expect(page.locator('#reused')).toHaveAttribute('href', 'https://go.dev/');
    expect(await clickLeadsTo(page, '#reused')).toBe('https://go.dev/');
  });

  test('a box whose target the page changes is read again: its link leads to the new target', async ({
    shared,
  }) => {
    const page = await shared.context.newPage();
    await openResults(page);
    await expect(page.locator('#reused')).toHaveAttribute('href', 'https://www.rust-lang.org/');
    // Only the box's `mu` changes; the anchor keeps the address Unwall gave it.
    await page.evaluate(() =>
      (window as unknown as { setMu(id: string, mu: string): void }).setMu('5', 'https://go.dev/'),
    );
    await expect(page.locator('#reused')).toHaveAttribute('href', 'https://go.dev/');
    await expect(page.locator('#reused')).toHaveAttribute('data-unwall-original', opaque);
    expect(await clickLeadsTo(page, '#reused')).toBe('https://go.dev/');
  });

  test('the same results under another host are left alone', async ({ shared, server }) => {
    server.page(ELSEWHERE, baiduHtml);
    const page = await shared.context.newPage();
    await page.goto(ELSEWHERE);
    // The wrapper anchor after the results shows the page was scanned.
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.id = 'scanned';
      a.href = 'https://link.zhihu.com/?target=https%3A%2F%2Fgithub.com%2Funwall';
      document.body.append(a);
    });
    await expect(page.locator('#scanned')).toHaveAttribute('href', 'https://github.com/unwall');
    const hrefs = await page
      .locator('#content_left a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toHaveLength(8);
    for (const href of hrefs) expect(href).toMatch(opaque);
  });
});

test.describe('an X post keeps the target of each t.co link beside it', () => {
  const POST = 'https://x.com/unwall/status/1';

  test('a t.co link goes to its expanded address, or to the whole address it shows; a cut one stays', async ({
    shared,
  }) => {
    const page = await shared.context.newPage();
    await page.goto(POST);
    await expect(page.locator('#expanded')).toHaveAttribute(
      'href',
      'https://vuejs.org/guide/introduction.html',
    );
    await expect(page.locator('#whole-text')).toHaveAttribute('href', 'https://developer.mozilla.org/en-US/');
    // Answered in the same or an earlier batch than the link after it.
    await expect(page.locator('#cut-text')).toHaveAttribute('href', 'https://t.co/Qr5sT6uV7w');
    await expect(page.locator('#cut-text')).not.toHaveAttribute('data-unwall', /.*/);
    await expect(page.locator('#expanded')).toHaveText('vuejs.org/guide/introduc…');
  });

  test('a t.co link whose expanded address the page changes leads to the new one', async ({ shared }) => {
    const page = await shared.context.newPage();
    await page.goto(POST);
    const expanded = page.locator('#expanded');
    await expect(expanded).toHaveAttribute('href', 'https://vuejs.org/guide/introduction.html');
    await expanded.evaluate((a) => a.setAttribute('data-expanded-url', 'https://svelte.dev/docs'));
    await expect(expanded).toHaveAttribute('href', 'https://svelte.dev/docs');
    await expect(expanded).toHaveAttribute('data-unwall-original', 'https://t.co/aBcD3fGh1J');
  });
});
