import type { PaymentMethod } from './schema';

/**
 * The words of a checkout, matched whole after `normalizeLabel`: a payment option's label must be
 * the method's name and nothing more ("支付宝", "使用支付宝付款", "Apple Pay"), never a sentence
 * that mentions it. Names only: nothing here needs a source beyond the method itself.
 */
export const methodLabels: readonly { method: PaymentMethod; label: RegExp }[] = [
  { method: 'alipay', label: /^(?:使用|用)?支付宝(?:支付|付款)?$|^(?:paywith)?alipay$/ },
  { method: 'wechat_pay', label: /^(?:使用|用)?微信(?:支付|付款)?$|^(?:paywith)?(?:wechat|weixin)pay$/ },
  {
    method: 'unionpay',
    label: /^(?:中国)?银联(?:在线)?(?:支付|付款)?$|^(?:银联)?云闪付(?:支付|付款)?$|^(?:paywith)?unionpay$/,
  },
  { method: 'huabei', label: /^(?:蚂蚁)?花呗(?:分期)?(?:支付|付款)?$/ },
  { method: 'ecny', label: /^数字人民币(?:支付|付款)?$|^e-?cny$/ },
  { method: 'jd_pay', label: /^京东支付$/ },
  { method: 'douyin_pay', label: /^抖音支付$/ },
  { method: 'meituan_pay', label: /^美团支付$/ },
  { method: 'duoduo_pay', label: /^多多支付$/ },
  { method: 'qq_wallet', label: /^qq钱包(?:支付|付款)?$/ },
  { method: 'china_mobile_hebao', label: /^(?:中国移动)?和包(?:支付)?$/ },
  { method: 'apple_pay', label: /^(?:paywith)?applepay$/ },
  { method: 'paypal', label: /^(?:paywith)?paypal$|^贝宝(?:支付)?$/ },
  {
    // International card brands by name; a bare "信用卡" at a Chinese checkout is usually a domestic card.
    method: 'intl_cards',
    label: /^(?:visa|mastercard|americanexpress|amex|jcb|visa\/mastercard|国际信用卡|外卡(?:支付)?)$/,
  },
];

/**
 * Headings that name a payment choice: "支付方式", "选择支付方式", "收银台", "Payment method",
 * "Pay with". Whole headings only: a question ("你常用哪种支付方式？") or a title about payments
 * ("微信支付使用指南") is not one.
 */
export const checkoutHeadings: readonly RegExp[] = [
  /^(?:请)?(?:选择)?(?:其他|更多)?(?:支付|付款)(?:方式|方法|渠道)$/,
  /^收银台$/,
  /^(?:(?:select|choose)(?:a|your)?)?payment(?:method|methods|option|options|type)$/,
  /^paywith$/,
];

/**
 * The buttons that pay or place the order. A choice of methods counts only on a page that also has
 * one of these: a filter ("支付方式：支付宝 / 微信") on a listing page has none.
 */
export const payActions: readonly RegExp[] = [
  /^(?:立即|确认|去|马上|继续)?(?:支付|付款)(?:¥?[\d.,]+元?)?$/,
  /^(?:提交|确认)订单$/,
  /^(?:placeorder|paynow|pay|checkout|completepurchase|completeorder|continuetopayment)$/,
];

/**
 * A label or heading as matched: width-folded (NFKC), lower case, without spaces, and without the
 * punctuation, numbering and marks around it ("1. 选择支付方式：", "Payment method *").
 * @example normalizeLabel(' 2. 选择支付方式： ') // '选择支付方式'
 * @example normalizeLabel('Apple Pay') // 'applepay'
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^[\d.、()（）[\]*:：·\-–—]+|[*:：。.!！?？()（）\-–—]+$/gu, '');
}
