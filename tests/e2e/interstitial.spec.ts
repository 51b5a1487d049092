import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FORWARD_LIMIT } from '@/utils/extension/forward-budget';
import { platforms } from '@/utils/platforms';
import type { BrowserContext } from '@playwright/test';
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

  test('on a phone-wide screen the bar stacks its parts and names the link by its host', async ({
    context,
    serviceWorker,
  }) => {
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
    const target = 'https://github.com/unwall/unwall/blob/main/docs/a-rather-long-path-name.md?tab=readme';
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('https://link.zhihu.com/?target=' + encodeURIComponent(target));
    const bar = page.locator('[data-unwall-ui="bar"]');
    const link = bar.getByRole('link');
    await expect(link).toHaveAttribute('href', target);
    await expect(link).toHaveAttribute('title', target);
    await expect(link).toContainText('github.com');
    await expect(link).not.toContainText('/unwall');
    const parts = await bar.evaluate((host) =>
      [...host.shadowRoot!.querySelector('[role]')!.children].map((el) => {
        const box = el.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, left: box.left, right: box.right };
      }),
    );
    expect(parts).toHaveLength(3);
    parts.slice(1).forEach((part, i) => expect(part.top).toBeGreaterThanOrEqual(parts[i]!.bottom));
    for (const part of parts) expect(part.right).toBeLessThanOrEqual(360);
    // On a desktop-wide screen the same bar keeps its parts on one line.
    await page.setViewportSize({ width: 1024, height: 740 });
    const wide = await bar.evaluate((host) =>
      [...host.shadowRoot!.querySelector('[role]')!.children].map((el) => el.getBoundingClientRect()),
    );
    expect(Math.max(...wide.map((box) => box.top))).toBeLessThan(Math.min(...wide.map((box) => box.bottom)));
  });

  test('a loop through the interstitial with a new query every hop stops after the forward cap', async ({
    context,
    server,
  }) => {
    // The target sends the tab back through the interstitial, with a new query on every hop.
    server.page(
      'https://loop.example.org/back/',
      `<script>
        var next = 'https://loop.example.org/back/?hop=' + Date.now() + Math.random();
        location.replace('https://link.zhihu.com/?target=' + encodeURIComponent(next));
      </script>`,
    );
    const start = 'https://link.zhihu.com/?target=https%3A%2F%2Floop.example.org%2Fback%2F%3Fhop%3D0';
    const hops: string[] = [];
    context.on('request', (r) => {
      if (r.isNavigationRequest() && r.url().startsWith('https://link.zhihu.com/')) hops.push(r.url());
    });
    const page = await context.newPage();
    await page.goto(start);
    // Eight navigations in a row: on a busy machine they outlast the default wait of one assertion.
    await expect.poll(() => new Set(hops).size, { timeout: 30_000 }).toBe(FORWARD_LIMIT + 1);
    await expect(page.locator('[data-unwall-ui="bar"]')).toHaveCount(1);
    await expect(page).toHaveURL(/^https:\/\/link\.zhihu\.com\//);
    // Every hop had its own address; the cap, not a memory of addresses, ended the loop.
    expect(new Set(hops).size).toBe(FORWARD_LIMIT + 1);
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

const phish = 'https://phish.example.net/login';
const encoded = encodeURIComponent(phish);
/**
 * A stand-in for a platform's warning page, served under its real address by the test (the verdict
 * comes from the route, so the page's words do not matter; weixin110's block page has a fixture file).
 */
function warningPage(id: string): string {
  return `<!doctype html><meta charset="utf-8"><title>${id}</title><h1>This link may be unsafe</h1>`;
}

/** Requests to the flagged host: any would mean Unwall went there on its own. */
function flaggedRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (r) => {
    if (new URL(r.url()).hostname === 'phish.example.net') seen.push(r.url());
  });
  return seen;
}

const names = (id: string) => {
  const { en, zh } = platforms.find((p) => p.id === id)!.names;
  return new RegExp(`${en}|${zh}`);
};

test.describe("on a platform's warning page", () => {
  for (const [id, href] of [
    ['steam', `https://steamcommunity.com/linkfilter/?url=${encoded}`],
    ['steam', `https://steamcommunity.com/linkfilter/?u=${encoded}`],
    ['facebook', `https://www.facebook.com/flx/warn/?u=${encoded}`],
    ['shimo', `https://shimo.im/outlink/black?url=${encoded}`],
    ['qq', `https://wx.mail.qq.com/xmspamcheck/xmsafejump?url=${encoded}`],
    ['cnb', `https://cnb.cool/110?url=${encoded}`],
    ['feishu', `https://security.feishu.cn/link/safety?target=${encoded}`],
  ] as const) {
    test(`${href} shows the verdict and the target's host, and stays`, async ({ context, server }) => {
      server.page(href, warningPage(id));
      const flagged = flaggedRequests(context);
      const page = await context.newPage();
      await page.goto(href);
      const bar = page.locator('[data-unwall-ui="bar"]');
      await expect(bar.getByRole('alert')).toContainText(names(id));
      await expect(bar.locator('[data-unwall-part="host"]')).toHaveText('phish.example.net');
      await expect(page).toHaveURL(href);
      expect(flagged).toEqual([]);
    });
  }

  test('skipping off changes nothing: the verdict still shows', async ({
    context,
    serviceWorker,
    server,
  }) => {
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
    const href = `https://cnb.cool/110?url=${encoded}`;
    server.page(href, warningPage('cnb'));
    const page = await context.newPage();
    await page.goto(href);
    await expect(page.locator('[data-unwall-part="host"]')).toHaveText('phish.example.net');
    await expect(page).toHaveURL(href);
  });

  test("weixin110's block page at the notice's address shows the verdict and stays", async ({ context }) => {
    const href =
      'https://weixin110.qq.com/cgi-bin/mmspamsupport-bin/newredirectconfirmcgi?midpagecode=blocked&bancode=1';
    const flagged = flaggedRequests(context);
    const blocked = resolve(
      import.meta.dirname,
      '../fixtures/pages/weixin110.qq.com/cgi-bin/mmspamsupport-bin/blocked.html',
    );
    const page = await context.newPage();
    await page.route(href, (route) =>
      route.fulfill({ contentType: 'text/html', body: readFileSync(blocked) }),
    );
    await page.goto(href);
    await expect(page.locator('[data-unwall-ui="bar"]').getByRole('alert')).toContainText(names('wechat'));
    await expect(page.locator('[data-unwall-part="host"]')).toHaveText('phish.example.net');
    await expect(page).toHaveURL(href);
    expect(flagged).toEqual([]);
  });
});

test.describe('the choice on a warning page', () => {
  const href = `https://steamcommunity.com/linkfilter/?url=${encoded}`;
  test.beforeEach(({ server }) => server.page(href, warningPage('steam')));

  test('stay closes the bar and leaves the page as it is', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(href);
    await page.locator('[data-unwall-ui="bar"]').getByRole('button').first().click();
    await expect(page.locator('[data-unwall-ui="bar"]')).toHaveCount(0);
    await expect(page).toHaveURL(href);
  });

  test('continue opens the target the user was warned about', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(href);
    await page.locator('[data-unwall-ui="bar"]').getByRole('button').last().click();
    await expect(page).toHaveURL(phish);
  });
});

test('an anchor or a text link to a warning page keeps leading to the warning page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://forum.example.net/warnings/');
  // The page was scanned: the plain notice's link was rewritten.
  await expect(page.locator('#zhihu')).toHaveAttribute('href', 'https://github.com/unwall');
  for (const id of ['steam', 'facebook', 'shimo', 'qqmail', 'cnb', 'feishu']) {
    await expect(page.locator(`#${id}`), id).toHaveAttribute(
      'href',
      new RegExp(`^https://[^/]+/.*${encoded}`),
    );
  }
  await expect(page.locator('#google-steam')).toHaveAttribute(
    'href',
    /^https:\/\/steamcommunity\.com\/linkfilter\//,
  );
  const hosts = await page
    .locator('a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).host));
  expect(hosts).not.toContain('phish.example.net');
});
