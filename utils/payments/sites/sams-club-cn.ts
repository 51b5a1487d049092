import { definePaymentSite, unconfirmed, unknownClaim as unknown } from '../define-site';

export default definePaymentSite({
  id: 'sams-club-cn',
  names: { en: "Sam's Club China", zh: '山姆会员商店' },
  kind: 'shopping',
  domains: ['samsclub.cn'],
  claims: [
    {
      method: 'unionpay',
      status: 'partial',
      since: null,
      confirmed: '2024-02-23',
      say: {
        en: "UnionPay cards issued abroad have been taken in Sam's Club stores in Shenzhen and Zhuhai; online is not confirmed.",
        zh: '深圳、珠海的山姆门店曾受理境外发行的银联卡；线上尚未确认。',
      },
      sources: [
        {
          title:
            "UnionPay International: RMB 100 off at Sam's Club with UnionPay cards issued outside the mainland (2024-02-23 to 2024-05-22)",
          url: 'https://m.unionpayintl.com/cardholderServ/serviceCenter/merchant/728021934652?type=1',
          date: '2024-02-23',
          grade: 'official',
        },
      ],
    },
    unknown(
      'alipay',
      "Whether Alipay works on the Sam's Club site or app is not yet confirmed.",
      '尚未确认山姆线上能否用支付宝。',
    ),
    unknown(
      'wechat_pay',
      "Whether WeChat Pay works on the Sam's Club site or app is not yet confirmed.",
      '尚未确认山姆线上能否用微信支付。',
    ),
    unconfirmed('intl_cards'),
  ],
});
