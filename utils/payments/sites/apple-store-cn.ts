import { definePaymentSite } from '../define-site';

const alipayInstalments = {
  title: 'AppleInsider: Apple and Alipay launch interest-free iPhone instalments in China',
  url: 'https://appleinsider.com/articles/19/02/21/apple-alipay-launch-interest-free-30-per-month-iphone-deal-in-china',
  date: '2019-02-21',
  grade: 'secondary',
} as const;

const wsjViaPymnts = {
  title:
    'PYMNTS (after The Wall Street Journal): Apple and Alipay pair on interest-free iPhone financing in China',
  url: 'https://www.pymnts.com/apple/2019/china-iphone-interest-free-alipay/',
  date: '2019',
  grade: 'secondary',
} as const;

export default definePaymentSite({
  id: 'apple-store-cn',
  names: { en: 'Apple Store online (China)', zh: '苹果中国官网商店' },
  kind: 'shopping',
  domains: ['apple.com.cn'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2019-02-21',
      say: {
        en: 'Alipay is offered at checkout.',
        zh: '结账时可选支付宝。',
      },
      sources: [alipayInstalments, wsjViaPymnts],
    },
    {
      method: 'huabei',
      status: 'supported',
      since: null,
      confirmed: '2019-02-21',
      say: {
        en: 'Huabei instalments of up to 24 months have been offered.',
        zh: '曾提供花呗分期，最长 24 期。',
      },
      sources: [alipayInstalments, wsjViaPymnts],
    },
    {
      method: 'wechat_pay',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'Nobody has confirmed whether WeChat Pay works in this online store.',
        zh: '尚无可靠消息确认该网店能否用微信支付。',
      },
      sources: [],
    },
    {
      method: 'unionpay',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'Nobody has confirmed whether UnionPay cards work here.',
        zh: '尚无可靠消息确认能否用银联卡付款。',
      },
      sources: [],
    },
    {
      method: 'intl_cards',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'Nobody has confirmed whether foreign cards work in the China store.',
        zh: '尚无可靠消息确认中国官网商店能否用境外银行卡。',
      },
      sources: [],
    },
    {
      method: 'apple_pay',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'Nobody has confirmed whether Apple Pay is offered in the China online store.',
        zh: '尚无可靠消息确认中国官网商店能否用 Apple Pay。',
      },
      sources: [],
    },
  ],
});
