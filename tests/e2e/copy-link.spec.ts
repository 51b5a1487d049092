import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FEED, openFeed } from './harness/feed';
import { clickMenu } from './harness/menu';

/** The clipboard as the page reads it (the page is granted reading it, and has focus). */
function clipboardOf(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('"Copy direct link"', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(FEED).origin });
  });

  test('copies the target of a wrapper link, and then the link of a selected share text', async ({
    context,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await openFeed(page);
    await page.bringToFront();
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await clickMenu(serviceWorker, {
      menuItemId: 'unwall-copy-link',
      linkUrl: 'https://link.zhihu.com/?target=https%3A//github.com/unwall/copied',
    });
    await expect.poll(() => clipboardOf(page)).toBe('https://github.com/unwall/copied');
    await clickMenu(serviceWorker, {
      menuItemId: 'unwall-copy-link',
      selectionText: '【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开',
    });
    await expect.poll(() => clipboardOf(page)).toBe('https://3.cn/2odH-z1a');
  });

  test('copies nothing from a link that is already direct, and says so on the toolbar button', async ({
    context,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await openFeed(page);
    await page.bringToFront();
    await page.evaluate(() => navigator.clipboard.writeText('kept'));
    const tabId = await serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab!.id!;
    });
    await clickMenu(serviceWorker, { menuItemId: 'unwall-copy-link', linkUrl: 'https://github.com/unwall' });
    await expect
      .poll(() => serviceWorker.evaluate((tabId) => chrome.action.getTitle({ tabId }), tabId))
      .toMatch(/^Unwall copied nothing/);
    expect(await clipboardOf(page)).toBe('kept');
  });
});
