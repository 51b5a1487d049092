import { expect, test } from './fixtures';

const zhihu = 'https://link.zhihu.com/?target=https%3A%2F%2Fgithub.com%2Funwall';

test.describe('on a "you are leaving" page', () => {
  test('Zhihu forwards to the target at once', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(zhihu);
    await expect(page).toHaveURL('https://github.com/unwall');
  });

  test('QQ middlem forwards to the target', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://c.pc.qq.com/middlem.html?pfurl=https%3A%2F%2Fdeveloper.mozilla.org%2F');
    await expect(page).toHaveURL('https://developer.mozilla.org/');
  });

  test('weixin110 forwards to the target read from the page, entities decoded', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(
      'https://weixin110.qq.com/cgi-bin/mmspamsupport-bin/newredirectconfirmcgi?midpagecode=abc&bancode=def',
    );
    await expect(page).toHaveURL('https://developer.mozilla.org/zh-CN/');
  });

  test('with skipping off, a bar offers the direct link instead', async ({ context, serviceWorker }) => {
    await serviceWorker.evaluate(() =>
      chrome.storage.local.set({
        features: {
          shareTexts: true,
          wrappers: true,
          appLinks: true,
          skipInterstitials: false,
          marker: true,
        },
      }),
    );
    const page = await context.newPage();
    await page.goto(zhihu);
    const bar = page.locator('[data-unwall-ui="bar"]');
    await expect(bar.getByRole('link')).toHaveAttribute('href', 'https://github.com/unwall');
    await expect(page).toHaveURL(zhihu);
  });

  test('a target that forwards back is not followed twice', async ({ context, server }) => {
    const loop = 'https://link.zhihu.com/?target=https%3A%2F%2Fbounce.example.org%2Fback';
    server.page(
      'https://bounce.example.org/back',
      `<script>location.replace(${JSON.stringify(loop)})</script>`,
    );
    const page = await context.newPage();
    await page.goto(loop);
    await expect(page.locator('[data-unwall-ui="bar"]')).toHaveCount(1);
    await expect(page).toHaveURL(loop);
  });

  test('a javascript: target is never followed', async ({ context }) => {
    const page = await context.newPage();
    const evil = 'https://link.zhihu.com/?target=javascript%3Aalert(1)';
    await page.goto(evil);
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(evil);
    await expect(page.locator('[data-unwall-ui="bar"]')).toHaveCount(0);
  });
});
