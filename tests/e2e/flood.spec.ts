import { expect, test } from './fixtures';
import {
  FLOOD_FRAMES,
  floodLinks,
  SHARE_PAGE,
  SHARE_TARGET,
  serveSharePage,
  startFlood,
} from './harness/flood';

/**
 * No page can hog the background: one tab floods it from several frames, and other tabs and the
 * popup are still answered. The background once ran each batch whole, in arrival order: another tab
 * waited for every batch the flood had sent before it, tens of seconds.
 */
test.describe('a page flooding the background', () => {
  // Starting a flood and seeing the background at work on it takes a while on a busy machine; what
  // is asserted of the other tab keeps the normal timeout.
  test.describe.configure({ timeout: 120_000 });
  test.beforeEach(({ server }) => serveSharePage(server));

  test(`leaves another tab its links while it floods from ${FLOOD_FRAMES} frames`, async ({ context }) => {
    const flood = await context.newPage();
    await startFlood(flood);
    const other = await context.newPage();
    await other.goto(SHARE_PAGE);
    await expect(other.locator('#share [data-unwall-href]')).toHaveAttribute(
      'data-unwall-href',
      SHARE_TARGET,
    );
    // The flood is served in turn, not refused: its frames get their answers too, in their time.
    await expect(floodLinks(flood).first()).toBeAttached({ timeout: 90_000 });
  });

  test('leaves the popup its answers about the other tab', async ({ context, openPopupFor }) => {
    await startFlood(await context.newPage());
    const other = await context.newPage();
    await other.goto(SHARE_PAGE);
    await expect(other.locator('#share [data-unwall-href]')).toBeAttached();
    const popup = await openPopupFor(other);
    await expect(popup.getByRole('link', { name: `Open ${SHARE_TARGET}` })).toBeVisible();
  });
});
