import type { Locator, Page, Worker } from '@playwright/test';
import jsQR from 'jsqr';
import { expect, test } from './fixtures';
import { seriousViolations } from './harness/axe';
import { openFeed } from './harness/feed';

const VIDEO = 'https://www.douyin.com/video/7574300896016862490';
const VIDEO_APP = 'snssdk1128://aweme/detail/7574300896016862490';
/** A redirect wrapper (not a "you are leaving" page, so nothing forwards it) around a Douyin video. */
const WRAPPER = `https://duckduckgo.com/l/?uddg=${encodeURIComponent(VIDEO)}`;

/**
 * What a phone reads from a code as the screen shows it: the element's screenshot (after the page's
 * own styles, dark mode too), its pixels read in the page, decoded by a QR reader.
 */
async function scan(page: Page, code: Locator): Promise<string | null> {
  const png = (await code.screenshot()).toString('base64');
  const image = await page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, img.width, img.height);
    return { data: Array.from(data), width, height };
  }, png);
  return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data ?? null;
}

/** Clicks a context-menu item as the browser would: its click event, dispatched in the service worker. */
async function clickMenu(worker: Worker, info: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (info) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const onClicked = chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void };
    onClicked.dispatch({ editable: false, pageUrl: 'https://weibo.com/feed/', ...info }, tab);
  }, info);
}

test.describe('open on phone', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the popup's code on a wrapper page reads as its target, and a second as the app link (${colorScheme})`, async ({
      context,
      server,
      openPopupFor,
    }) => {
      server.page(WRAPPER, '<p>Leaving DuckDuckGo</p>');
      const page = await context.newPage();
      await page.goto(WRAPPER);
      const popup = await openPopupFor(page);
      await popup.emulateMedia({ colorScheme });
      const card = popup.getByRole('region', { name: 'Open on phone' });
      await expect(card).toContainText(VIDEO);
      await card.getByRole('button', { name: 'Show QR code' }).click();
      const web = card.getByRole('img', { name: `QR code of the address ${VIDEO}` });
      const app = card.getByRole('img', { name: `QR code of the app link ${VIDEO_APP}` });
      expect(await scan(popup, web)).toBe(VIDEO);
      expect(await scan(popup, app)).toBe(VIDEO_APP);
      // The app link is written out for the reader, never offered as a link to click here.
      await expect(card.getByText(VIDEO_APP, { exact: true })).toBeVisible();
      await expect(card.locator(`a[href^="snssdk1128:"]`)).toHaveCount(0);
    });
  }

  test('each fixed link shows its own code', async ({ context, openPopupFor }) => {
    const page = await context.newPage();
    await openFeed(page);
    const popup = await openPopupFor(page);
    const jd = popup.locator('.links .link').filter({ hasText: 'JD.com share text' });
    const toggle = jd.getByRole('button', { name: 'QR code for https://3.cn/2odH-z1a' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await scan(popup, jd.getByRole('img', { name: /^QR code of the address/ }))).toBe(
      'https://3.cn/2odH-z1a',
    );
  });

  test('"Show as QR code" on a link opens a page with the code of its direct address', async ({
    context,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await openFeed(page);
    const opened = context.waitForEvent('page');
    await clickMenu(serviceWorker, { menuItemId: 'unwall-show-qr', linkUrl: WRAPPER });
    const qrPage = await opened;
    await qrPage.waitForLoadState();
    expect(new URL(qrPage.url()).pathname).toBe('/qr.html');
    await expect(qrPage).toHaveTitle('QR code · Unwall');
    await expect(qrPage.getByRole('heading', { name: 'Open on phone' })).toBeVisible();
    const web = qrPage.getByRole('img', { name: `QR code of the address ${VIDEO}` });
    expect(await scan(qrPage, web)).toBe(VIDEO);
    await expect(qrPage.getByText(VIDEO, { exact: true })).toBeVisible();
    const app = qrPage.getByRole('img', { name: `QR code of the app link ${VIDEO_APP}` });
    expect(await scan(qrPage, app)).toBe(VIDEO_APP);
    expect(await seriousViolations(qrPage)).toEqual([]);
  });

  test('"Show as QR code" on a selected share text shows the code of its link', async ({
    context,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await openFeed(page);
    const opened = context.waitForEvent('page');
    await clickMenu(serviceWorker, {
      menuItemId: 'unwall-show-qr',
      selectionText: '【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开',
    });
    const qrPage = await opened;
    await qrPage.waitForLoadState();
    const web = qrPage.getByRole('img', { name: 'QR code of the address https://3.cn/2odH-z1a' });
    expect(await scan(qrPage, web)).toBe('https://3.cn/2odH-z1a');
  });
});
