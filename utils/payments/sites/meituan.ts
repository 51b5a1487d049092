import {
  forkast2022,
  beijingdaily2024,
  chinanews2020,
  dao2021,
  technode2020,
  pandaily2020,
  scmp2022ecny,
} from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'meituan',
  names: { en: 'Meituan', zh: '美团' },
  kind: 'food',
  domains: ['meituan.com'],
  claims: [
    {
      method: 'meituan_pay',
      status: 'supported',
      since: '2020-05',
      confirmed: '2020-07-30',
      say: {
        en: 'Meituan Pay, with its pay-next-month credit, is offered first.',
        zh: '优先提供美团支付（含美团月付）。',
      },
      sources: [technode2020, pandaily2020],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2020-07-31',
      say: { en: 'You can pay with WeChat Pay.', zh: '可以用微信支付付款。' },
      sources: [technode2020, chinanews2020],
    },
    {
      method: 'apple_pay',
      status: 'supported',
      since: null,
      confirmed: '2020-07-30',
      say: { en: 'You can pay with Apple Pay.', zh: '可以用 Apple Pay 付款。' },
      sources: [technode2020, pandaily2020],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      confirmed: '2020-07-30',
      say: { en: 'Chinese bank cards work.', zh: '可以用国内银行卡付款。' },
      sources: [technode2020],
    },
    {
      method: 'alipay',
      status: 'partial',
      since: null,
      confirmed: '2024-09-05',
      say: {
        en: 'Alipay is hidden for some users, or takes an extra tap to find.',
        zh: '部分用户看不到支付宝选项，或需多点一步才能找到。',
      },
      sources: [technode2020, chinanews2020, pandaily2020, beijingdaily2024],
    },
    {
      method: 'ecny',
      status: 'supported',
      since: '2022-01',
      confirmed: '2022-01',
      say: {
        en: 'e-CNY is accepted for food delivery since January 2022, in the pilot cities.',
        zh: '自2022年1月起，试点城市的外卖可用数字人民币付款。',
      },
      sources: [dao2021, forkast2022, scmp2022ecny],
    },
    unconfirmed('intl_cards'),
  ],
});
