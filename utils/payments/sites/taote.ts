import { bbd2024taote, beijingdaily2024, dao2024taote, krasia2021, scmp2021taote } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

/** An app without a web site of its own (tejia.taobao.com is an older, different channel): found by search, never by a tab's address. */
export default definePaymentSite({
  id: 'taote',
  names: { en: 'Taobao Deals (Taote)', zh: '淘特' },
  kind: 'shopping',
  domains: [],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2024-08-19',
      say: { en: 'Alipay is the default way to pay in the app.', zh: 'App 内默认用支付宝付款。' },
      sources: [bbd2024taote],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2024-08-19',
      confirmed: '2024-09-05',
      say: {
        en: 'You can pay with WeChat Pay in the app since August 2024.',
        zh: '自2024年8月起，App 内可用微信支付。',
      },
      sources: [bbd2024taote, beijingdaily2024, dao2024taote, krasia2021, scmp2021taote],
    },
    unconfirmed('unionpay'),
    unconfirmed('ecny'),
    unconfirmed('intl_cards'),
  ],
});
