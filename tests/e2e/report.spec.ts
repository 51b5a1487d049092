import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const ITEM = 'https://item.taobao.com/item.htm?id=4242424242&spm=a21n57.secret#detail';
const WRAPPED = 'https://link.zhihu.com/?target=https%3A//github.com/unwall/report';
const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
  version: string;
};

test.describe('"Copy a report"', () => {
  test('the popup’s report names the version, the browser, the page’s shape and its rules, and copies it', async ({
    context,
    server,
    openPopupFor,
  }) => {
    server.page(ITEM, `<p><a id="out" href="${WRAPPED}">a wrapped link</a></p>`);
    const page = await context.newPage();
    await page.goto(ITEM);
    await expect(page.locator('#out')).toHaveAttribute('href', 'https://github.com/unwall/report');
    // The clipboard is read back in the web page: no permission can be granted to an extension's origin.
    await context.grantPermissions(['clipboard-read'], { origin: new URL(ITEM).origin });
    const popup = await openPopupFor(page);
    const card = popup.getByRole('region', { name: 'Report a problem' });
    await card.getByText('What the report holds').click();
    const report = card.getByLabel('What the report holds');
    await expect(report).toContainText('Fixed on the page: zhihu wrapper');
    const text = (await report.textContent())!;
    expect(text).toMatch(new RegExp(`^Unwall ${version.replaceAll('.', '\\.')}\nBrowser: [A-Za-z ]+ \\d+\n`));
    expect(text).toContain('Page: https://item.taobao.com/item.htm?id=…&spm=…\nSite rules: taobao\n');
    expect(text).not.toMatch(/4242424242|secret|detail/);
    await card.getByRole('button', { name: 'Copy a report' }).click();
    await expect(card.getByRole('status')).toHaveText('Report copied. Paste it into an issue.');
    await page.bringToFront();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await expect(card.getByRole('link', { name: 'Open the issue tracker' })).toHaveAttribute(
      'href',
      /^https:\/\//,
    );
  });

  test('the options page’s report has no page, and names the switches changed', async ({
    openExtensionPage,
  }) => {
    const options = await openExtensionPage('options.html');
    await options.getByRole('switch', { name: /^Mark fixed links/ }).click({ force: true });
    const card = options.getByRole('region', { name: 'Report a problem' });
    await card.getByText('What the report holds').click();
    const report = card.getByLabel('What the report holds');
    await expect(report).toContainText('Switches changed from the defaults: marker off');
    await expect(report).not.toContainText('Page:');
  });
});
