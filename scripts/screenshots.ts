/**
 * Store-listing screenshots (1280×800) in English and Chinese: the popup over a fixture page, the
 * options page, and the payments atlas (light and dark). Written to store/screenshots/. Run with
 * `npm run screenshots`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ensureFreshBuild, { root } from '../tests/e2e/harness/build';
import { launchBrowser, type Launched } from '../tests/e2e/harness/launch';
import { startFixtureServer } from '../tests/e2e/harness/server';

const outDir = join(root, 'store/screenshots');
const size = { width: 1280, height: 800 };
const languages = [
  ['en', 'en'],
  ['zh-CN', 'zh_CN'],
] as const;

async function activeTabId(browser: Launched, page: Page): Promise<number> {
  await page.bringToFront();
  return browser.serviceWorker!.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** The popup as the browser shows it: its own rendering, placed under the toolbar over the page. */
async function popupOverPage(browser: Launched, file: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto('https://weibo.com/feed/');
  await page.locator('#taobao a[data-unwall]').waitFor();
  const backdrop = await page.screenshot();
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 740 });
  await popup.goto(
    `chrome-extension://${browser.extensionId}/popup.html?tab=${await activeTabId(browser, page)}`,
  );
  await popup.locator('.pay-card').waitFor();
  const popupShot = await popup.screenshot();
  const stage = await browser.context.newPage();
  await stage.setViewportSize(size);
  const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await stage.setContent(`<body style="margin:0;background:url(${img(backdrop)})">
    <img src="${img(popupShot)}" style="position:absolute;top:8px;right:16px;border-radius:8px;
      box-shadow:0 8px 28px rgba(0,0,0,.35);border:1px solid #c8ccd0"></body>`);
  await stage.screenshot({ path: join(outDir, file) });
}

async function optionsPage(browser: Launched, file: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('switch').first().waitFor();
  await page.screenshot({ path: join(outDir, file) });
}

/** The payments atlas with one claim opened (when the dataset has any), in a colour scheme. */
async function atlasPage(browser: Launched, file: string, colorScheme: 'light' | 'dark'): Promise<void> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${browser.extensionId}/atlas.html`);
  await page.locator('.timeline__event').first().waitFor();
  const cells = await page.locator('.atlas-cell__button').all();
  for (const cell of cells.slice(0, 1)) await cell.click();
  await page.screenshot({ path: join(outDir, file) });
}

async function main(): Promise<void> {
  ensureFreshBuild();
  mkdirSync(outDir, { recursive: true });
  const server = await startFixtureServer();
  try {
    for (const [lang, suffix] of languages) {
      const browser = await launchBrowser(server, { lang });
      try {
        await popupOverPage(browser, `popup-${suffix}.png`);
        await optionsPage(browser, `options-${suffix}.png`);
        await atlasPage(browser, `atlas-${suffix}.png`, 'light');
        await atlasPage(browser, `atlas-dark-${suffix}.png`, 'dark');
      } finally {
        await browser.close();
      }
      console.log(`store/screenshots/{popup,options,atlas,atlas-dark}-${suffix}.png`);
    }
  } finally {
    await server.close();
  }
}

await main();
