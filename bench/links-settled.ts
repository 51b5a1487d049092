import type { Page } from '@playwright/test';

/**
 * Waits until the count of links Unwall fixed in `page` has stayed the same for a second, and
 * returns it; fails when it stays under 90% of `expected` (the page was not processed).
 */
export async function settledLinkCount(page: Page, expected: number): Promise<number> {
  let count = -1;
  for (let stable = 0; stable < 5;) {
    await page.waitForTimeout(200);
    const now = await page.locator('[data-unwall-href]').count();
    stable = now === count && now > 0 ? stable + 1 : 0;
    count = now;
  }
  if (count < expected * 0.9) throw new Error(`Only ${count} of about ${expected} links were fixed`);
  return count;
}
