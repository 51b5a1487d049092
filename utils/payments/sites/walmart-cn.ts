import { definePaymentSite, unconfirmed } from '../define-site';

const westSwitch = {
  title: 'TechNode: Walmart stops taking Alipay and takes WeChat Pay in its western China stores',
  url: 'https://technode.com/2018/03/23/walmart-wechat/',
  date: '2018-03-23',
  grade: 'major-outlet',
} as const;

const reutersRecap = {
  title:
    'Mobile World Live: Walmart drops Alipay for WeChat Pay in western China, after a 2016 WeChat Pay deal for 100+ city stores',
  url: 'https://www.mobileworldlive.com/featured-content/money-home-banner/walmart-shelves-alipay-in-western-china/',
  date: '2018-03-27',
  grade: 'secondary',
} as const;

export default definePaymentSite({
  id: 'walmart-cn',
  names: { en: 'Walmart China', zh: '沃尔玛' },
  kind: 'shopping',
  domains: ['walmart.cn'],
  claims: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2016',
      confirmed: '2018-03-27',
      say: {
        en: 'WeChat Pay is taken in its stores.',
        zh: '门店支持微信支付。',
      },
      sources: [westSwitch, reutersRecap],
    },
    {
      method: 'alipay',
      status: 'partial',
      since: '2015',
      confirmed: '2018-03-27',
      say: {
        en: 'Its stores in western China stopped taking Alipay in 2018; other regions were not said.',
        zh: '西部地区门店自 2018 年起不再支持支付宝，其他地区情况未说明。',
      },
      sources: [westSwitch, reutersRecap],
    },
    unconfirmed('unionpay'),
    unconfirmed('intl_cards'),
  ],
});
