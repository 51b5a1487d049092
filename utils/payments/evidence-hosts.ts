import type { PaymentMethod } from './schema';

/**
 * What a page can show of a payment provider, as the collector reads it: the page's own address, a
 * script it loads, a frame it embeds, a form it posts, a link it offers.
 */
export const resourceKinds = ['page', 'script', 'frame', 'form', 'link'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

/** Where a provider's documentation says its cashier, gateway or SDK lives; checked on the date given. */
export interface EvidenceSource {
  title: string;
  url: string;
  checked: string;
}

export interface EvidenceHost {
  method: PaymentMethod;
  /** The company that processes the cards, named beside the method (Stripe, Checkout.com). */
  processor?: string;
  host: string;
  /** The start of the path that belongs to the payment product (`/` for the whole host). */
  path: string;
  /** Which of the page's references count. */
  kinds: readonly ResourceKind[];
  source: EvidenceSource;
}

const CHECKED = '2026-12-02';

const applePayButtons: EvidenceSource = {
  title: 'Apple Developer: Displaying Apple Pay Buttons Using JavaScript',
  url: 'https://developer.apple.com/documentation/applepayontheweb/displaying-apple-pay-buttons-using-javascript',
  checked: CHECKED,
};

/**
 * Cashier, gateway and SDK addresses, each from the provider's own developer documentation. Only
 * addresses a page loads or posts to for paying: a provider's home page, help centre or developer
 * site never counts. Gateways count as form targets only, never as links: blogs about integrating a
 * provider show (and their platforms link) the gateway address in the text.
 */
export const evidenceHosts: readonly EvidenceHost[] = [
  {
    method: 'alipay',
    host: 'openapi.alipay.com',
    path: '/gateway.do',
    // The page-payment API answers with a form the page submits to the gateway, or a frame (QR mode).
    kinds: ['form', 'frame'],
    source: {
      title: 'Alipay Open Platform: alipay.trade.page.pay (统一收单下单并支付页面接口)',
      url: 'https://opendocs.alipay.com/open/028r8t',
      checked: CHECKED,
    },
  },
  {
    method: 'wechat_pay',
    host: 'wx.tenpay.com',
    path: '/cgi-bin/mmpayweb-bin/checkmweb',
    // The H5 payment's `mweb_url`: the page the merchant sends the browser to.
    kinds: ['page', 'form'],
    source: {
      title: 'WeChat Pay: H5 payment development steps (H5支付 开发步骤)',
      url: 'https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=15_4',
      checked: CHECKED,
    },
  },
  ...['gateway.95516.com', 'gateway.test.95516.com'].map((host): EvidenceHost => ({
    method: 'unionpay',
    host,
    path: '/gateway/api/frontTransReq.do',
    kinds: ['form'],
    source: {
      title: 'China UnionPay Open Platform: front transaction request (前台交易请求地址)',
      url: 'https://open.unionpay.com/tjweb/acproduct/APIList?acpAPIId=829&apiservId=449&version=V2.2&bussType=0',
      checked: CHECKED,
    },
  })),
  {
    method: 'paypal',
    host: 'www.paypal.com',
    path: '/sdk/js',
    kinds: ['script'],
    source: {
      title: 'PayPal Developer: JavaScript SDK v5 script configuration',
      url: 'https://developer.paypal.com/sdk/js/v5/configuration',
      checked: CHECKED,
    },
  },
  ...['www.paypal.com', 'www.sandbox.paypal.com'].map((host): EvidenceHost => ({
    method: 'paypal',
    host,
    path: '/web-sdk/v6/',
    kinds: ['script'],
    source: {
      title: 'PayPal Developer: Set up JavaScript SDK v6',
      url: 'https://developer.paypal.com/sdk/js/set-up',
      checked: CHECKED,
    },
  })),
  {
    method: 'paypal',
    host: 'www.paypal.com',
    path: '/cgi-bin/webscr',
    kinds: ['form'],
    source: {
      title: 'PayPal Developer: HTML Form Basics for PayPal Payments Standard',
      url: 'https://developer.paypal.com/archive/paypal-payments-standard/integration-guide/formbasics',
      checked: CHECKED,
    },
  },
  {
    // Stripe asks sites to load Stripe.js on every page (for its fraud checks), not only at checkout:
    // it says the site takes cards through Stripe, which is what is shown.
    method: 'intl_cards',
    processor: 'Stripe',
    host: 'js.stripe.com',
    path: '/',
    kinds: ['script'],
    source: {
      title: 'Stripe.js reference: Including Stripe.js',
      url: 'https://docs.stripe.com/js/including',
      checked: CHECKED,
    },
  },
  {
    method: 'intl_cards',
    processor: 'Checkout.com',
    host: 'cdn.checkout.com',
    path: '/js/frames',
    kinds: ['script'],
    source: {
      title: 'Checkout.com: Get started with Frames',
      url: 'https://www.checkout.com/docs/previous/integrate/frames/get-started',
      checked: CHECKED,
    },
  },
  {
    method: 'apple_pay',
    host: 'applepay.cdn-apple.com',
    path: '/jsapi/',
    kinds: ['script'],
    source: applePayButtons,
  },
];

export interface EvidenceElement {
  method: PaymentMethod;
  /** A custom element only the provider's SDK defines. */
  tag: string;
  source: EvidenceSource;
}

export const evidenceElements: readonly EvidenceElement[] = [
  { method: 'apple_pay', tag: 'apple-pay-button', source: applePayButtons },
];
