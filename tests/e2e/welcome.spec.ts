import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { launchBrowser } from './harness/launch';

const titleIn = (locale: string) =>
  (
    JSON.parse(
      readFileSync(resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`), 'utf8'),
    ) as Record<string, { message: string }>
  ).extName!.message;

test.describe('the first-run page', () => {
  test('opens after a fresh install', async ({ launched, extensionId }) => {
    expect(launched.firstRunPage).toBe(`chrome-extension://${extensionId}/welcome.html`);
  });

  // The page is in the browser's language from the first moment: English, Simplified, Traditional.
  for (const [lang, locale] of [
    ['en-US', 'en'],
    ['zh-CN', 'zh_CN'],
    ['zh-TW', 'zh_TW'],
  ] as const) {
    test(`opens on install in the browser's language (${lang})`, async ({ server }) => {
      const browser = await launchBrowser(server, { lang, readFirstRun: true });
      try {
        expect(browser.firstRunPage).toBe(`chrome-extension://${browser.extensionId}/welcome.html`);
        expect(browser.firstRunHeading).toBe(titleIn(locale));
      } finally {
        await browser.close();
      }
    });
  }

  test('shows the samples as Unwall fixes them on a web page', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('welcome.html');
    await expect(page.getByRole('heading', { name: 'Pin the icon' })).toBeVisible();
    await expect(page.getByRole('img', { name: /puzzle-piece button/ })).toBeVisible();
    const share = page.locator('[data-sample="share"] a[data-unwall]');
    await expect(share).toHaveAttribute('href', 'https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX');
    // The page's text stays as written: the link wraps part of it.
    await expect(page.locator('[data-sample="share"]')).toContainText(
      '【淘宝】7天无理由退货 https://e.tb.cn/',
    );
    await expect(page.locator('[data-sample="wrapper"] a')).toHaveAttribute(
      'href',
      'https://github.com/Aixile/chainer-cyclegan',
    );
    await expect(page.locator('[data-sample="app"] a')).toHaveAttribute(
      'href',
      'https://item.taobao.com/item.htm?id=601009971043',
    );
    await expect(page.locator('[data-sample="token"] [data-unwall="token"]')).toHaveAttribute(
      'data-unwall-token',
      '￥dAEYbi4KO4D￥',
    );
  });

  test('reads a share text pasted into its paste box', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('welcome.html');
    await page
      .locator('textarea.paste')
      .fill('【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开');
    await expect(page.locator('.link__url').first()).toHaveText('https://3.cn/2odH-z1a');
  });

  test('is reachable from the options page', async ({ context, openExtensionPage, extensionId }) => {
    const options = await openExtensionPage('options.html');
    const opened = context.waitForEvent('page');
    await options.getByRole('link', { name: 'Show the welcome page again' }).click();
    await expect(await opened).toHaveURL(`chrome-extension://${extensionId}/welcome.html`);
  });
});
