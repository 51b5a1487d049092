import type { BrowserContext, Page } from '@playwright/test';
import { framesWithContentScript } from './harness/content-script';
import { expect, setFeatures, test } from './harness/shared-browser';

/**
 * "You are leaving" pages whose target is only in the page (tests/fixtures/pages/<host>/…): read
 * from an element, an attribute or the page's own continue button, with the platform's parameters
 * taken off; a page whose words name a risk is a warning and is never forwarded.
 */
const TCN = 'https://t.cn/A6unwall';
const TCN_TARGET = 'https://developer.mozilla.org/zh-CN/docs/Web?lang=zh';
const TCN_RISKY = 'https://t.cn/A6risky';
const TIEBA = 'https://jump2.bdimg.com/safecheck/index?url=x%2BLHe3FZ1kQvRt7mWc1hJ0aLsN';
const TIEBA_TARGET = 'https://github.com/unwall/unwall';
const SEGMENTFAULT = 'https://link.segmentfault.com/?enc=T0ydt%2FSWp%2BHmV9Np5z8zyA%3D%3D.1z3GPRj8';
const HUABAN = 'https://huaban.com/go?pin_id=1&url=weibo.com';

const bar = (page: Page) => page.locator('[data-unwall-ui="bar"]');

/** Requests to a host: any would mean Unwall went there on its own. */
function requestsTo(context: BrowserContext, host: string): string[] {
  const seen: string[] = [];
  context.on('request', (r) => {
    if (new URL(r.url()).hostname === host) seen.push(r.url());
  });
  return seen;
}

test.describe('with skipping off, a bar offers the target read from the page', () => {
  test.beforeEach(({ shared }) => setFeatures(shared.serviceWorker!, { skipInterstitials: false }));

  for (const [name, url, target] of [
    ['a t.cn landing page (its #textline, without continueFlag)', TCN, TCN_TARGET],
    ["Tieba's safety check (its continue button)", TIEBA, TIEBA_TARGET],
    [
      "SegmentFault's leaving page (its body's data-url)",
      SEGMENTFAULT,
      'https://www.typescriptlang.org/docs/',
    ],
  ] as const) {
    test(name, async ({ shared }) => {
      const page = await shared.context.newPage();
      await page.goto(url);
      await expect(bar(page).getByRole('link')).toHaveAttribute('href', target);
      await expect(bar(page).getByRole('status')).toBeVisible();
      await expect(page).toHaveURL(url);
    });
  }

  test('a page that needs its own button is not clicked', async ({ shared }) => {
    const page = await shared.context.newPage();
    await page.goto(HUABAN);
    await expect.poll(() => framesWithContentScript(page, shared.extensionId!)).toContain(HUABAN);
    // The script asked the background and had its answer well within this; it never clicks.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(0);
    await expect(page).toHaveURL(HUABAN);
    await expect(bar(page)).toHaveCount(0);
  });
});

test.describe('with skipping on (the default), the tab goes on to the target', () => {
  test.beforeEach(({ shared }) => setFeatures(shared.serviceWorker!));

  for (const [name, url, target] of [
    ['from a t.cn landing page, without continueFlag', TCN, TCN_TARGET],
    ["from Tieba's safety check", TIEBA, TIEBA_TARGET],
    ["through huaban's own continue button", HUABAN, 'https://weibo.com/'],
  ] as const) {
    test(name, async ({ shared }) => {
      const page = await shared.context.newPage();
      await page.goto(url);
      await expect(page).toHaveURL(target);
    });
  }
});

test.describe('a t.cn landing page that names a risk', () => {
  for (const skip of [true, false]) {
    test(`shows the warning and stays, skipping ${skip ? 'on' : 'off'}`, async ({ shared }) => {
      await setFeatures(shared.serviceWorker!, { skipInterstitials: skip });
      const flagged = requestsTo(shared.context, 'phish.example.net');
      const page = await shared.context.newPage();
      await page.goto(TCN_RISKY);
      await expect(bar(page).getByRole('alert')).toContainText(/Weibo|微博/);
      await expect(bar(page).locator('[data-unwall-part="host"]')).toHaveText('phish.example.net');
      await expect(page).toHaveURL(TCN_RISKY);
      expect(flagged).toEqual([]);
    });
  }
});
