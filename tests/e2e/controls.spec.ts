import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { openFeed } from './harness/feed';

const WRAPPED = 'https://link.zhihu.com/?target=https%3A//github.com/unwall/scope';
const PAGE = `<p><a id="out" href="${WRAPPED}">a wrapped link</a></p>`;
const ITEM = 'https://item.taobao.com/item.htm?id=1';
const HOME = 'https://www.taobao.com/scope';

/** Presses a keyboard command as the browser would: its event, dispatched in the service worker. */
async function pressCommand(worker: Worker, command: string): Promise<void> {
  await worker.evaluate(async (command) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const onCommand = chrome.commands.onCommand as unknown as { dispatch(...args: unknown[]): void };
    onCommand.dispatch(command, tab);
  }, command);
}

/** Opens a page whose one anchor Unwall unwraps, and waits until it has. */
async function openWrapped(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('#out')).toHaveAttribute('href', 'https://github.com/unwall/scope');
}

test.describe('the site switch’s scope', () => {
  test.beforeEach(({ server }) => {
    server.page(ITEM, PAGE);
    server.page(HOME, PAGE);
  });

  test('switching off on item.taobao.com leaves every page of taobao.com unchanged', async ({
    context,
    openPopupFor,
  }) => {
    const home = await context.newPage();
    await openWrapped(home, HOME);
    const item = await context.newPage();
    await openWrapped(item, ITEM);
    const popup = await openPopupFor(item);
    await popup.getByRole('switch', { name: 'Unwall on taobao.com' }).click({ force: true });
    await expect(item.locator('#out')).toHaveAttribute('href', WRAPPED);
    await expect(home.locator('#out')).toHaveAttribute('href', WRAPPED);
  });

  test('"only this host" switches off item.taobao.com alone', async ({ context, openPopupFor }) => {
    const home = await context.newPage();
    await openWrapped(home, HOME);
    const item = await context.newPage();
    await openWrapped(item, ITEM);
    const popup = await openPopupFor(item);
    await popup.getByRole('checkbox', { name: 'Only this host (item.taobao.com)' }).check();
    await popup.getByRole('switch', { name: 'Unwall on item.taobao.com' }).click({ force: true });
    await expect(item.locator('#out')).toHaveAttribute('href', WRAPPED);
    await home.reload();
    await expect(home.locator('#out')).toHaveAttribute('href', 'https://github.com/unwall/scope');
  });
});

test.describe('the pause on every site', () => {
  test('restores open pages at once and fixes them again on resume', async ({ context, openPopupFor }) => {
    const page = await context.newPage();
    await openFeed(page);
    const popup = await openPopupFor(page);
    await popup.getByRole('button', { name: 'Until the browser restarts' }).click();
    const pause = popup.getByRole('region', { name: 'Pause on every site' });
    await expect(pause.getByRole('status')).toHaveText(/^Paused on every site until the browser restarts/);
    await expect(page.locator('a[data-unwall]')).toHaveCount(0);
    await expect(page.locator('#zhihu-wrapper')).toHaveAttribute('href', /link\.zhihu\.com/);
    await pause.getByRole('button', { name: 'Resume' }).click();
    await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(1);
  });
});

test.describe('the keyboard commands', () => {
  test('Alt+Shift+U switches Unwall off for the site and back on', async ({ context, serviceWorker }) => {
    const page = await context.newPage();
    await openFeed(page);
    await page.bringToFront();
    await pressCommand(serviceWorker, 'toggle-site');
    await expect(page.locator('a[data-unwall]')).toHaveCount(0);
    expect(await serviceWorker.evaluate(() => chrome.storage.local.get('disabledSites'))).toEqual({
      disabledSites: ['weibo.com'],
    });
    await pressCommand(serviceWorker, 'toggle-site');
    await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(1);
  });

  test('Alt+Shift+V opens the paste page, ready to paste into', async ({ context, serviceWorker }) => {
    const page = await context.newPage();
    await openFeed(page);
    await page.bringToFront();
    const opened = context.waitForEvent('page');
    await pressCommand(serviceWorker, 'open-paste');
    const paste = await opened;
    await paste.waitForLoadState();
    expect(new URL(paste.url()).pathname).toBe('/popup.html');
    await expect(paste.getByRole('textbox', { name: 'Paste a share text or link' })).toBeFocused();
  });
});
