import { definePaymentSite } from '../define-site';

const appTopUpGuide = {
  title:
    'Taokezhaoshang (how-to page): the China Mobile app tops up with Alipay, WeChat Pay, a bank card or the Hebao wallet',
  url: 'http://m.taokezhaoshang.cn/post/142711.html',
  date: '2025-05-14',
  grade: 'unofficial',
} as const;

const billPayGuide = {
  title:
    'Taokezhaoshang (how-to page): China Mobile bills can be paid in its app with UnionPay QuickPass or Alipay',
  url: 'http://m.taokezhaoshang.cn/post/142781.html',
  date: '2025-05-14',
  grade: 'unofficial',
} as const;

export default definePaymentSite({
  id: 'china-mobile',
  names: { en: 'China Mobile', zh: '中国移动' },
  kind: 'everyday',
  domains: ['10086.cn'],
  claims: [
    {
      method: 'china_mobile_hebao',
      status: 'supported',
      since: null,
      confirmed: '2025-05-14',
      say: {
        en: 'China Mobile top-ups can be paid from its own Hebao wallet.',
        zh: '中国移动话费充值可用和包支付。',
      },
      sources: [appTopUpGuide],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2025-05-14',
      say: {
        en: 'China Mobile top-ups can be paid with Alipay.',
        zh: '中国移动话费充值可用支付宝支付。',
      },
      sources: [appTopUpGuide, billPayGuide],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2025-05-14',
      say: {
        en: 'China Mobile top-ups can be paid with WeChat Pay.',
        zh: '中国移动话费充值可用微信支付。',
      },
      sources: [appTopUpGuide],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      confirmed: '2025-05-14',
      say: {
        en: 'China Mobile top-ups can be paid with a Chinese bank card or UnionPay QuickPass.',
        zh: '中国移动话费充值可用银行卡或云闪付支付。',
      },
      sources: [appTopUpGuide, billPayGuide],
    },
    {
      method: 'intl_cards',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'It is not confirmed whether foreign cards work for China Mobile top-ups.',
        zh: '尚未确认中国移动话费充值能否使用境外银行卡。',
      },
      sources: [],
    },
  ],
});
