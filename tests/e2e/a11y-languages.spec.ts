import { expect, test } from './fixtures';
import { seriousViolations } from './harness/axe';

/**
 * The pages a user reads, in each language the extension speaks and in both themes: the popup over a
 * page with fixes, the paste page, the options page and the first-run page. The English popup,
 * options and first-run pages are scanned in a11y.spec.ts (with more opened), so English adds only the
 * paste page here.
 */
const SCANNED_ELSEWHERE = new Set(['popup', 'options', 'first-run']);
for (const lang of ['en-US', 'zh-CN', 'zh-TW']) {
  test.describe(`${lang}`, () => {
    test.use({ lang });
    for (const scheme of ['light', 'dark'] as const) {
      if (lang !== 'en-US' || !SCANNED_ELSEWHERE.has('popup'))
        test(`the popup over a page with fixes (${scheme})`, async ({ context, openPopupFor }) => {
          const page = await context.newPage();
          await page.goto('https://weibo.com/feed/');
          await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(1);
          const popup = await openPopupFor(page);
          await expect(popup.locator('.links .link').first()).toBeVisible();
          await expect(popup.locator('html')).toHaveAttribute('lang', lang === 'en-US' ? /^en/ : /^zh/);
          expect(await seriousViolations(popup, scheme)).toEqual([]);
        });

      test(`the paste page with a result (${scheme})`, async ({ openExtensionPage }) => {
        const paste = await openExtensionPage('popup.html?paste');
        await paste
          .locator('textarea')
          .first()
          .fill('【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开');
        await expect(paste.locator('.link__url').first()).toHaveText('https://3.cn/2odH-z1a');
        expect(await seriousViolations(paste, scheme)).toEqual([]);
      });

      if (lang !== 'en-US' || !SCANNED_ELSEWHERE.has('options'))
        test(`the options page (${scheme})`, async ({ openExtensionPage }) => {
          const options = await openExtensionPage('options.html');
          await expect(options.getByRole('switch').first()).toBeVisible();
          // One platform's built-in rules open (their rows are built only while open), and a refused address.
          await options
            .locator('section[aria-labelledby="builtin-heading"] input[type="search"]')
            .fill('zhihu');
          await expect(options.locator('li[data-rule]').first()).toBeVisible();
          await options
            .locator('.pack-subscription input[type="url"]')
            .fill('http://packs.example.org/p.json');
          await options.locator('.pack-subscription button[type="submit"]').click();
          await expect(options.locator('#subscription-error')).toBeVisible();
          expect(await seriousViolations(options, scheme)).toEqual([]);
        });

      if (lang !== 'en-US' || !SCANNED_ELSEWHERE.has('first-run'))
        test(`the first-run page (${scheme})`, async ({ openExtensionPage }) => {
          const welcome = await openExtensionPage('welcome.html');
          await expect(welcome.locator('[data-sample="token"] [data-unwall="token"]')).toBeVisible();
          expect(await seriousViolations(welcome, scheme)).toEqual([]);
        });
    }
  });
}
