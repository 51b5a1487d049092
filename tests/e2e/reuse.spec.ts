import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FEED = 'https://forum.example.net/reused/';

async function openFeed(page: Page): Promise<void> {
  await page.goto(FEED);
  await expect(page.locator('#a0')).toHaveAttribute('href', 'https://evil.example/phish');
  await expect(page.locator('#p1 a[data-unwall]')).toHaveAttribute('href', 'https://3.cn/2odH-z1a');
}

/** Clicks like a user (a real mouse click) and waits for the page the click leads to. */
async function clickLeadsTo(page: Page, selector: string): Promise<string> {
  await Promise.all([page.waitForURL((url) => url.href !== FEED), page.click(selector)]);
  return page.url();
}

test.describe('a page that reuses its elements (Preact)', () => {
  test('a reused anchor leads where the page now points it, not to the target of its first post', async ({
    context,
  }) => {
    const page = await context.newPage();
    await openFeed(page);
    await page.evaluate(() => (window as unknown as { nextPage(): void }).nextPage());
    await expect(page.locator('#a0')).toHaveText('Bank login');
    expect(await clickLeadsTo(page, '#a0')).toBe('https://bank.example/login');
  });

  test('text the framework updates shows its new text, without the old link', async ({ context }) => {
    const page = await context.newPage();
    await openFeed(page);
    await page.evaluate(() => (window as unknown as { nextPage(): void }).nextPage());
    await expect(page.locator('#p1')).toHaveText('第二页：今天天气不错，出去走走');
    await expect(page.locator('#p1 a')).toHaveCount(0);
  });

  test("an anchor a morphing update stripped of Unwall's attributes is followed, not cancelled", async ({
    context,
  }) => {
    const page = await context.newPage();
    await openFeed(page);
    await page.evaluate(() => (window as unknown as { morph(): void }).morph());
    expect(await clickLeadsTo(page, '#a0')).toBe('https://bank.example/login');
  });

  test('an anchor given five targets in turn leads to the fifth', async ({ context }) => {
    const page = await context.newPage();
    await openFeed(page);
    for (const n of [2, 3, 4, 5]) {
      await page.evaluate(() => (window as unknown as { nextTarget(): void }).nextTarget());
      await expect(page.locator('#a0')).toHaveAttribute('href', `https://t${n}.example/`);
    }
    expect(await clickLeadsTo(page, '#a0')).toBe('https://t5.example/');
  });
});
