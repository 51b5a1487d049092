import { expect, type Page } from '@playwright/test';

export const FEED = 'https://weibo.com/feed/';

/** Opens the saved feed and waits until Unwall linked it, the post the feed appends after loading too. */
export async function openFeed(page: Page): Promise<void> {
  await page.goto(FEED);
  await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(1);
  await expect(page.locator('#appended a[data-unwall]')).toHaveCount(1);
}
