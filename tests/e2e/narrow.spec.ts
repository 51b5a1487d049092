import type { Page, TestInfo, Worker } from '@playwright/test';
import { expect, test as base } from './fixtures';
import { openFeed } from './harness/feed';
import { launchBrowser, type LaunchOptions } from './harness/launch';
import {
  attachScreenshot,
  NARROW_WINDOW,
  openOnPhone,
  openPage,
  overflow,
  PHONE,
  PHONE_WIDTH,
  smallTargets,
} from './harness/phone';
import { evaluateIn, popupTarget } from './harness/toolbar-popup';

/**
 * The popup, the paste page and the options page on a phone (Firefox for Android), in both
 * languages: no sideways scroll, nothing cut off, every control at least 44 × 44 px; the pictures go
 * to the test report. The desktop popup keeps its 380 px.
 */

/** Two share texts, for the paste page's results. */
const SHARE_TEXTS = [
  '【淘宝】7天无理由退货 https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX MF278 「IZ乐队 - 路过旧天堂书店」 点击链接直接打开',
  '3.30 复制打开抖音，看看【钱江晚报的作品】https://v.douyin.com/zhw_hrZ0E-c/ :3pm w@f.OX 04/21 PXm:/ 。',
].join('\n');

const test = base.extend<{ device: LaunchOptions['device'] }>({
  device: [PHONE, { option: true }],
  launched: async ({ server, lang, device }, use) => {
    const launched = await launchBrowser(server, { lang, device });
    await use(launched);
    await launched.close();
  },
});

async function activeTabId(worker: Worker): Promise<number | undefined> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
}

async function expectFitsPhone(page: Page, testInfo: TestInfo, name: string) {
  await attachScreenshot(page, testInfo, name);
  const { scrollWidth, innerWidth, outside } = await overflow(page);
  expect(innerWidth, 'the phone zoomed out to show wider content').toBe(PHONE_WIDTH);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  expect(outside).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
}

for (const lang of ['en', 'zh-CN']) {
  test.describe(`on a 360 px touch screen (${lang})`, () => {
    test.use({ lang });

    test('the popup fits, with every control big enough to tap', async ({
      context,
      extensionId,
      serviceWorker,
    }, testInfo) => {
      const feed = await context.newPage();
      await openFeed(feed);
      await feed.bringToFront();
      const tabId = await activeTabId(serviceWorker);
      const popup = await openOnPhone(context, `chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      await expect(popup.locator('.links .link').first()).toBeVisible();
      await popup.locator('.pay-card > summary').click();
      await popup.locator('.pay .sources-disclosure summary').first().click();
      await expect(popup.locator('.pay .sources a').first()).toBeVisible();
      await expectFitsPhone(popup, testInfo, `popup-${lang}`);
    });

    test('the paste page fits, with its links and a site search', async ({
      context,
      extensionId,
    }, testInfo) => {
      const text = encodeURIComponent(SHARE_TEXTS);
      const paste = await openOnPhone(context, `chrome-extension://${extensionId}/popup.html?text=${text}`);
      await expect(paste.locator('.links .link')).toHaveCount(2);
      await paste.locator('.pay-card--search > summary').click();
      await paste.locator('input[type="search"]').fill(lang === 'en' ? 'Tao' : '淘');
      await expect(paste.locator('.chip').first()).toBeVisible();
      await expectFitsPhone(paste, testInfo, `paste-${lang}`);
    });

    test('the options page fits, with a rule and a switched-off site listed', async ({
      context,
      extensionId,
    }, testInfo) => {
      const options = await openOnPhone(context, `chrome-extension://${extensionId}/options.html`);
      // The placeholders are the same in both languages.
      await options.getByPlaceholder('go.example.com').fill('go.example.net');
      await options.getByPlaceholder('to', { exact: true }).fill('to');
      await options.locator('.rule-form button[type="submit"]').click();
      await options.getByPlaceholder('example.com', { exact: true }).fill('jd.com');
      await options.locator('[aria-labelledby="sites-heading"] .inline-form button[type="submit"]').click();
      await expect(options.locator('.rows li')).toHaveCount(2);
      await expectFitsPhone(options, testInfo, `options-${lang}`);
    });
  });
}

test.describe('in a desktop window as narrow, with a mouse', () => {
  test.use({ device: NARROW_WINDOW });

  test('no page scrolls sideways', async ({ context, extensionId }) => {
    for (const path of [
      'popup.html',
      `popup.html?text=${encodeURIComponent(SHARE_TEXTS)}`,
      'options.html',
      'welcome.html',
    ]) {
      const page = await openPage(context, `chrome-extension://${extensionId}/${path}`);
      await expect(page.locator('.card').first()).toBeVisible();
      const { scrollWidth, innerWidth, outside } = await overflow(page);
      const sideways = Math.max(0, scrollWidth - innerWidth);
      expect({ path, sideways, outside }).toEqual({ path, sideways: 0, outside: [] });
    }
  });
});

/**
 * The browser sizes the toolbar popup to its content, and a width tied to the viewport feeds back
 * into that (`min(380px, 100vw)` made it 146 px wide). This opens the real popup and reads its width.
 */
test.describe('in a desktop browser', () => {
  test.use({ device: {} });

  test('the toolbar popup the browser opens keeps its 380 px', async ({ context, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto('about:blank');
    await serviceWorker.evaluate(() => chrome.action.openPopup());
    const cdp = await context.browser()!.newBrowserCDPSession();
    const evaluate = await evaluateIn(cdp, await popupTarget(cdp));
    await expect.poll(() => evaluate('document.querySelectorAll(".card").length')).toBeGreaterThan(1);
    // A popup taller than the browser allows gets a vertical scroll bar beside its 380 px.
    expect(await evaluate('document.body.getBoundingClientRect().width')).toBe(380);
    expect(await evaluate('document.documentElement.clientWidth')).toBeGreaterThanOrEqual(380);
    expect(
      await evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'),
    ).toBe(0);
  });
});
