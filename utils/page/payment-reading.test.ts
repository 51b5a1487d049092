// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readRealPages, realPageHtml } from '@/tests/e2e/harness/realpages';
import { evidenceElements } from '@/utils/payments/evidence-hosts';
import { findSeenMethods } from '@/utils/payments/evidence';
import { readingLimits } from '@/utils/payments/evidence-limits';
import { readPaymentEvidence } from './payment-reading';

const pagesDir = resolve(import.meta.dirname, '../../tests/fixtures/payment-pages');
const tags = evidenceElements.map((e) => e.tag);

/** A page as the browser would hold it at `url`, with none of its scripts run or fetched. */
function pageAt(url: string, html: string): Document {
  const win = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  win.document.write(html);
  return win.document as unknown as Document;
}

function seenOn(file: string, url = 'https://shop.example.cn/page') {
  const doc = pageAt(url, readFileSync(resolve(pagesDir, file), 'utf8'));
  return findSeenMethods(readPaymentEvidence(doc, tags));
}

const methodsOf = (seen: ReturnType<typeof findSeenMethods>) => seen.map((s) => s.method);

describe('what a checkout page shows of its payment methods', () => {
  it('reads the methods a cashier offers as choices under "选择支付方式"', () => {
    expect(seenOn('checkout-cashier.html')).toEqual([
      { method: 'alipay', evidence: [{ kind: 'label', text: '支付宝' }] },
      { method: 'wechat_pay', evidence: [{ kind: 'label', text: '微信支付' }] },
      { method: 'unionpay', evidence: [{ kind: 'label', text: '银联云闪付' }] },
    ]);
  });

  it('reads an international checkout: SDK scripts, the Apple Pay button, card brands and choices', () => {
    const seen = seenOn('checkout-international.html', 'https://store.example.com/checkout');
    expect(methodsOf(seen)).toEqual(['alipay', 'apple_pay', 'intl_cards', 'paypal']);
    const by = Object.fromEntries(seen.map((s) => [s.method, s.evidence]));
    expect(by.apple_pay).toEqual([
      { kind: 'script', host: 'applepay.cdn-apple.com' },
      { kind: 'element', tag: 'apple-pay-button' },
    ]);
    expect(by.intl_cards).toEqual([
      { kind: 'script', host: 'js.stripe.com', processor: 'Stripe' },
      { kind: 'label', text: 'Visa' },
      { kind: 'label', text: 'Mastercard' },
    ]);
    expect(by.paypal).toEqual([
      { kind: 'script', host: 'www.paypal.com' },
      { kind: 'label', text: 'PayPal' },
    ]);
  });

  it('reads a form that posts to the Alipay gateway and a select under "付款方式"', () => {
    expect(seenOn('checkout-form-post.html')).toEqual([
      {
        method: 'alipay',
        evidence: [
          { kind: 'form', host: 'openapi.alipay.com' },
          { kind: 'label', text: '支付宝' },
        ],
      },
      { method: 'wechat_pay', evidence: [{ kind: 'label', text: '微信支付' }] },
    ]);
  });

  it('reads a PayPal Payments Standard button form', () => {
    expect(seenOn('checkout-paypal-standard.html')).toEqual([
      { method: 'paypal', evidence: [{ kind: 'form', host: 'www.paypal.com' }] },
    ]);
  });
});

describe('pages that only mention payment methods', () => {
  const ordinary = readdirSync(pagesDir).filter((f) => f.startsWith('ordinary-'));

  it('are at least the four kinds the feature must stay silent on', () => {
    expect(ordinary.length).toBeGreaterThanOrEqual(4);
  });

  it.each(ordinary)('%s shows none', (file) => {
    expect(seenOn(file)).toEqual([]);
  });

  it.each(readRealPages().map((page) => [page.file, page] as const))(
    'the real saved page %s shows none',
    (_file, page) => {
      expect(findSeenMethods(readPaymentEvidence(pageAt(page.url, realPageHtml(page)), tags))).toEqual([]);
    },
    30_000,
  );
});

describe('reading a page', () => {
  it('changes nothing of it', () => {
    const html = readFileSync(resolve(pagesDir, 'checkout-international.html'), 'utf8');
    const doc = pageAt('https://store.example.com/checkout', html);
    const before = doc.documentElement.outerHTML;
    readPaymentEvidence(doc, tags);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('names addresses without their query, and only http(s) ones', () => {
    const doc = pageAt(
      'https://shop.example.cn/a',
      '<script src="/app.js?token=secret"></script><a href="javascript:alert(1)">x</a><a href="mailto:a@b.c">m</a>',
    );
    expect(readPaymentEvidence(doc, tags).resources).toEqual([
      { kind: 'page', host: 'shop.example.cn', path: '/a' },
      { kind: 'script', host: 'shop.example.cn', path: '/app.js' },
    ]);
  });

  it('reads no more than its caps on a flood of links and choices', () => {
    const links = Array.from(
      { length: readingLimits.links + 100 },
      (_, i) => `<a href="https://x${i}.example.org/">l</a>`,
    ).join('');
    const choices = Array.from(
      { length: readingLimits.options + 50 },
      (_, i) => `<label><input type="radio">支付宝${i}</label>`,
    );
    const doc = pageAt('https://flood.example.org/', links + `<h2>支付方式</h2>${choices.join('')}`);
    const reading = readPaymentEvidence(doc, tags);
    expect(reading.resources.length).toBe(1 + readingLimits.links);
    expect(reading.options.length).toBe(readingLimits.options);
    // A slow DOM (happy-dom parses thousands of elements slowly on a busy machine): no time is asserted.
  }, 60_000);
});
