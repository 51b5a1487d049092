import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { framesWithContentScript } from './harness/content-script';

test('the content script runs on a page served under a real host name', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://www.taobao.com/');
  await expect(page.locator('h1')).toHaveText('淘宝网 - 淘！我喜欢');
  await expect.poll(() => framesWithContentScript(page, extensionId)).toEqual(['https://www.taobao.com/']);
});

test('a page where nothing was changed cannot tell Unwall is installed', async ({
  context,
  extensionId,
  server,
}) => {
  server.page(
    'https://bbs.example.cn/plain',
    '<html lang="en"><body><p>nothing to fix here</p></body></html>',
  );
  const page = await context.newPage();
  await page.goto('https://bbs.example.cn/plain');
  await expect
    .poll(() => framesWithContentScript(page, extensionId))
    .toEqual(['https://bbs.example.cn/plain']);
  await page.waitForLoadState('load');
  // The scan runs after load: give it time to finish, then look for any trace in the page.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(
    '<html lang="en"><head></head><body><p>nothing to fix here</p></body></html>',
  );
});

test('the content script also runs on plain http pages', async ({ context, server, extensionId }) => {
  server.page('http://bbs.example.cn/thread/1', '<p>forum thread</p>');
  const page = await context.newPage();
  await page.goto('http://bbs.example.cn/thread/1');
  await expect
    .poll(() => framesWithContentScript(page, extensionId))
    .toEqual(['http://bbs.example.cn/thread/1']);
});

test('the popup renders the product name and what it does', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Unwall');
  await expect(popup.locator('.brand__tagline')).toContainText('Direct links on this page');
});

test('the options page renders', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Unwall');
  await expect(options.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();
  await expect(options).toHaveTitle('Settings · Unwall');
});

test('the manifest takes its version from package.json and asks only for what is used', async ({
  serviceWorker,
}) => {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
    version: string;
  };
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.version).toBe(pkg.version);
  expect([...(manifest.permissions ?? [])].sort()).toEqual([
    'activeTab',
    'alarms',
    'clipboardWrite',
    'contextMenus',
    'offscreen',
    'scripting',
    'storage',
  ]);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.content_security_policy).toEqual({
    extension_pages:
      "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; form-action 'none'",
  });
});
