import { definePaymentSite } from '../define-site';

const walletPortals2018 = {
  title:
    'National Business Daily: Tongcheng-Elong alone runs the “Rail & Flight” and “Hotel” portals in the payment screens of WeChat and Mobile QQ',
  url: 'http://www.nbdpress.com/articles/2018-11-26/5704.html',
  date: '2018-11-26',
  grade: 'major-outlet',
} as const;

export default definePaymentSite({
  id: 'tongcheng',
  names: { en: 'Tongcheng Travel', zh: '同程旅行' },
  kind: 'travel',
  domains: ['ly.com'],
  claims: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2020-03-30',
      say: {
        en: 'Tongcheng’s train, flight and hotel booking sits inside the WeChat Pay wallet, so it takes WeChat Pay.',
        zh: '同程的火车票、机票和酒店预订就在微信支付钱包里，可用微信支付。',
      },
      sources: [
        walletPortals2018,
        {
          title:
            'China Internet Watch: WeChat users reach Tongcheng-Elong’s mini program through the WeChat Pay wallet',
          url: 'https://www.chinainternetwatch.com/30412/tongcheng-elong-q4-2019/',
          date: '2020-03-30',
          grade: 'secondary',
        },
      ],
    },
    {
      method: 'qq_wallet',
      status: 'supported',
      since: null,
      confirmed: '2018-11-26',
      say: {
        en: 'Tongcheng’s train, flight and hotel booking also sits in Mobile QQ’s payment screen, paid with QQ Wallet.',
        zh: '同程的火车票、机票和酒店预订也在手机QQ的支付页面里，可用QQ钱包支付。',
      },
      sources: [walletPortals2018],
    },
    {
      method: 'alipay',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'It is not confirmed whether Tongcheng takes Alipay.',
        zh: '尚未确认同程是否支持支付宝。',
      },
      sources: [],
    },
    {
      method: 'intl_cards',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'It is not confirmed whether Tongcheng takes foreign cards directly.',
        zh: '尚未确认同程能否直接使用境外银行卡。',
      },
      sources: [],
    },
  ],
});
