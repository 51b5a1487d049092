import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

const zhihuWrapper = 'zhihu:interstitial:link.zhihu.com/';

async function stored(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

/** The feed, once the content script has rewritten a link that no switched-off rule touches. */
async function openFeed(page: Page): Promise<void> {
  await page.goto('https://weibo.com/feed/');
  await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(1);
}

test('a built-in rule switched off in the options page leaves its wrapper after a reload', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await openFeed(page);
  await expect(page.locator('#zhihu-wrapper')).toHaveAttribute('href', 'https://github.com/unwall/anchor');

  const options = await openExtensionPage('options.html');
  await options.getByLabel('Search by host or platform').fill('link.zhihu.com');
  const row = options.locator(`li[data-rule="${zhihuWrapper}"]`);
  await expect(row).toContainText('https://github.com/Aixile/chainer-cyclegan');
  const ruleSwitch = row.getByRole('switch');
  await expect(ruleSwitch).toBeChecked();
  await ruleSwitch.click({ force: true });
  await expect.poll(() => stored(serviceWorker, 'disabledRules')).toEqual([zhihuWrapper]);

  await page.reload();
  await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(1);
  await expect(page.locator('#zhihu-wrapper')).toHaveAttribute('href', /^https:\/\/link\.zhihu\.com\//);

  await ruleSwitch.click({ force: true });
  await expect.poll(() => stored(serviceWorker, 'disabledRules')).toEqual([]);
  await page.reload();
  await expect(page.locator('#zhihu-wrapper')).toHaveAttribute('href', 'https://github.com/unwall/anchor');
});
