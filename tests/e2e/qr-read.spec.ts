import type { BrowserContext, Page, Worker } from '@playwright/test';
import QRCode from 'qrcode';
import { expect, test } from './fixtures';

const WRAPPED = 'https://link.zhihu.com/?target=https%3A//github.com/Aixile/chainer-cyclegan';
const DIRECT = 'https://github.com/Aixile/chainer-cyclegan';
const WECHAT_PAY = 'wxp://f2f0GPsEMhjyvIJ4d6PdlsuPVrKIOk-gJ-Ez';
const ALIPAY = 'https://qr.alipay.com/fkx17093ps0eujn4vyf7gd5';

/** A page showing QR codes as pictures (`data:` addresses, as pages that draw codes in script make them). */
async function pageWithCodes(
  context: BrowserContext,
  server: { page(url: string, html: string): void },
  texts: string[],
) {
  const url = `https://shop.example.org/qr-${texts.length}-${Date.now()}`;
  const images = await Promise.all(texts.map((text) => QRCode.toDataURL(text, { scale: 6 })));
  server.page(
    url,
    `<!doctype html><title>QR</title>${images.map((src, i) => `<img id="qr${i}" alt="" src="${src}">`).join('')}`,
  );
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** The context menu's "Read QR code" clicked on the picture, through the service worker's own listeners. */
async function readQrMenu(serviceWorker: Worker, page: Page, srcUrl: string): Promise<void> {
  await page.bringToFront();
  await serviceWorker.evaluate(
    async ({ srcUrl, pageUrl }) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const info = { menuItemId: 'unwall-read-qr', srcUrl, pageUrl, mediaType: 'image', editable: false };
      (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(
        info,
        tab,
      );
    },
    { srcUrl, pageUrl: page.url() },
  );
}

/** A PNG of the code, pasted into the paste box as the clipboard would hand it over. */
async function pasteCode(popup: Page, text: string): Promise<void> {
  const png = (await QRCode.toDataURL(text, { scale: 6 })).split(',')[1]!;
  await popup.locator('textarea.paste').evaluate((box, base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'code.png', { type: 'image/png' }));
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, png);
}

test.describe('reading QR codes', () => {
  test('"Read QR code" on a picture of a wrapped link shows the direct link, opening nothing by itself', async ({
    context,
    server,
    serviceWorker,
  }) => {
    const cdn: string[] = [];
    context.on(
      'request',
      (request) => void (/jsdelivr|unpkg/.test(request.url()) && cdn.push(request.url())),
    );
    const page = await pageWithCodes(context, server, [WRAPPED]);
    const src = await page.locator('#qr0').getAttribute('src');
    const opened = context.waitForEvent('page');
    await readQrMenu(serviceWorker, page, src!);
    const result = await opened;
    expect(result.url()).toMatch(/\/popup\.html\?qr=[\w-]+$/);
    const reading = result.locator('.qr-reading');
    await expect(reading).toHaveCount(1);
    await expect(reading.locator('.link__title')).toHaveText('Redirect link, unwrapped');
    await expect(reading.locator('.link__url')).toHaveText(DIRECT);
    await expect(reading.getByRole('link', { name: `Open ${DIRECT}` })).toHaveAttribute('href', DIRECT);
    // The result page is the one page opened: the link waits for the user.
    await result.waitForTimeout(500);
    expect(
      context
        .pages()
        .map((p) => p.url())
        .filter((url) => url.includes('github.com')),
    ).toEqual([]);
  });

  test('labels a payment code from the context menu, with no link to open', async ({
    context,
    server,
    serviceWorker,
  }) => {
    const page = await pageWithCodes(context, server, [ALIPAY]);
    const opened = context.waitForEvent('page');
    await readQrMenu(serviceWorker, page, (await page.locator('#qr0').getAttribute('src'))!);
    const result = await opened;
    const reading = result.locator('.qr-reading');
    await expect(reading.locator('.qr-app-only')).toHaveText(
      'Alipay payment code: only the Alipay app can pay with it. Unwall cannot pay for you, and no browser opens it.',
    );
    await expect(reading.getByRole('link')).toHaveCount(0);
    await result.waitForTimeout(500);
    expect(
      context
        .pages()
        .map((p) => p.url())
        .filter((url) => url.includes('alipay')),
    ).toEqual([]);
  });

  test('never fetches a picture on the web: it reads the tab as shown, captured at the click', async ({
    context,
    server,
    serviceWorker,
  }) => {
    const picture = 'https://img.example.org/code.png';
    const url = `https://shop.example.org/web-picture-${Date.now()}`;
    server.page(url, `<!doctype html><title>QR</title><img alt="" src="${picture}">`);
    const page = await context.newPage();
    const asked: string[] = [];
    context.on('request', (request) => void (request.url() === picture && asked.push(request.frame().url())));
    await page.goto(url);
    const opened = context.waitForEvent('page');
    await readQrMenu(serviceWorker, page, picture);
    const result = await opened;
    // A dispatched click grants no activeTab, so here the capture is refused and nothing is read.
    await expect(result.getByRole('status')).toHaveText('Unwall could not read this picture.');
    expect(asked).toEqual([url]);
  });

  test('reads a picture pasted into the paste box', async ({ openExtensionPage }) => {
    const popup = await openExtensionPage('popup.html');
    await pasteCode(popup, 'taobao://item.taobao.com/item.htm?id=601009971043');
    const reading = popup.locator('.qr-reading');
    await expect(reading.locator('.link__title')).toHaveText('App link, as a web page');
    await expect(reading.locator('.link__url')).toHaveText(
      'https://item.taobao.com/item.htm?id=601009971043',
    );
  });

  test('labels a WeChat payment code pasted into the paste box and never opens it', async ({
    context,
    openExtensionPage,
  }) => {
    const popup = await openExtensionPage('popup.html');
    const pages = context.pages().length;
    await pasteCode(popup, WECHAT_PAY);
    const reading = popup.locator('.qr-reading');
    await expect(reading.locator('.qr-app-only')).toContainText(
      'WeChat payment code: only the WeChat app can pay with it',
    );
    await expect(reading.getByRole('link')).toHaveCount(0);
    await reading.locator('summary').click();
    await expect(reading.locator('code')).toHaveText(WECHAT_PAY);
    await popup.waitForTimeout(500);
    expect(context.pages()).toHaveLength(pages);
  });

  test('lists every code of a picture that holds several', async ({ context, server, serviceWorker }) => {
    const page = await pageWithCodes(context, server, [WRAPPED, WECHAT_PAY]);
    // Both codes in one picture: the page's two images drawn side by side on a canvas.
    const both = await page.evaluate(async () => {
      const images = [...document.images];
      await Promise.all(images.map((image) => image.decode()));
      const canvas = document.createElement('canvas');
      canvas.width = images.reduce((sum, image) => sum + image.naturalWidth, 0);
      canvas.height = Math.max(...images.map((image) => image.naturalHeight));
      const context = canvas.getContext('2d')!;
      images.reduce((left, image) => (context.drawImage(image, left, 0), left + image.naturalWidth), 0);
      return canvas.toDataURL('image/png');
    });
    const opened = context.waitForEvent('page');
    await readQrMenu(serviceWorker, page, both);
    const result = await opened;
    await expect(result.locator('.qr-reading')).toHaveCount(2);
    await expect(result.locator('.qr-reading .link__url')).toHaveText(DIRECT);
    await expect(result.locator('.qr-reading .qr-app-only')).toContainText('WeChat payment code');
    if (process.env.QR_SHOT) await result.screenshot({ path: process.env.QR_SHOT, fullPage: true });
  });

  test('says so honestly when the browser does not let the popup capture the tab', async ({
    context,
    openPopupFor,
  }) => {
    const page = await context.newPage();
    await page.goto('https://www.taobao.com/');
    // Opened as a page, the popup has no `activeTab` grant (only the toolbar click gives one).
    const popup = await openPopupFor(page);
    await popup.getByRole('button', { name: 'Read QR codes on this page' }).click();
    await expect(
      popup.getByRole('status').filter({ hasText: 'did not let Unwall see this tab' }),
    ).toBeVisible();
  });
});
