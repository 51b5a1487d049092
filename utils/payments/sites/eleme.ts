import {
  scmp2021wechat,
  forkast2022,
  krasia2021,
  reuters2021,
  yicai2021,
  chinanews2020,
} from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'eleme',
  names: { en: 'Ele.me', zh: '饿了么' },
  kind: 'food',
  domains: ['ele.me'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2021-09',
      say: { en: 'You can pay with Alipay.', zh: '可以用支付宝付款。' },
      sources: [chinanews2020, krasia2021],
    },
    {
      method: 'huabei',
      status: 'supported',
      since: null,
      confirmed: '2020-07-31',
      say: {
        en: "You can pay later with Huabei, Alipay's credit line.",
        zh: '可以用花呗（支付宝的信用付）先买后付。',
      },
      sources: [chinanews2020],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2021-09',
      confirmed: '2021-09-28',
      say: { en: 'You can pay with WeChat Pay since September 2021.', zh: '自2021年9月起可用微信支付。' },
      sources: [yicai2021, reuters2021, scmp2021wechat],
    },
    {
      method: 'ecny',
      status: 'partial',
      since: '2022-01',
      confirmed: '2022-01',
      say: { en: 'e-CNY is accepted in the pilot cities.', zh: '在试点城市可用数字人民币付款。' },
      sources: [forkast2022],
    },
    unconfirmed('unionpay'),
    unconfirmed('intl_cards'),
  ],
});
