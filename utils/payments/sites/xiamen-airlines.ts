import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'xiamen-airlines',
  names: { en: 'Xiamen Airlines', zh: '厦门航空' },
  kind: 'travel',
  domains: ['xiamenair.com'],
  claims: [
    {
      method: 'ecny',
      status: 'partial',
      since: '2021',
      confirmed: '2021-12-02',
      say: {
        en: 'Its website takes the digital yuan for tickets, for now only through a few banks and in trial cities.',
        zh: '官网购票支持数字人民币，目前仅限试点城市和部分银行。',
      },
      sources: [
        {
          title:
            'China Daily: Xiamen Airlines lets passengers buy tickets with the digital yuan on its official website',
          url: 'https://chinaservicesinfo.com/s/202112/02/WS61a88e96498e6a12c121a94d/digital-rmb-takes-off-in-air-services.html',
          date: '2021-12-02',
          grade: 'major-outlet',
        },
      ],
    },
    unconfirmed('alipay'),
    unconfirmed('wechat_pay'),
    unconfirmed('intl_cards'),
  ],
});
