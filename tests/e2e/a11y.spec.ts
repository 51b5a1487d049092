import { expect, test } from './fixtures';
import { seriousViolations } from './harness/axe';
import { launchBrowser } from './harness/launch';

for (const scheme of ['light', 'dark'] as const) {
  test(`the popup has no serious accessibility violations (${scheme})`, async ({ context, openPopupFor }) => {
    const page = await context.newPage();
    await page.goto('https://weibo.com/feed/');
    await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(1);
    const popup = await openPopupFor(page);
    await popup.locator('.pay-card > summary').click();
    await expect(popup.locator('.pay').first()).toBeVisible();
    await popup.locator('.pay .sources-disclosure summary').first().click();
    await popup.locator('.visitor__facts > summary').click();
    await popup
      .getByRole('textbox', { name: 'Paste a share text or link' })
      .fill('【京东】https://3.cn/2odH-z1a');
    expect(await seriousViolations(popup, scheme)).toEqual([]);
  });

  test(`the options page has no serious accessibility violations (${scheme})`, async ({
    openExtensionPage,
  }) => {
    const options = await openExtensionPage('options.html');
    await options.getByLabel('Host').fill('go.example.net');
    await options.getByLabel('Parameter').fill('to');
    await options.getByRole('button', { name: 'Add rule' }).click();
    await options.getByLabel('Turn off on a site').fill('jd.com');
    await options.getByRole('button', { name: 'Turn off', exact: true }).click();
    await expect(options.locator('.rows')).toHaveCount(2);
    // One platform's built-in rules open (their rows are built only while open), and a refused address.
    await options.locator('section[aria-labelledby="builtin-heading"] input[type="search"]').fill('zhihu');
    await expect(options.locator('li[data-rule]').first()).toBeVisible();
    await options.locator('.pack-subscription input[type="url"]').fill('http://packs.example.org/p.json');
    await options.locator('.pack-subscription button[type="submit"]').click();
    await expect(options.locator('#subscription-error')).toBeVisible();
    expect(await seriousViolations(options, scheme)).toEqual([]);
  });

  test(`the first-run page has no serious accessibility violations (${scheme})`, async ({
    openExtensionPage,
  }) => {
    const welcome = await openExtensionPage('welcome.html');
    await expect(welcome.locator('[data-sample="token"] [data-unwall="token"]')).toBeVisible();
    expect(await seriousViolations(welcome, scheme)).toEqual([]);
  });

  test(`the payments atlas has no serious accessibility violations (${scheme})`, async ({
    openExtensionPage,
  }) => {
    // axe checks each of the grid's ~700 cells (a button, an icon, a hidden label) for contrast and
    // names: about 21 s on a quiet two-core machine, against 9 s for the other pages; the page itself
    // renders at once.
    test.slow();
    const atlas = await openExtensionPage('atlas.html');
    await expect(atlas.locator('.timeline__event').first()).toBeVisible();
    // With sites in the dataset, a claim is opened too (its sources are links).
    for (const cell of (await atlas.locator('.atlas-cell__button').all()).slice(0, 1)) await cell.click();
    expect(await seriousViolations(atlas, scheme)).toEqual([]);
  });
}

test('every control of the options page is reachable with the keyboard', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await expect(options.getByRole('switch').first()).toBeVisible();
  const reached = new Set<string>();
  for (let i = 0; i < 30; i++) {
    await options.keyboard.press('Tab');
    reached.add(
      await options.evaluate(
        () =>
          document.activeElement?.getAttribute('aria-label') ??
          document.activeElement?.closest('label')?.textContent ??
          document.activeElement?.textContent ??
          '',
      ),
    );
  }
  const text = [...reached].join('\n');
  for (const name of [
    'Share texts',
    'Mark fixed links',
    'Turn off',
    'Add rule',
    'Export settings',
    'Import settings',
    'Reset to defaults',
  ]) {
    expect(text).toContain(name);
  }
});

test('follows the browser language: Chinese UI, Chinese dates and names', async ({ server }) => {
  const browser = await launchBrowser(server, { lang: 'zh-CN' });
  try {
    const page = await browser.context.newPage();
    await page.goto('https://www.taobao.com/');
    await page.bringToFront();
    const tabId = await browser.serviceWorker!.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    });
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('#site-heading')).toHaveText('支付方式 · 淘宝');
    await popup.locator('.pay-card > summary').click();
    const wechat = popup
      .locator('.pay')
      .filter({ has: popup.locator('.pay__name').getByText('微信支付', { exact: true }) });
    await expect(wechat.locator('.pay__say')).toHaveText('结账时可用微信支付，自2024年9月起大多数店铺支持。');
    await expect(wechat.locator('.pay__confirmed')).toHaveText('最近确认 2024-09');
    await expect(popup.locator('.visitor__line')).toContainText('境外访客能付款吗？');
    await expect(popup.locator('html')).toHaveAttribute('lang', /^zh/);
  } finally {
    await browser.close();
  }
});
