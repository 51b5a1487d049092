import { definePaymentSite, unconfirmed, unknownClaim as unknown } from '../define-site';

const howToPay = {
  title:
    'Ichuyou: how to pay on the Xiaomi online store (Alipay, WeChat Pay, UnionPay online, bank cards, Xiaomi Wallet)',
  url: 'http://news.ichuyou.cn/zonhe/202601/524905.html',
  date: '2026-01',
  grade: 'unofficial',
} as const;

export default definePaymentSite({
  id: 'xiaomi-store',
  names: { en: 'Xiaomi online store', zh: '小米商城' },
  kind: 'shopping',
  domains: ['mi.com'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2026-01',
      say: { en: 'Alipay is offered at checkout.', zh: '结账时可选支付宝。' },
      sources: [howToPay],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2026-01',
      say: { en: 'WeChat Pay is offered at checkout.', zh: '结账时可选微信支付。' },
      sources: [howToPay],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      confirmed: '2026-01',
      say: { en: 'UnionPay bank cards can be used online.', zh: '可用银联银行卡在线付款。' },
      sources: [howToPay],
    },
    {
      method: 'intl_cards',
      status: 'partial',
      since: null,
      confirmed: '2020',
      say: {
        en: "Xiaomi's UK store takes credit and debit cards; the China store is not confirmed.",
        zh: '小米英国官网可用信用卡和借记卡；中国商城尚未确认。',
      },
      sources: [
        {
          title: 'Xiaomi UK: payment FAQ (undated; the copy read carries a COVID-19 notice, 2020–2022)',
          url: 'https://www.mi.com/uk/service/support/payment.html',
          date: '2020',
          grade: 'official',
        },
      ],
    },
    unknown(
      'huabei',
      'Reports disagree on whether Huabei instalments are offered.',
      '关于能否用花呗分期，说法不一。',
    ),
    unconfirmed('paypal'),
  ],
});
