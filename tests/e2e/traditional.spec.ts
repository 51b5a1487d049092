import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { paymentSites } from '../../utils/payments/registry';
import { platforms } from '../../utils/platforms';
import { expect, test } from './fixtures';
import { launchBrowser } from './harness/launch';

const read = (path: string): unknown => JSON.parse(readFileSync(resolve(import.meta.dirname, path), 'utf8'));
const tw = read('../../public/_locales/zh_TW/messages.json') as Record<string, { message: string }>;
/** The Traditional forms the build made of the data's Chinese texts. */
const hant = read('../../utils/i18n/zh-hant.json') as Record<string, string>;
const taobao = paymentSites.find((site) => site.id === 'taobao')!;
const alipay = taobao.claims.find((claim) => claim.method === 'alipay')!;
const xiaohongshu = platforms.find((platform) => platform.id === 'xiaohongshu')!;

/** A browser in Traditional Chinese gets the zh_TW catalogue, Taiwan's date format and Chinese names. */
for (const lang of ['zh-TW', 'zh-HK']) {
  test(`a ${lang} browser shows the Traditional Chinese UI`, async ({ server }) => {
    const browser = await launchBrowser(server, { lang });
    try {
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await expect(options.locator('#sites-heading')).toHaveText(tw.sitesHeading!.message);
      await expect(options.locator('html')).toHaveAttribute('lang', 'zh-TW');
      // A platform's name in the built-in rules, in the form the build made for Traditional readers.
      expect(hant[xiaohongshu.names.zh]).toBe('小紅書');
      await expect(options.locator('.builtin-group > summary').filter({ hasText: '小紅書' })).toHaveCount(1);
    } finally {
      await browser.close();
    }
  });
}

test('a zh-TW browser names the platform of a fix (page tooltip and popup) and the site, and says its payments, in Traditional Chinese', async ({
  server,
}) => {
  const browser = await launchBrowser(server, { lang: 'zh-TW' });
  try {
    const page = await browser.context.newPage();
    server.page(
      'https://www.taobao.com/share',
      `<p>【淘宝】https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX 点击链接直接打开</p>`,
    );
    await page.goto('https://www.taobao.com/share');
    await expect(page.locator('a[data-unwall]')).toHaveCount(1);
    // The link's tooltip in the page names the platform in Traditional script too (the background's label).
    await expect(page.locator('a[data-unwall]')).toHaveAttribute(
      'title',
      new RegExp(`^淘寶${tw.kindShare!.message}`),
    );
    const tabId = await browser.serviceWorker!.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    });
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    // The fix's row names the platform as the site card does.
    await expect(popup.locator('.links .link__title')).toHaveText(`淘寶${tw.kindShare!.message}`);
    const card = popup.locator('details.pay-card');
    await expect(card.locator('.site__name')).toContainText('淘寶');
    await card.locator('summary').first().click();
    // The sentence as the data says it, in the form the build made for Traditional readers.
    const said = hant[alipay.say.zh]!;
    expect(said).toBe('支付寶是淘寶最主要的付款方式。');
    await expect(card.locator('.pay__say').filter({ hasText: said })).toHaveCount(1);
    await expect(card).not.toContainText('淘宝');
  } finally {
    await browser.close();
  }
});
