import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'zhuanzhuan',
  names: { en: 'Zhuanzhuan', zh: '转转' },
  kind: 'shopping',
  domains: ['zhuanzhuan.com'],
  claims: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2024-11-25',
      say: {
        en: 'Orders are usually paid with WeChat Pay, held by Zhuanzhuan until you confirm delivery.',
        zh: '订单通常用微信支付，货款由转转代管，确认收货后才付给卖家。',
      },
      sources: [
        {
          title:
            'Sxtmmc: paying a deposit on a Zhuanzhuan order (usually through WeChat Pay, held by the platform)',
          url: 'http://www.sxtmmc.com/news/8137.html',
          date: '2024-11-25',
          grade: 'unofficial',
        },
      ],
    },
    unconfirmed('alipay'),
    unconfirmed('unionpay'),
    unconfirmed('intl_cards'),
  ],
});
