import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PAGE = 'https://forum.example.net/imported/';
/** Two wrappers no built-in rule knows: one a uBlock Origin filter skips, one a ClearURLs provider. */
const UBO_LINK = 'https://out.ubo-wrapper.example/go?u=https%3A%2F%2Fshop.example.org%2Fubo';
const CLEARURLS_LINK = 'https://r.clear-wrapper.example/jump?x=1&dest=https%3A%2F%2Fshop.example.org%2Fcu';
const HTML = `<!doctype html><meta charset="utf-8"><title>Imported rules</title>
<p><a id="ubo" href="${UBO_LINK}">a uBO-skipped wrapper</a></p>
<p><a id="cu" href="${CLEARURLS_LINK}">a ClearURLs redirection</a></p>`;

const UBO_LINES = [
  '! from a uBlock Origin filter list',
  '||out.ubo-wrapper.example/go?u=http$doc,urlskip=?u',
];
const CLEARURLS_FILE = JSON.stringify({
  providers: {
    clearwrapper: {
      urlPattern: '^https?:\\/\\/(?:[a-z0-9-]+\\.)*?clear-wrapper\\.example',
      redirections: ['^https?:\\/\\/r\\.clear-wrapper\\.example\\/jump\\?.*?dest=([^&]*)'],
    },
  },
});

/** Pastes rules into "Bring in rules from other extensions", previews them and adds what translates. */
async function bringIn(options: Page, text: string, example: string, expected: string): Promise<void> {
  await options.getByLabel('Rules to bring in').fill(text);
  await options.getByLabel('An address to test them on (optional)').fill(example);
  await options.getByRole('button', { name: 'Preview' }).click();
  const section = options.locator('section[aria-labelledby="import-rules-heading"]');
  // The preview shows what the rule does to the example before anything is added.
  await expect(section.locator('table')).toContainText(expected);
  await section.getByRole('button', { name: 'Add 1 rules' }).click();
}

test('a uBlock Origin urlskip= line and a ClearURLs redirection, brought in, unwrap their links on a page', async ({
  context,
  server,
  openExtensionPage,
}) => {
  server.page(PAGE, HTML);
  const page = await context.newPage();
  await page.goto(PAGE);
  // No rule knows these wrappers yet: the page keeps them (once Unwall has seen the page).
  await expect(page.locator('#ubo')).toHaveAttribute('href', UBO_LINK);
  await expect(page.locator('#cu')).toHaveAttribute('href', CLEARURLS_LINK);
  const options = await openExtensionPage('options.html');
  await bringIn(options, UBO_LINES.join('\n'), UBO_LINK, 'https://shop.example.org/ubo');
  await bringIn(options, CLEARURLS_FILE, CLEARURLS_LINK, 'https://shop.example.org/cu');
  // Both are now the user's own rules, listed with the others.
  const ownRules = options.locator('section[aria-labelledby="rules-heading"]');
  await expect(ownRules).toContainText('out.ubo-wrapper.example');
  await expect(ownRules).toContainText('r.clear-wrapper.example');

  await page.reload();
  await expect(page.locator('#ubo')).toHaveAttribute('href', 'https://shop.example.org/ubo');
  await expect(page.locator('#cu')).toHaveAttribute('href', 'https://shop.example.org/cu');
});
