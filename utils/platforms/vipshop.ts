import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'vipshop',
  names: { en: 'Vipshop', zh: '唯品会' },
  domains: ['vip.com'],
  payments: [
    {
      method: 'wechat_pay',
      status: 'unknown',
      since: null,
      note: "Tencent pledged 'payment support' and a WeChat Wallet entry for Vipshop (2017-12) but no checkout-level source found. Inside Retail Asia 2017-12-19 https://insideretail.asia/2017/12/19/tencent-jd-com-investing-in-vipshop-holdings/",
      confidence: 'none',
      sources: [],
    },
    {
      method: 'alipay',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
    {
      method: 'unionpay',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
    {
      method: 'ecny',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
  ],
  sources: ['https://www.vip.com/'],
  examples: [
    { input: 'https://www.vip.com/', url: 'https://www.vip.com/' },
    { input: '唯品会 的网页版', url: null },
  ],
});
