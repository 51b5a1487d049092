import type { PaymentMethod } from './schema';

/**
 * What a shopper calls each method, in both languages, for the data's plain sentences (the popup
 * names methods from `_locales`, where these same names are `method_<id>`).
 * @example methodNames.wechat_pay.zh // '微信支付'
 */
export const methodNames: Readonly<Record<PaymentMethod, { en: string; zh: string }>> = {
  alipay: { en: 'Alipay', zh: '支付宝' },
  wechat_pay: { en: 'WeChat Pay', zh: '微信支付' },
  unionpay: { en: 'UnionPay', zh: '银联' },
  ecny: { en: 'e-CNY', zh: '数字人民币' },
  huabei: { en: 'Huabei', zh: '花呗' },
  jd_pay: { en: 'JD Pay', zh: '京东支付' },
  douyin_pay: { en: 'Douyin Pay', zh: '抖音支付' },
  meituan_pay: { en: 'Meituan Pay', zh: '美团支付' },
  duoduo_pay: { en: 'Duoduo Pay', zh: '多多支付' },
  apple_pay: { en: 'Apple Pay', zh: 'Apple Pay' },
  intl_cards: { en: 'a foreign card', zh: '境外银行卡' },
  paypal: { en: 'PayPal', zh: 'PayPal' },
  china_mobile_hebao: { en: 'China Mobile Hebao', zh: '中国移动和包' },
  qq_wallet: { en: 'QQ Wallet', zh: 'QQ钱包' },
  kuaishou_pay: { en: 'Kuaishou Pay', zh: '快手支付' },
  zhima_pay_later: { en: 'Zhima pay later', zh: '芝麻先用后付' },
  weibo_pay: { en: 'Weibo Pay', zh: '微博支付' },
  worldfirst: { en: 'WorldFirst', zh: '万里汇' },
  carrier_billing: { en: 'your phone bill', zh: '话费' },
};
