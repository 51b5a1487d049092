import type { BrowserContext, CDPSession, Page, TestInfo, Worker } from '@playwright/test';
import { expect, test as base } from './fixtures';
import { openFeed } from './harness/feed';
import { launchBrowser, type LaunchOptions } from './harness/launch';

/**
 * The popup, the paste page and the options page on a phone: Firefox for Android shows the popup
 * as a page of the screen's width, 360 px on many phones. Chromium stands in for it with a phone's
 * metrics (the page's viewport meta applies) and a touch screen (`pointer: coarse`).
 */
const WIDTH = 360;
const HEIGHT = 740;
const SCALE = 2;
const PHONE: LaunchOptions['device'] = {
  viewport: { width: WIDTH, height: HEIGHT },
  deviceScaleFactor: SCALE,
  isMobile: true,
  hasTouch: true,
};
/** A desktop window as narrow, with a mouse. */
const NARROW_WINDOW: LaunchOptions['device'] = { viewport: { width: WIDTH, height: HEIGHT } };
const MIN_TARGET = 44;

const SHARE_TEXTS = [
  '【淘宝】7天无理由退货 https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX MF278 「IZ乐队 - 路过旧天堂书店」 点击链接直接打开',
  '3.30 复制打开抖音，看看【钱江晚报的作品】https://v.douyin.com/zhw_hrZ0E-c/ :3pm w@f.OX 04/21 PXm:/ 。',
].join('\n');

const test = base.extend<{ lang: string; device: LaunchOptions['device'] }>({
  lang: ['en', { option: true }],
  device: [PHONE, { option: true }],
  launched: async ({ server, lang, device }, use) => {
    const launched = await launchBrowser(server, { lang, device });
    await use(launched);
    await launched.close();
  },
});

async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/**
 * Chromium gives an extension page (its own process, swapped in at the load) the touch screen's
 * `maxTouchPoints` but not its `pointer: coarse`, and takes that away again whenever the view changes
 * size: the touch screen is set again after each, and checked.
 */
async function touchAgain(page: Page, cdp: CDPSession): Promise<void> {
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  expect(await page.evaluate(() => matchMedia('(pointer: coarse) and (hover: none)').matches)).toBe(true);
}

/** Opens an extension page on the phone. */
async function openOnPhone(context: BrowserContext, url: string): Promise<Page> {
  const page = await openPage(context, url);
  await touchAgain(page, await context.newCDPSession(page));
  return page;
}

/**
 * The whole page as the phone shows it: the view is made as tall as the page for the capture (the
 * width stays), then the phone's screen comes back. Playwright's full-page capture also resizes the
 * view, without setting the touch screen again, so its pictures show the mouse's layout.
 */
async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const metrics = async (height: number) => {
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: WIDTH,
      height,
      deviceScaleFactor: SCALE,
      mobile: true,
    });
    await touchAgain(page, cdp);
  };
  await metrics(await page.evaluate(() => document.documentElement.scrollHeight));
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
  await metrics(HEIGHT);
  await testInfo.attach(name, { body: Buffer.from(data, 'base64'), contentType: 'image/png' });
}

async function activeTabId(worker: Worker): Promise<number | undefined> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
}

/** The page's width beyond the viewport, and the controls that stick out of it at either side. */
async function overflow(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    // A phone zooms out until wider content fits: then `innerWidth` grows past the screen's width.
    innerWidth,
    outside: [...document.querySelectorAll('a[href], button, input, select, textarea, summary, label')]
      .filter((el) => el.checkVisibility() && el.getClientRects().length > 0)
      .filter((el) => {
        const box = el.getBoundingClientRect();
        // A visually hidden control (the file input) is reached through its label, which is checked.
        return box.width > 1 && (box.left < -0.5 || box.right > innerWidth + 0.5);
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  }));
}

/**
 * Every control that is not at least 44 × 44 px, where its hit area is the control or the label
 * around it (a tap on the label acts on the control: the switches, the file input).
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = 'a[href], button, input, select, textarea, summary, [role="switch"]';
    return [...document.querySelectorAll<HTMLElement>(controls)]
      .filter((el) => el.checkVisibility())
      .map((el) => {
        const own = el.getBoundingClientRect();
        const label = el.closest('label')?.getBoundingClientRect();
        const width = Math.max(own.width, label?.width ?? 0);
        const height = Math.max(own.height, label?.height ?? 0);
        return { el, width, height };
      })
      .filter(({ width, height }) => width < min - 0.5 || height < min - 0.5)
      .map(({ el, width, height }) => {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
        return `${el.tagName.toLowerCase()} "${name.slice(0, 40)}" ${Math.round(width)}×${Math.round(height)}`;
      });
  }, MIN_TARGET);
}

async function expectFitsPhone(page: Page, testInfo: TestInfo, name: string) {
  await attachScreenshot(page, testInfo, name);
  const { scrollWidth, innerWidth, outside } = await overflow(page);
  expect(innerWidth).toBe(WIDTH);
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
      await popup.locator('.pay summary').first().click();
      await expect(popup.locator('.pay__sources a').first()).toBeVisible();
      await expectFitsPhone(popup, testInfo, `popup-${lang}`);
    });

    test('the paste page fits, with its links and a site search', async ({
      context,
      extensionId,
    }, testInfo) => {
      const text = encodeURIComponent(SHARE_TEXTS);
      const paste = await openOnPhone(context, `chrome-extension://${extensionId}/popup.html?text=${text}`);
      await expect(paste.locator('.links .link')).toHaveCount(2);
      await paste.locator('input[type="search"]').fill(lang === 'en' ? 'Tao' : '淘');
      await expect(paste.locator('.chip').first()).toBeVisible();
      await expectFitsPhone(paste, testInfo, `paste-${lang}`);
    });

    test('the options page fits, with a rule and a switched-off site listed', async ({
      context,
      extensionId,
    }, testInfo) => {
      const options = await openOnPhone(context, `chrome-extension://${extensionId}/options.html`);
      const form = options.locator('.rule-form');
      await form.locator('input').nth(0).fill('go.example.net');
      await form.locator('input').nth(2).fill('to');
      await form.locator('button[type="submit"]').click();
      await options.locator('.inline-form input').fill('jd.com');
      await options.locator('.inline-form button[type="submit"]').click();
      await expect(options.locator('.rows li')).toHaveCount(2);
      await expectFitsPhone(options, testInfo, `options-${lang}`);
    });
  });
}

test.describe('in a desktop window as narrow, with a mouse', () => {
  test.use({ device: NARROW_WINDOW });

  test('no page scrolls sideways', async ({ context, extensionId }) => {
    for (const path of ['popup.html', `popup.html?text=${encodeURIComponent(SHARE_TEXTS)}`, 'options.html']) {
      const page = await openPage(context, `chrome-extension://${extensionId}/${path}`);
      await expect(page.locator('.card').first()).toBeVisible();
      const { scrollWidth, innerWidth, outside } = await overflow(page);
      const sideways = Math.max(0, scrollWidth - innerWidth);
      expect({ path, sideways, outside }).toEqual({ path, sideways: 0, outside: [] });
    }
  });
});

/** The DevTools target of the toolbar popup, once the browser has opened it. */
async function popupTarget(cdp: CDPSession): Promise<string> {
  let targetId: string | undefined;
  await expect
    .poll(async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      targetId = targetInfos.find((t) => t.url.endsWith('/popup.html'))?.targetId;
      return targetId;
    })
    .toBeDefined();
  return targetId!;
}

/**
 * Evaluates an expression in a target that Playwright does not list as a page, through a
 * non-flat session of the DevTools protocol (the only kind Playwright's CDP sessions can route).
 */
async function evaluateIn(cdp: CDPSession, targetId: string) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const pending = new Map<number, (value: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: { result: { value: unknown } } };
    if (message.id !== undefined) pending.get(message.id)?.(message.result?.result.value);
  });
  let id = 0;
  return async (expression: string) => {
    const reply = new Promise((resolve) => pending.set(++id, resolve));
    const params = { expression, returnByValue: true };
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
    });
    return reply;
  };
}

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
    expect(await evaluate('innerWidth')).toBe(380);
    expect(await evaluate('document.documentElement.scrollWidth')).toBe(380);
  });
});
