import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { trackerPack } from './harness/packs';

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
  await options.getByLabel('Find a rule by platform or domain').fill('link.zhihu.com');
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

test('a rule pack imported in the options page is used on pages, and a pack with a failing example is refused whole', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  const packInput = options.locator('#packs-heading ~ label input[type="file"]');
  await packInput.setInputFiles({
    name: 'bad-pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from(trackerPack('https://shop.example.org/item/2')),
  });
  await expect(options.getByRole('alert')).toContainText('An example of clicktracker fails');
  expect(await stored(serviceWorker, 'rulePack')).toBeUndefined();

  await packInput.setInputFiles({
    name: 'pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from(trackerPack('https://shop.example.org/item/1')),
  });
  await expect(options.locator('.pack-current')).toContainText('In use: 1 platforms');

  const page = await context.newPage();
  await page.goto('https://forum.example.net/generic/');
  await expect(page.locator('#tracker')).toHaveAttribute('href', 'https://shop.example.org/item/1');
});
