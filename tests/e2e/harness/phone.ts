import { expect, type BrowserContext, type CDPSession, type Page, type TestInfo } from '@playwright/test';
import type { LaunchOptions } from './launch';

/**
 * A phone as Chromium can stand in for one: 360 px wide (many Android phones; Firefox for Android
 * shows the popup as a page of the screen's width), its metrics (the page's viewport meta applies)
 * and a touch screen (`pointer: coarse`).
 */
export const PHONE_WIDTH = 360;
const HEIGHT = 740;
const SCALE = 2;
export const PHONE: LaunchOptions['device'] = {
  viewport: { width: PHONE_WIDTH, height: HEIGHT },
  deviceScaleFactor: SCALE,
  isMobile: true,
  hasTouch: true,
};
/** A desktop window as narrow, with a mouse. */
export const NARROW_WINDOW: LaunchOptions['device'] = { viewport: { width: PHONE_WIDTH, height: HEIGHT } };
const MIN_TARGET = 44;

export async function openPage(context: BrowserContext, url: string): Promise<Page> {
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
export async function openOnPhone(context: BrowserContext, url: string): Promise<Page> {
  const page = await openPage(context, url);
  await touchAgain(page, await context.newCDPSession(page));
  return page;
}

/**
 * The whole page as the phone shows it: the view is made as tall as the page for the capture (the
 * width stays), then the phone's screen comes back. Playwright's full-page capture also resizes the
 * view, without setting the touch screen again, so its pictures show the mouse's layout.
 */
export async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const metrics = async (height: number) => {
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: PHONE_WIDTH,
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

/** The page's width beyond the viewport, and the controls that stick out of it at either side. */
export async function overflow(page: Page) {
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
export async function smallTargets(page: Page): Promise<string[]> {
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
