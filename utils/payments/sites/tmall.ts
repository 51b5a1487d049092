import {
  chinadaily2024taobao,
  nbd2024,
  shine2024taobao,
  chinadaily2021,
  straitstimes2024,
  chinadaily2022ecny,
  forkast2022,
} from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'tmall',
  names: { en: 'Tmall', zh: '天猫' },
  kind: 'shopping',
  domains: ['tmall.com', 'tmall.hk'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2024-09-27',
      say: { en: "Alipay is Tmall's main way to pay.", zh: '支付宝是天猫最主要的付款方式。' },
      sources: [shine2024taobao],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2024-09-12',
      confirmed: '2024-09-27',
      say: {
        en: 'You can pay with WeChat Pay at checkout, for most shops since September 2024.',
        zh: '结账时可用微信支付，自2024年9月起大多数店铺支持。',
      },
      sources: [nbd2024, chinadaily2024taobao, shine2024taobao],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      confirmed: '2024-09-27',
      say: { en: "UnionPay's Cloud QuickPass is offered at checkout.", zh: '结账时可用银联云闪付。' },
      sources: [shine2024taobao, chinadaily2021],
    },
    {
      method: 'china_mobile_hebao',
      status: 'supported',
      since: null,
      confirmed: '2024-09-27',
      say: { en: "China Mobile's Hebao wallet is one of the ways to pay.", zh: '可以用中国移动和包付款。' },
      sources: [shine2024taobao],
    },
    {
      method: 'intl_cards',
      status: 'partial',
      since: null,
      confirmed: '2024-10-06',
      say: {
        en: 'Credit and debit cards, foreign ones too, work through the Alipay checkout, not for every item.',
        zh: '可通过支付宝收银台用信用卡或借记卡（含境外卡）付款，但并非所有商品都支持。',
      },
      sources: [straitstimes2024],
    },
    {
      method: 'ecny',
      status: 'partial',
      since: '2022-01',
      confirmed: '2022-12-27',
      say: {
        en: 'e-CNY works in some stores, such as Tmall Supermarket, in the pilot regions.',
        zh: '在试点地区，天猫超市等部分店铺支持数字人民币。',
      },
      sources: [forkast2022, chinadaily2022ecny],
    },
    unconfirmed('huabei'),
    unconfirmed('apple_pay'),
    unconfirmed('paypal'),
  ],
});
