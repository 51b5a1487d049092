import { definePaymentSite, unknownClaim as unknown } from '../define-site';

/** No dated public source on this site's payment methods was found yet: every method is unknown. */
export default definePaymentSite({
  id: 'miniso',
  names: { en: 'Miniso', zh: '名创优品' },
  kind: 'shopping',
  domains: ['miniso.com'],
  claims: [
    unknown('alipay', 'Whether Alipay works here is not yet confirmed.', '尚未确认能否用支付宝。'),
    unknown('wechat_pay', 'Whether WeChat Pay works here is not yet confirmed.', '尚未确认能否用微信支付。'),
    unknown('unionpay', 'Whether UnionPay cards work here is not yet confirmed.', '尚未确认能否用银联卡。'),
    unknown(
      'intl_cards',
      'Whether foreign cards work here is not yet confirmed.',
      '尚未确认能否用境外银行卡。',
    ),
  ],
});
