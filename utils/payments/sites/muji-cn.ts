import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'muji-cn',
  names: { en: 'MUJI China', zh: '无印良品' },
  kind: 'shopping',
  domains: ['muji.com.cn'],
  claims: [
    {
      method: 'alipay',
      status: 'partial',
      since: '2016-11',
      confirmed: '2016-11-17',
      say: {
        en: 'Alipay is taken in MUJI stores in mainland China; the online store is not confirmed.',
        zh: '中国大陆的无印良品门店可用支付宝；网店尚未确认。',
      },
      sources: [
        {
          title:
            "China Tech News: Alipay becomes the exclusive mobile payment in MUJI's mainland China stores",
          url: 'https://www.chinatechnews.com/2016/11/17/24471-alipay-becomes-exclusive-mobile-payment-channel-in-mainland-china-muji-stores',
          date: '2016-11-17',
          grade: 'secondary',
        },
      ],
    },
    unconfirmed('wechat_pay'),
    unconfirmed('unionpay'),
    unconfirmed('intl_cards'),
  ],
});
