import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { openFeed } from './harness/feed';

const TAOBAO_TEXT =
  '【淘宝】7天无理由退货 https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX MF278 「IZ乐队 - 路过旧天堂书店」 点击链接直接打开';
const DOUYIN_TEXT =
  '3.30 复制打开抖音，看看【钱江晚报的作品】近日，萧山城河街一家复古老茶馆悄然走红。https://v.douyin.com/zhw_hrZ0E-c/ :3pm w@f.OX 04/21 PXm:/ 。';

/** The payment claim row of one method, by its exact name. */
function claim(popup: Page, name: string) {
  return popup.locator('.pay').filter({ has: popup.locator('.pay__name').getByText(name, { exact: true }) });
}

async function stored(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => chrome.storage.local.get(null));
}

test.describe('the popup', () => {
  test('sums up the payments of the site in the tab in one line that opens onto each claim', async ({
    context,
    openPopupFor,
  }) => {
    const page = await context.newPage();
    await page.goto('https://www.taobao.com/');
    const popup = await openPopupFor(page);
    const card = popup.locator('details.pay-card');
    const summary = card.locator('summary').first();
    await expect(summary).toContainText('Taobao');
    await expect(summary).toContainText('Alipay');
    await expect(summary).toContainText('WeChat Pay');
    await expect(claim(popup, 'WeChat Pay')).toBeHidden();
    await summary.click();
    // Yes or reportedly, by the age of the claims on the day the test runs.
    await expect(card.locator('.visitor__line')).toContainText(
      /^Visiting from abroad\? \w+: add a foreign Visa/,
    );
    const wechat = claim(popup, 'WeChat Pay');
    await expect(wechat.locator('.pay__say')).toHaveText(
      'You can pay with WeChat Pay at checkout, for most shops since September 2024.',
    );
    await expect(wechat.locator('.pay__confirmed')).toHaveText('last confirmed 2024-09');
    await wechat.locator('.sources-disclosure summary').click();
    await expect(
      wechat.getByRole('link', { name: 'China Daily: Taobao and Tmall to accept WeChat Pay' }),
    ).toHaveAttribute('href', /^https:\/\/www\.chinadaily\.com\.cn\//);
    await expect(wechat.locator('.sources')).toContainText('news outlet');
    await expect(popup.locator('.pay--unknown')).toContainText('Apple Pay');
  });

  test('lists the links fixed on the page, each with Open and Copy', async ({
    context,
    serviceWorker,
    openPopupFor,
  }) => {
    const page = await context.newPage();
    await openFeed(page);
    const popup = await openPopupFor(page);
    const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
    const items = popup.locator('.links .link');
    // The last post's report may still be on its way to the background: the badge settles on the list.
    await expect
      .poll(async () => {
        const text = await serviceWorker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
        return text === String(await items.count()) ? text : null;
      })
      .not.toBeNull();
    const badge = await serviceWorker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
    await expect(popup.locator('.site__name')).toContainText('Weibo');
    // The page comes first: its fixes, then the site's payments.
    const order = await popup
      .locator('main > *')
      .evaluateAll((nodes) => nodes.map((n) => (n.querySelector('#fixed-heading') ? 'fixed' : n.className)));
    expect(order.indexOf('fixed')).toBeLessThan(order.indexOf('card pay-card'));
    expect(Number(badge)).toBeGreaterThanOrEqual(8);
    await expect(popup.locator('#fixed-heading + p')).toHaveText(`${badge} links fixed`);
    await expect(items).toHaveCount(Number(badge));
    const jd = items.filter({ hasText: 'JD.com share text' });
    await expect(jd.getByRole('link', { name: 'Open https://3.cn/2odH-z1a' })).toHaveAttribute(
      'href',
      'https://3.cn/2odH-z1a',
    );
    await expect(jd.getByRole('button', { name: 'Copy https://3.cn/2odH-z1a' })).toBeVisible();
    const wrapper = items.filter({ hasText: 'github.com%2Funwall%2Fanchor' });
    await expect(wrapper).toContainText('https://github.com/unwall/anchor');
    // An unwrapped anchor names the site whose wrapper it was, as a share text names its app.
    await expect(wrapper).toContainText('Zhihu redirect wrapper');
  });

  test('a site without payment facts offers a single search across all sites', async ({
    context,
    server,
    openPopupFor,
  }) => {
    const page = await context.newPage();
    await server.page('https://shop.example.org/', '<p>Nothing here</p>');
    await page.goto('https://shop.example.org/');
    const popup = await openPopupFor(page);
    await expect(popup.locator('.pays')).toHaveCount(0);
    await popup.getByText('Search how to pay on other sites', { exact: true }).click();
    await popup.getByLabel('Search sites').fill('京东');
    await popup.getByRole('button', { name: 'JD.com' }).click();
    await expect(claim(popup, 'JD Pay').locator('.pay__say')).toHaveText('JD Pay is the default way to pay.');
  });

  test('the paste box resolves a Douyin and a Taobao share text', async ({ openExtensionPage }) => {
    const popup = await openExtensionPage('popup.html');
    const box = popup.getByRole('textbox', { name: 'Paste a share text or link' });
    await box.fill(`${DOUYIN_TEXT}\n${TAOBAO_TEXT}`);
    const results = popup.getByRole('list', { name: 'Direct links found' });
    await expect(results.getByRole('link', { name: /^Open / })).toHaveCount(2);
    await expect(results.getByRole('link', { name: 'Open https://v.douyin.com/zhw_hrZ0E-c/' })).toBeVisible();
    await expect(
      results.getByRole('link', { name: 'Open https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX' }),
    ).toBeVisible();
    await box.fill('今天天气不错');
    await expect(popup.getByText('No link found in this text.')).toBeVisible();
  });

  test('the per-site switch turns Unwall off on the page and back on, live', async ({
    context,
    openPopupFor,
  }) => {
    const page = await context.newPage();
    await openFeed(page);
    const popup = await openPopupFor(page);
    const toggle = popup.getByRole('switch', { name: 'Unwall on weibo.com' });
    await expect(toggle).toBeChecked();
    await toggle.click({ force: true });
    await expect(page.locator('a[data-unwall]')).toHaveCount(0);
    await expect(page.locator('#zhihu-wrapper')).toHaveAttribute('href', /link\.zhihu\.com/);
    await toggle.click({ force: true });
    await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(1);
  });
});

test.describe('the options page', () => {
  test('feature switches change what happens on the page', async ({ context, openExtensionPage }) => {
    const page = await context.newPage();
    await openFeed(page);
    const options = await openExtensionPage('options.html');
    await options.getByRole('switch', { name: /^Share texts/ }).click({ force: true });
    await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(0);
    await expect(page.locator('#zhihu-wrapper')).toHaveAttribute('href', 'https://github.com/unwall/anchor');
    await options.getByRole('switch', { name: /^Redirect wrappers/ }).click({ force: true });
    await expect(page.locator('#zhihu-wrapper')).toHaveAttribute('href', /link\.zhihu\.com/);
  });

  test('a switched-off site is listed and can be switched back on', async ({
    context,
    openExtensionPage,
  }) => {
    const page = await context.newPage();
    await openFeed(page);
    const options = await openExtensionPage('options.html');
    await options.getByLabel('Turn off on a site').fill('https://www.weibo.com/feed');
    await options.getByRole('button', { name: 'Turn off', exact: true }).click();
    await expect(options.locator('.rows')).toContainText('weibo.com');
    await expect(page.locator('a[data-unwall]')).toHaveCount(0);
    await options.getByRole('button', { name: 'Turn Unwall back on for weibo.com' }).click();
    await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(1);
    await options.getByLabel('Turn off on a site').fill('not a host');
    await options.getByRole('button', { name: 'Turn off', exact: true }).click();
    await expect(options.getByRole('alert')).toHaveText('Enter a host name such as example.com.');
  });

  test('a user wrapper rule rewrites matching links on the page, live', async ({
    context,
    server,
    openExtensionPage,
  }) => {
    await server.page(
      'https://forum.example.net/thread',
      '<a id="out" href="https://go.example.net/out?to=https%3A%2F%2Fshop.example.org%2Fitem">item</a>',
    );
    const page = await context.newPage();
    await page.goto('https://forum.example.net/thread');
    const options = await openExtensionPage('options.html');
    await options.getByLabel('Host').fill('go.example.net');
    await options.getByLabel('Path starts with').fill('/out');
    await options.getByLabel('Parameter').fill('to');
    await options.getByRole('button', { name: 'Add rule' }).click();
    await expect(options.locator('.rows')).toContainText('go.example.net/out?to=');
    await expect(page.locator('#out')).toHaveAttribute('href', 'https://shop.example.org/item');
    await options.getByLabel('Host').fill('.*\\.evil');
    await options.getByRole('button', { name: 'Add rule' }).click();
    await expect(options.getByRole('alert')).toContainText('The host must be a host name');
    await options.getByLabel('Host').fill('github.io');
    await options.getByRole('button', { name: 'Add rule' }).click();
    await expect(options.getByRole('alert')).toContainText('not a public suffix');
    await options.getByLabel('Host').fill('login.example.net');
    await options.getByLabel('Parameter').fill('redirect_uri');
    await options.getByRole('button', { name: 'Add rule' }).click();
    await expect(options.getByRole('alert')).toContainText('where a login returns to');
    await expect(options.locator('.rows li')).toHaveCount(1);
  });

  test('exports the settings and imports them back', async ({ openExtensionPage, serviceWorker }) => {
    const options = await openExtensionPage('options.html');
    await options.getByRole('switch', { name: /^Mark fixed links/ }).click({ force: true });
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export settings' }).click();
    const file = await (await download).path();
    await options.getByRole('button', { name: 'Reset to defaults' }).click();
    await options.getByRole('button', { name: 'Yes, reset every setting' }).click();
    await expect(options.getByRole('status')).toHaveText('All settings are back to their defaults.');
    await expect(options.getByRole('switch', { name: /^Mark fixed links/ })).toBeChecked();
    await options.getByLabel('Import settings…').setInputFiles(file);
    await expect(options.getByRole('status')).toHaveText('Settings imported.');
    await expect(options.getByRole('switch', { name: /^Mark fixed links/ })).not.toBeChecked();
    expect((await stored(serviceWorker)).features).toMatchObject({ marker: false });
  });

  test('an import of a broken or foreign file changes nothing and says why', async ({
    openExtensionPage,
    serviceWorker,
  }) => {
    const options = await openExtensionPage('options.html');
    await options.getByRole('switch', { name: /^App links/ }).click({ force: true });
    await expect.poll(async () => (await stored(serviceWorker)).features).toMatchObject({ appLinks: false });
    const before = await stored(serviceWorker);
    const input = options.getByLabel('Import settings…');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"app":'),
    });
    await expect(options.getByRole('alert')).toContainText('The file is not JSON.');
    await input.setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ rules: [], version: 3 })),
    });
    await expect(options.getByRole('alert')).toContainText('This is not an Unwall settings file.');
    const bad = {
      app: 'unwall',
      format: 1,
      settings: { features: { marker: 'yes' }, disabledSites: [], userRules: [] },
    };
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await expect(options.getByRole('alert')).toContainText('settings.features.marker');
    expect(await stored(serviceWorker)).toEqual(before);
    await expect(options.getByRole('switch', { name: /^App links/ })).not.toBeChecked();
  });
});
