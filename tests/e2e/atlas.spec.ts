import type { Page } from '@playwright/test';
import { atlasMethods, filterSites, openFilter, type AtlasFilter } from '../../utils/payments/atlas';
import { isReported } from '../../utils/payments/grade';
import { paymentSites } from '../../utils/payments/registry';
import { wallsTimeline } from '../../utils/payments/timeline';
import { expect, test } from './fixtures';
import { launchBrowser } from './harness/launch';
import { openOnPhone, overflow, PHONE, PHONE_WIDTH, smallTargets } from './harness/phone';

/**
 * The payments atlas, against whatever the registry holds: one row per site, the filters and the
 * search keep exactly the rows the pure filter keeps, the timeline is there, and a 360 px window
 * scrolls only inside the grid.
 */

const ids = (filter: Partial<AtlasFilter>) =>
  filterSites(paymentSites, { ...openFilter, ...filter }).map((s) => s.id);
const rowIds = (page: Page) =>
  page
    .locator('.atlas-grid tbody tr')
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.site));

/** The method that keeps the fewest sites: the one whose filter narrows the grid most. */
const narrowestMethod = atlasMethods(paymentSites)
  .map((method) => ({ method, kept: ids({ method }).length }))
  .sort((a, b) => a.kept - b.kept)[0]?.method;

test('opens from the popup’s link, with one row per site and the timeline', async ({
  context,
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  const opened = context.waitForEvent('page');
  await popup.getByRole('link', { name: 'Payments atlas' }).click();
  const atlas = await opened;
  await expect(atlas).toHaveURL(/\/atlas\.html$/);
  await expect(atlas.getByRole('heading', { name: 'Payments atlas' })).toBeVisible();
  await expect(atlas.locator('.atlas-grid tbody tr')).toHaveCount(paymentSites.length);
  // An empty dataset says so, instead of an empty grid.
  await expect(atlas.locator('.atlas-empty')).toHaveCount(paymentSites.length === 0 ? 1 : 0);
  await expect(atlas.locator('.timeline__event')).toHaveCount(wallsTimeline.length);
  await expect(atlas.locator('.timeline__event').first()).toContainText(wallsTimeline[0]!.title.en);
});

for (const site of paymentSites.slice(0, 1)) {
  test(`searching and filtering keep exactly the matching rows (${site.id})`, async ({
    openExtensionPage,
  }) => {
    const atlas = await openExtensionPage('atlas.html');
    const search = atlas.getByRole('searchbox', { name: 'Search sites' });
    for (const query of [site.names.zh, site.domains[0]!]) {
      await search.fill(query);
      await expect.poll(() => rowIds(atlas)).toEqual(ids({ query }));
      expect(ids({ query })).toContain(site.id);
    }
    await search.fill('');
    await expect(atlas.locator('.atlas-grid tbody tr')).toHaveCount(paymentSites.length);
    await atlas.getByRole('combobox', { name: 'Payment method' }).selectOption(narrowestMethod!);
    await expect.poll(() => rowIds(atlas)).toEqual(ids({ method: narrowestMethod }));

    const cell = atlas.locator('.atlas-cell__button').first();
    await cell.click();
    await expect(cell).toHaveAttribute('aria-expanded', 'true');
    await expect(atlas.locator('#atlas-claim h3')).toBeVisible();
  });
}

test('draws reported claims in the neutral colour, never as accepted', async ({ openExtensionPage }) => {
  const atlas = await openExtensionPage('atlas.html');
  await expect(atlas.locator('.timeline__event').first()).toBeVisible();
  const today = new Date();
  const reported = paymentSites.flatMap((site) =>
    site.claims.filter((claim) => claim.status !== 'unknown' && isReported(claim, today)),
  );
  await expect(atlas.locator('.atlas-grid .status-reported')).toHaveCount(reported.length);
  const colours = await atlas.evaluate(() => {
    const colourOf = (selector: string) =>
      [...document.querySelectorAll(selector)].map((el) => getComputedStyle(el).color);
    return {
      reported: colourOf(
        '.atlas-grid .status-reported .status-icon, .atlas-legend .status-reported .status-icon',
      ),
      accepted: colourOf('.atlas-legend .status-supported .status-icon'),
      unknown: colourOf('.atlas-legend .status-unknown .status-icon'),
    };
  });
  for (const colour of colours.reported) {
    expect(colour).not.toBe(colours.accepted[0]);
    expect(colour).toBe(colours.unknown[0]);
  }
});

test('a 360 px window scrolls sideways only inside the grid', async ({ openExtensionPage }) => {
  const atlas = await openExtensionPage('atlas.html');
  await atlas.setViewportSize({ width: 360, height: 740 });
  await expect(atlas.locator('.timeline__event').first()).toBeVisible();
  const widths = await atlas.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: innerWidth,
    grids: [...document.querySelectorAll('.atlas-scroll')].map((box) => box.clientWidth),
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.window);
  for (const width of widths.grids) expect(width).toBeLessThanOrEqual(widths.window);
  const firstColumn = atlas.locator('.atlas-grid__site').first();
  for (const cell of (await firstColumn.all()).slice(0, 1))
    expect(await cell.evaluate((th) => getComputedStyle(th).position)).toBe('sticky');
});

test('on a phone it fits the screen, and every control is big enough to tap', async ({ server }) => {
  const phone = await launchBrowser(server, { device: PHONE });
  try {
    const atlas = await openOnPhone(phone.context, `chrome-extension://${phone.extensionId}/atlas.html`);
    await expect(atlas.locator('.timeline__event').first()).toBeVisible();
    for (const cell of (await atlas.locator('.atlas-cell__button').all()).slice(0, 1)) await cell.click();
    const { scrollWidth, innerWidth } = await overflow(atlas);
    expect(innerWidth, 'the phone zoomed out to show wider content').toBe(PHONE_WIDTH);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(await smallTargets(atlas)).toEqual([]);
  } finally {
    await phone.close();
  }
});
