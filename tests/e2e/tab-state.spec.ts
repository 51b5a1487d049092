import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { openFeed } from './harness/feed';

async function tabIdOf(popup: Page): Promise<number> {
  return Number(new URL(popup.url()).searchParams.get('tab'));
}

/** Waits until the worker has written the tab's record to `storage.session` (it writes after a short delay). */
async function storedCount(worker: Worker, tabId: number): Promise<number> {
  return worker.evaluate(async (key) => {
    const record = (await chrome.storage.session.get(key))[key] as { frames?: Record<string, unknown[]> };
    return Object.values(record?.frames ?? {}).flat().length;
  }, `tab:${tabId}`);
}

test.describe('the tab’s state', () => {
  test('the popup shows the site, the switch and the list after Chrome stopped the worker', async ({
    context,
    serviceWorker,
    openPopupFor,
    openExtensionPage,
  }) => {
    const page = await context.newPage();
    await openFeed(page);
    const before = await openPopupFor(page);
    const tabId = await tabIdOf(before);
    const count = await before.locator('.links .link').count();
    expect(count).toBeGreaterThanOrEqual(8);
    await expect.poll(() => storedCount(serviceWorker, tabId)).toBe(count);
    await before.close();
    await serviceWorker.evaluate(() => Object.assign(self, { unwallBeforeStop: true }));

    // What Chrome does to an idle worker after about 30 s, at once: the ServiceWorker domain of the
    // DevTools protocol stops every worker of the profile, the extension's with them.
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    // The popup's question wakes a new worker (asking the old one for the active tab would wait for ever).
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    await expect(popup.locator('.site__name')).toContainText('Weibo');
    await expect(popup.getByRole('switch', { name: 'Unwall on weibo.com' })).toBeChecked();
    await expect(popup.locator('.links .link')).toHaveCount(count);
    // The popup was answered by a new worker: the old one's globals are gone.
    expect(await serviceWorker.evaluate(() => 'unwallBeforeStop' in self)).toBe(false);
  });

  test('an open popup follows the page: switching the site off empties its list, on fills it again', async ({
    context,
    openPopupFor,
  }) => {
    const page = await context.newPage();
    await openFeed(page);
    const popup = await openPopupFor(page);
    const count = await popup.locator('.links .link').count();
    expect(count).toBeGreaterThanOrEqual(8);
    const toggle = popup.getByRole('switch', { name: 'Unwall on weibo.com' });
    await toggle.click({ force: true });
    await expect(page.locator('a[data-unwall]')).toHaveCount(0);
    await expect(popup.locator('#fixed-heading + p')).toHaveText('Nothing fixed on this page yet.');
    await expect(popup.locator('.links .link')).toHaveCount(0);
    await toggle.click({ force: true });
    await expect(popup.locator('.links .link')).toHaveCount(count);
  });

  test('a content script cannot read another tab’s list', async ({ context, server, openPopupFor }) => {
    const feed = await context.newPage();
    await openFeed(feed);
    const feedTab = await tabIdOf(await openPopupFor(feed));
    await server.page('https://evil.example.org/', '<p>nothing</p>');
    const other = await context.newPage();
    await other.goto('https://evil.example.org/');
    // The extension's isolated world in that page is where its content script runs: ask from there.
    const cdp = await context.newCDPSession(other);
    const worlds: { id: number; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c));
    await cdp.send('Runtime.enable');
    await expect.poll(() => worlds.some((w) => w.origin.startsWith('chrome-extension://'))).toBe(true);
    const world = worlds.find((w) => w.origin.startsWith('chrome-extension://'))!;
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: `chrome.runtime.sendMessage({ type: 'getTab', tabId: ${feedTab} }).then((r) => JSON.stringify(r ?? null))`,
      awaitPromise: true,
      returnByValue: true,
    });
    expect(result.value).toBe('null');
  });
});
