import { krasia2021, reuters2021, yicai2021, cnbc2021 } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'xianyu',
  names: { en: 'Xianyu (Idle Fish)', zh: '闲鱼' },
  kind: 'shopping',
  domains: ['goofish.com'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2021-09-28',
      say: { en: 'Alipay is the usual way to pay.', zh: '通常用支付宝付款。' },
      sources: [reuters2021],
    },
    {
      method: 'wechat_pay',
      status: 'pending',
      since: null,
      confirmed: '2021-09-28',
      say: {
        en: 'In 2021 Xianyu said it was waiting for approval to add WeChat Pay; no launch has been reported since.',
        zh: '2021年闲鱼表示正在等待接入微信支付的审批，此后未见上线的报道。',
      },
      sources: [yicai2021, krasia2021, cnbc2021],
    },
    unconfirmed('unionpay'),
    unconfirmed('ecny'),
    unconfirmed('intl_cards'),
  ],
});
