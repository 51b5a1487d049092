import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'spring-airlines',
  names: { en: 'Spring Airlines', zh: '春秋航空' },
  kind: 'travel',
  domains: ['ch.com'],
  claims: [
    {
      method: 'ecny',
      status: 'supported',
      since: '2021',
      confirmed: '2021-04-23',
      say: {
        en: 'Its app takes the digital yuan for tickets; it sold China’s first air ticket paid this way in 2021.',
        zh: '其 App 购票支持数字人民币，2021 年售出全国首张数字人民币机票。',
      },
      sources: [
        {
          title:
            'Mobile Payment Network: Spring Airlines takes the first digital yuan air ticket order, paid in its app',
          url: 'https://m.mpaypass.com.cn/news/202104/16103206.html',
          date: '2021-04-16',
          grade: 'secondary',
        },
        {
          title: 'Shanghai Japion: Spring Airlines adds digital yuan as a payment choice in its app',
          url: 'https://shvoice.com/news/71669.html',
          date: '2021-04-23',
          grade: 'secondary',
        },
      ],
    },
    {
      method: 'wechat_pay',
      status: 'partial',
      since: '2019-07-24',
      confirmed: '2019-07-25',
      say: {
        en: 'WeChat Pay was tried for shopping on board two of its flights, paid after landing.',
        zh: '微信支付曾在其两条航线试行机上购物、落地后扣款。',
      },
      sources: [
        {
          title: 'Payment Expert: WeChat pilots in-flight payments on two Spring Airlines flights',
          url: 'https://paymentexpert.com/2019/07/25/wechat-pilots-in-flight-mobile-payments/',
          date: '2019-07-25',
          grade: 'secondary',
        },
      ],
    },
    unconfirmed('alipay'),
    unconfirmed('intl_cards'),
  ],
});
