import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { launchBrowser } from './harness/launch';

const tw = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/_locales/zh_TW/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

/** A browser in Traditional Chinese gets the zh_TW catalogue, Taiwan's date format and Chinese names. */
for (const lang of ['zh-TW', 'zh-HK']) {
  test(`a ${lang} browser shows the Traditional Chinese UI`, async ({ server }) => {
    const browser = await launchBrowser(server, { lang });
    try {
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await expect(options.locator('#sites-heading')).toHaveText(tw.sitesHeading!.message);
      await expect(options.locator('html')).toHaveAttribute('lang', 'zh-TW');
    } finally {
      await browser.close();
    }
  });
}
