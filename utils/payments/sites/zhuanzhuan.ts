import { definePaymentSite, unknownClaim as unknown } from '../define-site';

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
    unknown(
      'alipay',
      'Whether Alipay works on Zhuanzhuan is not yet confirmed.',
      '尚未确认转转能否用支付宝。',
    ),
    unknown('unionpay', 'Whether UnionPay cards work here is not yet confirmed.', '尚未确认能否用银联卡。'),
    unknown(
      'intl_cards',
      'Whether foreign cards work here is not yet confirmed.',
      '尚未确认能否用境外银行卡。',
    ),
  ],
});
