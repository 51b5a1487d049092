import { expect, test } from './fixtures';

const TRACKER = 'https://click.tracker.example/c?id=7&u=https%3A%2F%2Fshop.example.org%2Fitem%2F1';

test('the generic fallback is off by default, and once on leaves sign-in links alone', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const post = await context.newPage();
  await post.goto('https://forum.example.net/generic/');
  // Off by default: the tracker's link is sent nowhere and stays.
  await post.waitForTimeout(500);
  await expect(post.locator('#tracker')).toHaveAttribute('href', TRACKER);

  const options = await openExtensionPage('options.html');
  const generic = options.getByRole('switch', { name: /^Generic redirect fallback/ });
  await expect(generic).not.toBeChecked();
  await generic.click({ force: true });
  await expect
    .poll(() => serviceWorker.evaluate(async () => (await chrome.storage.local.get('features')).features))
    .toMatchObject({ generic: true });

  await post.reload();
  const tracker = post.locator('#tracker');
  await expect(tracker).toHaveAttribute('href', 'https://shop.example.org/item/1');
  await expect(tracker).toHaveAttribute('data-unwall', 'generic');
  await expect(tracker).toHaveAttribute('title', /generic redirect \(guessed\)/);
  await expect(post.locator('#same-site')).toHaveAttribute(
    'href',
    /^https:\/\/forum\.example\.net\/out\?url=/,
  );

  const login = await context.newPage();
  await login.goto('https://app.example.org/login/');
  // The tracker page shows the content script answers within this time once the switch is on.
  await login.waitForTimeout(1000);
  await expect(login.locator('[data-unwall]')).toHaveCount(0);
  await expect(login.locator('#github')).toHaveAttribute(
    'href',
    /^https:\/\/github\.com\/login\/oauth\/authorize\?/,
  );
  await expect(login.locator('#google')).toHaveAttribute(
    'href',
    /redirect_uri=https%3A%2F%2Fapp\.example\.org/,
  );
  await expect(login.locator('#cas')).toHaveAttribute('href', /service=https%3A%2F%2Fapp\.example\.org/);
});
