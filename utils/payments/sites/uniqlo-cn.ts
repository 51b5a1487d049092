import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'uniqlo-cn',
  names: { en: 'Uniqlo China', zh: '优衣库' },
  kind: 'shopping',
  domains: ['uniqlo.cn'],
  claims: [
    unconfirmed('alipay'),
    unconfirmed('wechat_pay'),
    unconfirmed('unionpay'),
    {
      method: 'ecny',
      status: 'partial',
      since: '2021-05',
      confirmed: '2021-05-06',
      say: {
        en: 'The digital yuan was being tried in Uniqlo stores in China in 2021; online is not confirmed.',
        zh: '2021 年优衣库部分中国门店试点数字人民币；线上尚未确认。',
      },
      sources: [
        {
          title: 'Yicai Global: Uniqlo to expand its digital yuan pilot to 200 stores in China by June',
          url: 'https://www.yicaiglobal.com/news/uniqlo-to-expand-digital-yuan-pilot-to-200-stores-in-china-by-june',
          date: '2021-05-06',
          grade: 'major-outlet',
        },
      ],
    },
    unconfirmed('intl_cards'),
  ],
});
