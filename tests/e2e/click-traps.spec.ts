import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { clickMenu } from './harness/menu';

const POST = 'https://www.facebook.com/trap/';
/** The same page under a host no platform lists: its clicks are the page's. */
const ELSEWHERE = 'https://forum.example.net/trap/';
const DIRECT = 'https://github.com/maomao1996/tampermonkey-scripts';

/** Opens the post once Unwall runs on it (it has unwrapped the shimmed link). */
async function openPost(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('#wrapped')).toHaveAttribute('href', 'https://developer.mozilla.org/');
}

/** The underline the browser draws on an element: its style when it is Unwall's mark (dotted), else null. */
function markOf(page: Page, selector: string): Promise<string | null> {
  return page.locator(selector).evaluate((el) => {
    const style = getComputedStyle(el);
    return style.textDecorationLine.includes('underline') && style.textDecorationStyle === 'dotted'
      ? style.textDecorationStyle
      : null;
  });
}

/** Clicks like a user (a real mouse click) and waits for the page the click leads to. */
async function clickLeadsTo(page: Page, selector: string, from: string): Promise<string> {
  await Promise.all([page.waitForURL((url) => url.href !== from), page.click(selector)]);
  return page.url();
}

test.describe('a page that swaps its link shim into links on mousedown (Facebook-style)', () => {
  test('a direct link on www.facebook.com leads to its direct address, without the tracking attributes', async ({
    context,
  }) => {
    const page = await context.newPage();
    await openPost(page, POST);
    await expect(page.locator('#direct')).not.toHaveAttribute('data-lynx-uri', /.*/);
    await expect(page.locator('#direct')).not.toHaveAttribute('data-lynx-mode', /.*/);
    expect(await clickLeadsTo(page, '#direct', POST)).toBe(DIRECT);
  });

  test('the link Unwall unwrapped leads to its direct address too', async ({ context }) => {
    const page = await context.newPage();
    await openPost(page, POST);
    expect(await clickLeadsTo(page, '#wrapped', POST)).toBe('https://developer.mozilla.org/');
  });

  test('the direct link Unwall keeps carries the mark, and "Restore this link" gives the page its link back', async ({
    context,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await openPost(page, POST);
    const direct = page.locator('#direct');
    await expect(direct).not.toHaveAttribute('data-lynx-uri', /.*/);
    expect(await markOf(page, '#direct')).toBe('dotted');
    await expect(direct).toHaveAttribute('title', /Unwall/);
    // The context menu on the link: the page hears of the right-click only through Unwall's content script.
    await page.bringToFront();
    await direct.click({ button: 'right' });
    await clickMenu(serviceWorker, { menuItemId: 'unwall-restore-link', linkUrl: DIRECT });
    await expect(direct).toHaveAttribute('data-lynx-uri', /l\.facebook\.com/);
    await expect(direct).toHaveAttribute('data-lynx-mode', 'hover');
    await expect(direct).not.toHaveAttribute('title', /.*/);
    await expect(direct).not.toHaveAttribute('style', /.*/);
    expect(await markOf(page, '#direct')).toBeNull();
    // Its clicks are the page's again: the page's shim takes it.
    const landed = await clickLeadsTo(page, '#direct', POST);
    expect(landed).toBe(`https://l.facebook.com/l.php?u=${encodeURIComponent(DIRECT)}&h=AT0abc`);
  });

  test('the same page under a host no platform lists is left to the page', async ({ context, server }) => {
    const html = readFileSync(
      resolve(import.meta.dirname, '../fixtures/pages/www.facebook.com/trap/index.html'),
      'utf8',
    );
    server.page(ELSEWHERE, html);
    const page = await context.newPage();
    await openPost(page, ELSEWHERE);
    await expect(page.locator('#direct')).toHaveAttribute('data-lynx-uri', /l\.facebook\.com/);
    const landed = await clickLeadsTo(page, '#direct', ELSEWHERE);
    expect(landed).toBe(`https://l.facebook.com/l.php?u=${encodeURIComponent(DIRECT)}&h=AT0abc`);
  });
});
