import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'hainan-airlines',
  names: { en: 'Hainan Airlines', zh: '海南航空' },
  kind: 'travel',
  domains: ['hnair.com'],
  claims: [
    {
      method: 'alipay',
      status: 'partial',
      since: '2017-03-09',
      confirmed: '2017-03-09',
      say: {
        en: 'On some flights you can shop on board over the cabin Wi-Fi and pay with Alipay.',
        zh: '部分航班可通过机上无线网络购物，用支付宝付款。',
      },
      sources: [
        {
          title:
            'China Daily: Hainan Airlines and Alipay launch in-flight shopping paid with Alipay, first on flight HU7619',
          url: 'http://covid-19.chinadaily.com.cn/china/2017-03/09/content_28515005.htm',
          date: '2017-03-09',
          grade: 'major-outlet',
        },
      ],
    },
    unconfirmed('wechat_pay'),
    unconfirmed('unionpay'),
    unconfirmed('intl_cards'),
  ],
});
