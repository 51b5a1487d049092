/**
 * Store-listing screenshots (1280×800) in English, Simplified and Traditional Chinese: a forum thread
 * before and after Unwall (the README's first picture too), the popup over that thread, the options
 * page, and the payments atlas (light and dark). Written to store/screenshots/. Run with
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
  ['zh-TW', 'zh_TW'],
] as const;
/** A made-up forum thread where people paste what they share: share texts, a wrapper, an app link, a 口令. */
const THREAD = 'https://bbs.example.cn/t/8842/';
/** The before/after picture's two captions, in the picture's language. */
const captions: Record<(typeof languages)[number][1], [string, string]> = {
  en: [
    'Without Unwall: texts to copy, detours, dead app links',
    'With Unwall: direct links, marked; nothing else changes',
  ],
  zh_CN: [
    '未安装链接直达：要复制的口令、绕路的跳转、点了没反应的 App 链接',
    '安装链接直达后：直接可点的链接，带小标记，其余不变',
  ],
  zh_TW: [
    '未安裝連結直達：要複製的口令、繞路的跳轉、點了沒反應的 App 連結',
    '安裝連結直達後：直接可點的連結，帶小標記，其餘不變',
  ],
};

/** The thread as it shows in a browser: with Unwall, after every fix is in place. */
async function threadShot(browser: Launched, withUnwall: boolean): Promise<{ page: Page; png: Buffer }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 800, height: 860 });
  await page.goto(THREAD);
  if (withUnwall) {
    await page.locator('#jd a[data-unwall]').waitFor();
    await page.locator('#token [data-unwall="token"]').waitFor();
    await page.locator('#app a[data-unwall]').waitFor();
  }
  return { page, png: await page.screenshot() };
}

const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** The same thread side by side, without and with Unwall, each under its caption. */
async function beforeAfter(
  without: Launched,
  browser: Launched,
  suffix: keyof typeof captions,
  file: string,
) {
  const before = await threadShot(without, false);
  const after = await threadShot(browser, true);
  const [left, right] = captions[suffix];
  const half = (png: Buffer, caption: string) => `<figure style="margin:0;flex:1">
      <figcaption style="font:600 17px/1.4 'Noto Sans CJK SC',sans-serif;color:#222;margin:0 0 8px">${caption}</figcaption>
      <img src="${img(png)}" style="width:100%;border:1px solid #c8ccd0;border-radius:6px"></figure>`;
  const stage = await browser.context.newPage();
  await stage.setViewportSize(size);
  await stage.setContent(`<body style="margin:0;padding:18px 24px;background:#fff;display:flex;gap:24px">
    ${half(before.png, left)}${half(after.png, right)}</body>`);
  await stage.screenshot({ path: join(outDir, file) });
}

async function activeTabId(browser: Launched, page: Page): Promise<number> {
  await page.bringToFront();
  return browser.serviceWorker!.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** The popup as the browser shows it: its own rendering, placed under the toolbar over the thread. */
async function popupOverPage(browser: Launched, file: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(THREAD);
  await page.locator('#jd a[data-unwall]').waitFor();
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
      const without = await launchBrowser(server, { lang, withExtension: false });
      try {
        await beforeAfter(without, browser, suffix, `before-after-${suffix}.png`);
        await popupOverPage(browser, `popup-${suffix}.png`);
        await optionsPage(browser, `options-${suffix}.png`);
        await atlasPage(browser, `atlas-${suffix}.png`, 'light');
        await atlasPage(browser, `atlas-dark-${suffix}.png`, 'dark');
      } finally {
        await browser.close();
        await without.close();
      }
      console.log(`store/screenshots/{before-after,popup,options,atlas,atlas-dark}-${suffix}.png`);
    }
  } finally {
    await server.close();
  }
}

await main();
