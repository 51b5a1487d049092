import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { clickMenu } from './harness/menu';

const PAGE = 'https://weibo.com/marks/';
const WRAPPER = 'https://link.zhihu.com/?target=https%3A%2F%2Fgithub.com%2Funwall%2Fmarks';
const APP = 'taobao://item.taobao.com/item.htm?id=601009971043';
const SHARE =
  '【淘宝】7天无理由退货 https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX MF278 「IZ乐队」 点击链接直接打开';

const html = `<!doctype html><meta charset="utf-8"><body style="background:#fff;color:#111">
<p><a id="wrap" href="${WRAPPER}">GitHub 项目</a></p>
<p><a id="app" href="${APP}">商品</a></p>
<p id="share">看看 ${SHARE}</p>
<p id="token">快抢 ￥dAEYbi4KO4D￥ 打开淘宝</p>
<p id="plain">文档见 https://docs.example.org/guide 。</p>
<div id="dark" style="background:#2b2b2b;color:#e5e5e5;padding:8px">
  <a id="dark-wrap" style="color:#e5e5e5" href="https://link.zhihu.com/?target=https%3A%2F%2Fexample.org%2Fdark">深色卡片</a>
  <p id="dark-share">【京东】https://3.cn/2odH-z1a</p>
</div>
</body>`;

async function openMarks(page: Page, server: { page(url: string, html: string): void }) {
  server.page(PAGE, html);
  await page.goto(PAGE);
  await expect(page.locator('#token [data-unwall="token"]')).toHaveCount(1);
  await expect(page.locator('#plain a[data-unwall]')).toHaveCount(1);
  await expect(page.locator('#dark-share a[data-unwall]')).toHaveCount(1);
  await expect(page.locator('#dark-wrap')).toHaveAttribute('data-unwall', 'wrapper');
}

/** How many of these elements show Unwall's dotted or dashed underline, as the browser draws it. */
function markedCount(page: Page, selectors: string[]): Promise<number> {
  return page.evaluate(
    (list) =>
      list.filter((s) => {
        const el = document.querySelector(s);
        const style = el && getComputedStyle(el);
        return (
          style?.textDecorationLine.includes('underline') &&
          ['dotted', 'dashed'].includes(style.textDecorationStyle)
        );
      }).length,
    selectors,
  );
}

test.describe('marks and undo', () => {
  test('every fix carries the mark: a wrapper, an app link, a share text, a token and a plain address', async ({
    context,
    server,
  }) => {
    const page = await context.newPage();
    await openMarks(page, server);
    const fixed = [
      '#wrap',
      '#app',
      '#share a[data-unwall]',
      '#token [data-unwall="token"]',
      '#plain a[data-unwall]',
    ];
    expect(await markedCount(page, fixed)).toBe(fixed.length);
    // The page's text is unchanged, character for character.
    await expect(page.locator('#share')).toHaveText(`看看 ${SHARE}`);
    await expect(page.locator('#wrap')).toHaveText('GitHub 项目');
  });

  test('the mark stands out by at least 3:1 on a dark card', async ({ context, server }) => {
    const page = await context.newPage();
    await openMarks(page, server);
    const ratios = await page.evaluate(() => {
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: number[]) =>
        c
          .map((v) => v / 255)
          .map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
          .reduce((sum, s, i) => sum + s * [0.2126, 0.7152, 0.0722][i]!, 0);
      const card = rgb(getComputedStyle(document.getElementById('dark')!).backgroundColor);
      return ['#dark-wrap', '#dark-share a[data-unwall]'].map((s) => {
        const mark = rgb(getComputedStyle(document.querySelector(s)!).textDecorationColor);
        const [a, b] = [lum(mark), lum(card)].sort((x, y) => y - x) as [number, number];
        return (a + 0.05) / (b + 0.05);
      });
    });
    for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(3);
  });

  test('a drag across a linked share text selects its text', async ({ context, server }) => {
    const page = await context.newPage();
    await openMarks(page, server);
    const link = page.locator('#share a[data-unwall]');
    await expect(link).toHaveAttribute('draggable', 'false');
    const [from, to] = [(await page.locator('#share').boundingBox())!, (await link.boundingBox())!];
    const y = to.y + Math.min(to.height, 16) / 2;
    await page.mouse.move(from.x + 1, y);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, y, { steps: 5 });
    await page.mouse.move(to.x + to.width - 2, y, { steps: 5 });
    await page.mouse.up();
    const selected = await page.evaluate(() => window.getSelection()!.toString());
    // From the page's own text into the link: text is selected, no link is dragged.
    expect(selected.length).toBeGreaterThan(20);
    expect(`看看 ${SHARE}`).toContain(selected);
  });

  test('from the popup: restore one link, open its original, copy its direct link', async ({
    context,
    server,
    openPopupFor,
  }) => {
    const page = await context.newPage();
    await openMarks(page, server);
    const popup = await openPopupFor(page);
    // The clipboard is the system's: what the popup copied is read back in the page.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://weibo.com' });
    const clipboard = async () => {
      await page.bringToFront();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      await popup.bringToFront();
      return text;
    };
    const rows = popup.locator('.links .link');
    const wrapper = rows.filter({ hasText: 'github.com%2Funwall%2Fmarks' });
    const app = rows.filter({ hasText: 'taobao://' });
    const share = rows.filter({ hasText: 'Taobao share text' });
    await expect(wrapper).toHaveCount(1);

    // An app link's original is no web page: nothing to open.
    await expect(app.getByRole('button', { name: /^Open the original address/ })).toHaveCount(0);
    // Open original: the page's own address, in a new tab.
    const opened = context.waitForEvent('page');
    await wrapper.getByRole('button', { name: `Open the original address ${WRAPPER}` }).click();
    // The tab opens on the page's own address (Unwall's interstitial handling may forward it after).
    expect((await opened).url()).toBe(WRAPPER);
    await popup.bringToFront();

    // Copy the direct link.
    const direct = (await page.locator('#share a[data-unwall]').getAttribute('href'))!;
    await share.getByRole('button', { name: `Copy ${direct}`, exact: true }).press('Enter');
    await expect.poll(clipboard).toBe(direct);

    // Restore: exactly the page's href again, its mark gone, its row gone, and the click goes there.
    await wrapper.getByRole('button', { name: /^Restore this link/ }).press('Enter');
    await expect(page.locator('#wrap')).toHaveAttribute('href', WRAPPER);
    await expect(page.locator('#wrap')).not.toHaveAttribute('data-unwall', /.*/);
    expect(await markedCount(page, ['#wrap'])).toBe(0);
    await expect(wrapper).toHaveCount(0);
    await expect(page.locator('#app')).toHaveAttribute('href', /^https:/);
    const followed = page.waitForRequest((r) => r.url() === WRAPPER);
    await page.locator('#wrap').click();
    await followed;
  });
});

test.describe('undo from the context menu on a fixed link', () => {
  /** The link's address as the browser's menu names it (resolved, as `info.linkUrl`). */
  const hrefOf = (page: Page, selector: string) =>
    page.locator(selector).evaluate((a) => (a as HTMLAnchorElement).href);

  test('"Restore this link" puts back the link right-clicked; elsewhere it does nothing and says so', async ({
    context,
    server,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await openMarks(page, server);
    await page.bringToFront();
    // A right-click on no fix, then the menu on a fixed link's address: nothing is restored.
    await page.locator('#token').click({ button: 'right', position: { x: 2, y: 2 } });
    const linkUrl = await hrefOf(page, '#wrap');
    await clickMenu(serviceWorker, { menuItemId: 'unwall-restore-link', linkUrl });
    await expect
      .poll(() =>
        serviceWorker.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return chrome.action.getTitle({ tabId: tab!.id! });
        }),
      )
      .toMatch(/^Unwall restored nothing/);
    await expect(page.locator('#wrap')).toHaveAttribute('data-unwall', 'wrapper');

    await page.locator('#wrap').click({ button: 'right' });
    await clickMenu(serviceWorker, { menuItemId: 'unwall-restore-link', linkUrl });
    await expect(page.locator('#wrap')).toHaveAttribute('href', WRAPPER);
    await expect(page.locator('#wrap')).not.toHaveAttribute('data-unwall', /.*/);
    expect(await markedCount(page, ['#wrap'])).toBe(0);
    // The others keep theirs.
    expect(await markedCount(page, ['#app', '#dark-wrap'])).toBe(2);
  });

  test('"Open original link" opens the address the page had there, in a new tab', async ({
    context,
    server,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await openMarks(page, server);
    await page.bringToFront();
    await page.locator('#dark-wrap').click({ button: 'right' });
    const opened = context.waitForEvent('page');
    await clickMenu(serviceWorker, {
      menuItemId: 'unwall-open-original',
      linkUrl: await hrefOf(page, '#dark-wrap'),
    });
    expect((await opened).url()).toBe('https://link.zhihu.com/?target=https%3A%2F%2Fexample.org%2Fdark');
    // Opening changes nothing in the page.
    await expect(page.locator('#dark-wrap')).toHaveAttribute('href', 'https://example.org/dark');
  });
});
