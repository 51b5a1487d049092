import { reuters2014, techcrunch2014, macdaily2017 } from '../core-sources';
import { definePaymentSite } from '../define-site';

/** Only the China storefront: other storefronts on the same host are other shops. */
export default definePaymentSite({
  id: 'app-store-cn',
  names: { en: 'Apple App Store (China)', zh: 'App Store 中国区' },
  kind: 'apps',
  domains: ['apps.apple.com'],
  path: '/cn/',
  claims: [
    {
      method: 'unionpay',
      status: 'supported',
      since: '2014-11-17',
      confirmed: '2014-11-17',
      say: {
        en: 'You can pay with a UnionPay debit or credit card since November 2014.',
        zh: '自2014年11月起可用银联借记卡或信用卡付款。',
      },
      sources: [reuters2014, techcrunch2014],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: '2016-11',
      confirmed: '2017-08-31',
      say: { en: 'You can pay with Alipay since November 2016.', zh: '自2016年11月起可用支付宝付款。' },
      sources: [macdaily2017],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2017-08',
      confirmed: '2017-08-31',
      say: { en: 'You can pay with WeChat Pay since August 2017.', zh: '自2017年8月起可用微信支付付款。' },
      sources: [macdaily2017],
    },
    {
      method: 'carrier_billing',
      status: 'supported',
      since: null,
      confirmed: '2014-11-16',
      say: { en: 'You can charge purchases to your phone bill.', zh: '可以用话费付款。' },
      sources: [techcrunch2014],
    },
    {
      method: 'intl_cards',
      status: 'supported',
      since: null,
      confirmed: '2014-11-16',
      say: { en: 'Credit cards are accepted.', zh: '可以用信用卡付款。' },
      sources: [techcrunch2014],
    },
  ],
});
