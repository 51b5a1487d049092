import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

const FEED = 'https://weibo.com/feed/';

async function openFeed(page: Page): Promise<void> {
  await page.goto(FEED);
  await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(1);
}

async function badges(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    return Promise.all(tabs.map((tab) => chrome.action.getBadgeText({ tabId: tab.id! })));
  });
}

test.describe('on a feed page', () => {
  test('share texts of six platforms become direct links, with tooltips', async ({ context }) => {
    const page = await context.newPage();
    await openFeed(page);
    const expected: [string, string][] = [
      ['taobao', 'https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX'],
      ['jd', 'https://3.cn/2odH-z1a'],
      ['douyin', 'https://v.douyin.com/zhw_hrZ0E-c/'],
      ['kuaishou', 'https://v.kuaishou.com/bQ30Bb'],
      ['xhs', 'https://xhslink.com/o/5tOT2jNLmC0'],
      ['bilibili', 'https://b23.tv/hR6J1YF'],
      ['text-wrapper', 'https://github.com/unwall/text'],
    ];
    for (const [id, href] of expected) {
      const link = page.locator(`#${id} a[data-unwall]`);
      await expect(link, id).toHaveAttribute('href', href);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    await expect(page.locator('#taobao a[data-unwall]')).toHaveAttribute(
      'title',
      /Taobao share text → direct link/,
    );
    await expect(page.locator('#token [data-unwall="token"]')).toHaveAttribute(
      'data-unwall-token',
      '￥dAEYbi4KO4D￥',
    );
  });

  test('a token control copies its token as written, by mouse and by keyboard, and says where to paste it', async ({
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://weibo.com' });
    const page = await context.newPage();
    await openFeed(page);
    const token = page.locator('#token [data-unwall="token"]');
    const written = await token.getAttribute('data-unwall-token');
    const note = page.locator('#token [data-unwall-ui="note"]');
    await token.focus();
    await page.keyboard.press('Enter');
    await expect(note).toHaveText('Copied: paste it in the Taobao app');
    await expect(note).toHaveAttribute('role', 'status');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(written);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(written);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await token.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(written);
  });

  test('wrapper and app-link anchors point at the target; their text stays', async ({ context }) => {
    const page = await context.newPage();
    await openFeed(page);
    await expect(page.locator('#zhihu-wrapper')).toHaveAttribute('href', 'https://github.com/unwall/anchor');
    await expect(page.locator('#zhihu-wrapper')).toHaveText('GitHub 项目');
    await expect(page.locator('#zhihu-wrapper')).toHaveAttribute('data-unwall-original', /link\.zhihu\.com/);
    await expect(page.locator('#qq-wrapper')).toHaveAttribute('href', 'https://developer.mozilla.org/');
    await expect(page.locator('#app-link')).toHaveAttribute(
      'href',
      'https://item.taobao.com/item.htm?id=601009971043',
    );
    await expect(page.locator('#plain')).toHaveAttribute('href', 'https://www.taobao.com/');
  });

  test('editable regions and form fields are left alone; code is linked', async ({ context }) => {
    const page = await context.newPage();
    await openFeed(page);
    await expect(page.locator('#editable [data-unwall]')).toHaveCount(0);
    await expect(page.locator('#textarea')).toHaveValue(
      '【淘宝】https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX',
    );
    await expect(page.locator('#code a[data-unwall]')).toHaveAttribute(
      'href',
      'https://v.douyin.com/iR2euxso/',
    );
  });

  test('the text of the page is unchanged, also after more items load', async ({ context }) => {
    const page = await context.newPage();
    await openFeed(page);
    await page.waitForFunction(() => (window as unknown as { __appended?: boolean }).__appended === true);
    await expect(page.locator('#appended a[data-unwall]')).toHaveAttribute(
      'href',
      'https://v.douyin.com/iksNQqte/',
      {
        timeout: 1500,
      },
    );
    const same = await page.evaluate(
      () => document.body.textContent === (window as unknown as { __originalText: string }).__originalText,
    );
    expect(same).toBe(true);
    const hrefs = await page
      .locator('a[data-unwall]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  });

  test('inserted links are inline and leave the layout of the text as it was', async ({ context }) => {
    const page = await context.newPage();
    await openFeed(page);
    const layout = await page.evaluate(() => {
      const post = document.getElementById('taobao')!;
      const link = post.querySelector('a[data-unwall]')!;
      const plain = document.createElement('div');
      plain.className = post.className;
      plain.textContent = post.textContent;
      post.after(plain);
      const sizes = [post, plain].map((el) => el.getBoundingClientRect()).map((r) => [r.width, r.height]);
      plain.remove();
      const style = getComputedStyle(link);
      return {
        sizes,
        display: style.display,
        padding: style.padding,
        margin: style.margin,
        font: style.font,
      };
    });
    expect(layout.display).toBe('inline');
    expect(layout.padding).toBe('0px');
    expect(layout.margin).toBe('0px');
    expect(layout.sizes[0]).toEqual(layout.sizes[1]);
  });

  test('a click goes to the direct target even though the page routes clicks through its wrapper', async ({
    context,
  }) => {
    const page = await context.newPage();
    await openFeed(page);
    const opened = context.waitForEvent('page');
    await page.locator('#jd a[data-unwall]').click();
    const target = await opened;
    await target.waitForLoadState('domcontentloaded');
    expect(target.url()).toBe('https://3.cn/2odH-z1a');
  });

  test('the badge counts the links fixed on the tab', async ({ context, serviceWorker }) => {
    const page = await context.newPage();
    await openFeed(page);
    await page.waitForFunction(() => (window as unknown as { __appended?: boolean }).__appended === true);
    await expect(page.locator('#appended a[data-unwall]')).toHaveCount(1);
    const count = await page.locator('body [data-unwall]').count();
    await expect.poll(() => badges(serviceWorker)).toContain(String(count));
  });

  test('switching the site off puts the page back, and on again rewrites it, without a reload', async ({
    context,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await openFeed(page);
    await serviceWorker.evaluate(() => chrome.storage.local.set({ disabledSites: ['weibo.com'] }));
    await expect(page.locator('body [data-unwall]')).toHaveCount(0);
    await expect(page.locator('#zhihu-wrapper')).toHaveAttribute('href', /^https:\/\/link\.zhihu\.com\//);
    await serviceWorker.evaluate(() => chrome.storage.local.set({ disabledSites: [] }));
    await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(1);
  });

  test('switching a feature off applies to the open tab', async ({ context, serviceWorker }) => {
    const page = await context.newPage();
    await openFeed(page);
    await serviceWorker.evaluate(() =>
      chrome.storage.local.set({
        features: {
          shareTexts: false,
          wrappers: true,
          appLinks: true,
          skipInterstitials: true,
          marker: true,
        },
      }),
    );
    await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(0);
    await expect(page.locator('#zhihu-wrapper')).toHaveAttribute('href', 'https://github.com/unwall/anchor');
  });
});
