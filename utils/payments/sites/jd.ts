import {
  latepost2024,
  straitstimes2024,
  jdunionpay2011,
  scmp2024jd,
  futu2024,
  ndrc2025,
  cryptomak2020,
  dao2021,
  s8btc2022,
} from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'jd',
  names: { en: 'JD.com', zh: '京东' },
  kind: 'shopping',
  domains: ['jd.com', 'jd.hk', '3.cn'],
  claims: [
    {
      method: 'jd_pay',
      status: 'supported',
      since: null,
      confirmed: '2024-09-26',
      say: { en: 'JD Pay is the default way to pay.', zh: '京东支付是默认的付款方式。' },
      sources: [latepost2024],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2024-09-26',
      say: { en: 'You can pay with WeChat Pay.', zh: '可以用微信支付付款。' },
      sources: [latepost2024],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: '2011-07',
      confirmed: '2024-09-26',
      say: {
        en: "UnionPay's Cloud QuickPass is one of the default ways to pay.",
        zh: '银联云闪付是默认付款方式之一。',
      },
      sources: [jdunionpay2011, latepost2024],
    },
    {
      method: 'alipay',
      status: 'partial',
      since: '2024-10',
      confirmed: '2025-01-07',
      say: {
        en: 'Alipay has been opening gradually since October 2024; some shops and items do not take it yet.',
        zh: '自2024年10月起逐步开放支付宝，部分商家和商品暂不支持。',
      },
      sources: [ndrc2025, scmp2024jd, futu2024, latepost2024, straitstimes2024],
    },
    {
      method: 'ecny',
      status: 'supported',
      since: '2020-12',
      confirmed: '2022-01',
      say: { en: 'e-CNY is accepted in the pilot regions.', zh: '在试点地区可用数字人民币付款。' },
      sources: [cryptomak2020, dao2021, s8btc2022],
    },
    unconfirmed('intl_cards'),
    unconfirmed('apple_pay'),
  ],
});
