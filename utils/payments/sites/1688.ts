import { worldfirst2024 } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: '1688',
  names: { en: '1688.com', zh: '1688' },
  kind: 'shopping',
  domains: ['1688.com'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2024-10-14',
      say: {
        en: 'Alipay is the usual way to pay; it needs a mainland account and bank card.',
        zh: '通常用支付宝付款，需要中国大陆的账户和银行卡。',
      },
      sources: [worldfirst2024],
    },
    {
      method: 'worldfirst',
      status: 'supported',
      since: '2024-10',
      confirmed: '2024-10-14',
      say: {
        en: 'Buyers outside mainland China can pay from a WorldFirst balance since October 2024.',
        zh: '自2024年10月起，中国大陆以外的买家可用万里汇余额付款。',
      },
      sources: [worldfirst2024],
    },
    unconfirmed('wechat_pay'),
    unconfirmed('intl_cards'),
    unconfirmed('ecny'),
  ],
});
