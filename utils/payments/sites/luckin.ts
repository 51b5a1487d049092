import { definePaymentSite } from '../define-site';

export default definePaymentSite({
  id: 'luckin',
  names: { en: 'Luckin Coffee', zh: '瑞幸咖啡' },
  kind: 'food',
  domains: ['luckincoffee.com'],
  claims: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2018-09',
      confirmed: '2019-09-13',
      say: {
        en: 'Luckin takes WeChat Pay in its stores and for orders placed online.',
        zh: '瑞幸门店和线上订单均支持微信支付。',
      },
      sources: [
        {
          title: 'SCMP: Tencent signs partnership deal with coffee start-up Luckin',
          url: 'https://www.scmp.com/tech/big-tech/article/2163101/tencent-signs-partnership-deal-coffee-startup-luckin-challenge-alibaba',
          date: '2018-09-06',
          grade: 'major-outlet',
        },
        {
          title: 'Bloomberg: WeChat’s payment system will be used at Luckin stores and for orders online',
          url: 'https://www.bnnbloomberg.ca/tencent-and-alibaba-bring-their-battle-for-supremacy-to-coffee-1.1134410',
          date: '2018-09-07',
          grade: 'major-outlet',
        },
        {
          title:
            'Zurich Chinatown (travel blog): in a Luckin store in Shenzhen you could only pay with WeChat',
          url: 'https://zurich-chinatown.ch/2019/09/13/drinking-coffee/',
          date: '2019-09-13',
          grade: 'unofficial',
        },
      ],
    },
    {
      method: 'alipay',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'It is not confirmed whether Luckin takes Alipay.',
        zh: '尚未确认瑞幸是否支持支付宝。',
      },
      sources: [],
    },
    {
      method: 'intl_cards',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'It is not confirmed whether foreign cards work directly with Luckin.',
        zh: '尚未确认瑞幸能否直接使用境外银行卡。',
      },
      sources: [],
    },
  ],
});
