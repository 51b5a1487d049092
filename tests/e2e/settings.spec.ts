import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { framesWithContentScript } from './harness/content-script';

async function stored(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => chrome.storage.local.get(null));
}

test('the previous stored layout is migrated on first use, keeping every other setting', async ({
  context,
  serviceWorker,
  openExtensionPage,
  extensionId,
}) => {
  // The layout of version 1: exact hosts, no version marker for them (migrated through 2 to 3).
  await serviceWorker.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set({
      features: { shareTexts: true, wrappers: false, appLinks: true, skipInterstitials: false, marker: true },
      disabledSites: ['www.weibo.com', 'JD.com', 'jd.com'],
    });
  });
  // An extension page loads the settings module, which migrates what it finds (as after an update).
  const options = await openExtensionPage('options.html');
  await expect
    .poll(async () => (await stored(serviceWorker))['disabledSites$'], { timeout: 10_000 })
    .toEqual({ v: 3 });
  expect(await stored(serviceWorker)).toMatchObject({
    disabledSites: ['weibo.com', 'jd.com'],
    features: { wrappers: false, skipInterstitials: false },
  });
  await expect(options.getByRole('button', { name: 'Turn Unwall back on for weibo.com' })).toBeVisible();
  await expect(options.getByRole('switch', { name: /^Redirect wrappers/ })).not.toBeChecked();
  const page = await context.newPage();
  await page.goto('https://weibo.com/feed/');
  await expect.poll(() => framesWithContentScript(page, extensionId)).toContain('https://weibo.com/feed/');
  await page.waitForTimeout(500);
  await expect(page.locator('a[data-unwall]')).toHaveCount(0);
});

test('the popup and the options page writing at the same time lose nothing', async ({
  context,
  serviceWorker,
  openPopupFor,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto('https://weibo.com/feed/');
  await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(1);
  const popup = await openPopupFor(page);
  const options = await openExtensionPage('options.html');
  const siteSwitch = popup.getByRole('switch', { name: 'Unwall on weibo.com' });
  const marker = options.getByRole('switch', { name: /^Mark fixed links/ });
  await expect(siteSwitch).toBeChecked();
  await expect(marker).toBeChecked();
  await Promise.all([siteSwitch.click({ force: true }), marker.click({ force: true })]);
  await expect
    .poll(async () => {
      const s = await stored(serviceWorker);
      return [s.disabledSites, (s.features as { marker?: boolean } | undefined)?.marker];
    })
    .toEqual([['weibo.com'], false]);
  await expect(options.getByRole('list').filter({ hasText: 'weibo.com' })).toBeVisible();
  await expect(siteSwitch).not.toBeChecked();
});

test('two pages switching the same setting at once keep both changes', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  const [a, b] = [await openExtensionPage('options.html'), await openExtensionPage('options.html')];
  const marker = a.getByRole('switch', { name: /^Mark fixed links/ });
  const appLinks = b.getByRole('switch', { name: /^App links/ });
  await expect(marker).toBeChecked();
  await expect(appLinks).toBeChecked();
  await Promise.all([marker.click({ force: true }), appLinks.click({ force: true })]);
  await expect
    .poll(async () => (await stored(serviceWorker)).features)
    .toMatchObject({ marker: false, appLinks: false });
});

test('corrupt stored values fall back to their defaults, one by one, and the page still works', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({
      features: { shareTexts: 'yes', wrappers: false, marker: 7 },
      disabledSites: { not: 'a list' },
      userRules: 'garbage',
    }),
  );
  const page = await context.newPage();
  await page.goto('https://weibo.com/feed/');
  await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(1);
  await expect(page.locator('#zhihu-wrapper')).toHaveAttribute('href', /link\.zhihu\.com/);
  const options = await openExtensionPage('options.html');
  await expect(options.getByRole('switch', { name: /^Share texts/ })).toBeChecked();
  await expect(options.getByRole('switch', { name: /^Redirect wrappers/ })).not.toBeChecked();
  await expect(options.getByText('Unwall is on everywhere.')).toBeVisible();
});

test('the site picked for Xiaohongshu on the options page applies to an open tab, short links aside', async ({
  context,
  server,
  serviceWorker,
  openExtensionPage,
}) => {
  const note =
    'discovery/item/642828fe000000001101397d?xsec_token=ABRFQvko_98iJTUa8RsRfhgu7TtYWTKKHqDQShd6Thgaw=';
  server.page(
    'https://forum.example.net/mirrors/',
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8" /><title>Mirrors</title></head><body>
      <div class="post" id="note">31 【我的澳洲醫生男友  - 黃奶油是博士奇 | 小红书 - 你的生活指南】 😆 rG3al4M69bcd82t 😆 https://www.xiaohongshu.com/${note}</div>
      <div class="post" id="short">黑糖珍珠糍粑 http://xhslink.com/o/5tOT2jNLmC0 复制后打开【小红书】查看笔记！</div>
      <p><a id="app" href="xhsdiscover://item/5f34197f000000000101e575">在小红书 App 中打开</a></p>
    </body></html>`,
  );
  const page = await context.newPage();
  await page.goto('https://forum.example.net/mirrors/');
  const [text, app, short] = [
    page.locator('#note a[data-unwall]'),
    page.locator('#app'),
    page.locator('#short a[data-unwall]'),
  ];
  await expect(text).toHaveAttribute('href', `https://www.xiaohongshu.com/${note}`);
  await expect(app).toHaveAttribute('href', 'https://www.xiaohongshu.com/explore/5f34197f000000000101e575');

  const options = await openExtensionPage('options.html');
  const site = options.getByRole('combobox', { name: /^Xiaohongshu \(RED\) links open on/ });
  await expect(site).toHaveValue('www.xiaohongshu.com');
  await site.selectOption('www.rednote.com');
  await expect
    .poll(async () => (await serviceWorker.evaluate(() => chrome.storage.local.get('mirrors'))).mirrors)
    .toEqual({ xiaohongshu: 'www.rednote.com' });
  await expect(text).toHaveAttribute('href', `https://www.rednote.com/${note}`);
  await expect(app).toHaveAttribute('href', 'https://www.rednote.com/explore/5f34197f000000000101e575');
  await expect(short).toHaveAttribute('href', 'https://xhslink.com/o/5tOT2jNLmC0');

  await site.selectOption('www.xiaohongshu.com');
  await expect(app).toHaveAttribute('href', 'https://www.xiaohongshu.com/explore/5f34197f000000000101e575');
  await expect(text).toHaveAttribute('href', `https://www.xiaohongshu.com/${note}`);
});
