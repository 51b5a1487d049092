import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { evaluateIn, popupTarget } from './harness/toolbar-popup';

const pagesDir = resolve(import.meta.dirname, '../fixtures/payment-pages');
const fixture = (file: string) => readFileSync(resolve(pagesDir, file), 'utf8');

type Evaluate = Awaited<ReturnType<typeof evaluateIn>>;

/**
 * Clicks the toolbar button on `page`, as the user does: the browser opens the popup and grants it
 * `activeTab` on that tab (a popup opened as a page gets no grant). Returns an evaluator in the popup.
 */
async function clickToolbarButton(
  context: BrowserContext,
  extensionId: string,
  page: Page,
): Promise<Evaluate> {
  await page.bringToFront();
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never);
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  expect(tab, page.url()).toBeDefined();
  await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab!.targetId } as never);
  return evaluateIn(cdp, await popupTarget(cdp));
}

/** The popup's "seen on this page" rows once it has read the page: [method, evidence], or null with no section. */
async function seenRows(evaluate: Evaluate): Promise<string[] | null> {
  await expect
    // A busy machine can take a while to read the page; no time is asserted, only the state waited for.
    .poll(() => evaluate(`document.querySelector('main')?.getAttribute('aria-busy')`), { timeout: 30_000 })
    .toBe('false');
  return (await evaluate(`(() => {
    const section = document.querySelector('.seen');
    if (!section) return null;
    return [section.querySelector('h2').textContent, ...[...section.querySelectorAll('li')].map((li) =>
      li.querySelector('.seen__name').textContent + ': ' + li.querySelector('.seen__how').textContent)];
  })()`)) as string[] | null;
}

async function open(
  context: BrowserContext,
  server: { page(url: string, html: string): void },
  url: string,
  html: string,
) {
  server.page(url, html);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test.describe('seen on this page', () => {
  test('a checkout posting to the Alipay gateway, with its choices under "付款方式", shows Alipay and WeChat Pay', async ({
    context,
    extensionId,
    server,
  }) => {
    const page = await open(
      context,
      server,
      'https://m.example-mall.cn/order/confirm',
      fixture('checkout-form-post.html'),
    );
    expect(await seenRows(await clickToolbarButton(context, extensionId, page))).toEqual([
      'Seen on this page today',
      'Alipay: form posting to openapi.alipay.com; option “支付宝” in the payment choices',
      'WeChat Pay: option “微信支付” in the payment choices',
    ]);
  });

  test('a page loading the Stripe and PayPal scripts shows cards and PayPal, and the extension asks the network nothing', async ({
    context,
    extensionId,
    server,
  }) => {
    const scripts = ['https://js.stripe.com/v3/', 'https://www.paypal.com/sdk/js'];
    for (const src of scripts) server.page(src, '');
    const url = 'https://store.example.com/checkout';
    const html = `<!doctype html><title>Checkout</title>${scripts.map((src) => `<script src="${src}"></script>`).join('')}<p>Total $42</p>`;
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request));
    const page = await open(context, server, url, html);
    expect(await seenRows(await clickToolbarButton(context, extensionId, page))).toEqual([
      'Seen on this page today',
      'International cards: script from js.stripe.com (Stripe)',
      'PayPal: script from www.paypal.com',
    ]);
    // The page loads its own scripts; the extension adds nothing but its own packaged files.
    const others = requests
      .map((r) => r.url())
      .filter(
        (u) => u !== url && !scripts.includes(u) && !u.startsWith(`chrome-extension://${extensionId}/`),
      );
    expect(others).toEqual([]);
  });

  test('an article about Alipay and WeChat Pay shows no such section', async ({
    context,
    extensionId,
    server,
  }) => {
    const page = await open(
      context,
      server,
      'https://news.example.cn/tech/2026/pay',
      fixture('ordinary-article.html'),
    );
    expect(await seenRows(await clickToolbarButton(context, extensionId, page))).toBeNull();
  });

  test('a popup without the toolbar click reads nothing and shows the rest as usual', async ({
    context,
    server,
    openPopupFor,
  }) => {
    const page = await open(
      context,
      server,
      'https://m.example-mall.cn/order/again',
      fixture('checkout-form-post.html'),
    );
    const popup = await openPopupFor(page);
    await expect(popup.locator('main')).toHaveAttribute('aria-busy', 'false');
    await expect(popup.locator('.seen')).toHaveCount(0);
    await expect(popup.getByRole('textbox', { name: 'Paste a share text or link' })).toBeVisible();
  });
});
