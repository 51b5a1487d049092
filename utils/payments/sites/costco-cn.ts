import { definePaymentSite, unconfirmed } from '../define-site';

const openingDay = {
  title: 'TechNode: Costco opens its first China store in Shanghai, taking Alipay and WeChat Pay',
  url: 'https://technode.com/2019/08/27/costco-opens-first-physical-store-in-china-integrates-mobile-payment-into-experience/',
  date: '2019-08-27',
  grade: 'major-outlet',
} as const;

export default definePaymentSite({
  id: 'costco-cn',
  names: { en: 'Costco China', zh: '开市客' },
  kind: 'shopping',
  domains: ['costco.com.cn'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: '2019-08-27',
      confirmed: '2019-08-27',
      say: {
        en: 'Alipay is taken in its stores, from the first one in 2019.',
        zh: '门店支持支付宝，2019 年首店开业即可使用。',
      },
      sources: [openingDay],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2019-08-27',
      confirmed: '2019-08-27',
      say: {
        en: 'WeChat Pay is taken in its stores, from the first one in 2019.',
        zh: '门店支持微信支付，2019 年首店开业即可使用。',
      },
      sources: [openingDay],
    },
    unconfirmed('unionpay'),
    unconfirmed('intl_cards'),
  ],
});
