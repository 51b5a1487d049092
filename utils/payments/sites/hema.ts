import { ecnyrollout2022, krasia2021, yicai2021, hanshow2016, eastday2017 } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'hema',
  names: { en: 'Hema (Freshippo)', zh: '盒马' },
  kind: 'shopping',
  domains: ['freshhema.com', 'freshippo.com'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2017-08-11',
      say: {
        en: 'You pay with Alipay in the app and in the stores.',
        zh: '在 App 和门店都可以用支付宝付款。',
      },
      sources: [hanshow2016, eastday2017],
    },
    {
      method: 'wechat_pay',
      status: 'pending',
      since: null,
      confirmed: '2021-09-28',
      say: {
        en: 'In 2021 Hema said it was waiting for approval to add WeChat Pay; no launch has been reported since.',
        zh: '2021年盒马表示正在等待接入微信支付的审批，此后未见上线的报道。',
      },
      sources: [yicai2021, krasia2021, eastday2017],
    },
    {
      method: 'ecny',
      status: 'partial',
      since: null,
      confirmed: '2022-12',
      say: {
        en: 'e-CNY through Alipay is accepted in some places, in the pilot regions.',
        zh: '在试点地区，部分场景可通过支付宝用数字人民币付款。',
      },
      sources: [ecnyrollout2022],
    },
    unconfirmed('unionpay'),
    unconfirmed('intl_cards'),
  ],
});
