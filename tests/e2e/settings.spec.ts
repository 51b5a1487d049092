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
  // The layout the previous version wrote: exact hosts, no version marker for them.
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
    .toEqual({ v: 2 });
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
