import { railway2017 } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

/** The railway notice's copy is undated; it names 12306's internet meal ordering (from July 2017) as already running, so its 23 November is 2017. */
export default definePaymentSite({
  id: '12306',
  names: { en: 'China Railway 12306', zh: '铁路12306' },
  kind: 'travel',
  domains: ['12306.cn'],
  claims: [
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      confirmed: '2017-11',
      say: {
        en: 'You can pay with UnionPay cards or through the big banks.',
        zh: '可以用银联卡或各大银行付款。',
      },
      sources: [railway2017],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2017-11',
      say: { en: 'You can pay with Alipay.', zh: '可以用支付宝付款。' },
      sources: [railway2017],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2017-11-23',
      confirmed: '2017-11',
      say: {
        en: 'You can pay with WeChat Pay on the website and in the app.',
        zh: '网站和 App 都可以用微信支付付款。',
      },
      sources: [railway2017],
    },
    unconfirmed('intl_cards'),
    unconfirmed('ecny'),
  ],
});
