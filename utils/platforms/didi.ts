import { definePlatform } from './define-platform';

/** Known for its web domains (cited to the sites themselves; each payment claim names its own source); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'didi',
  names: { en: 'DiDi', zh: '滴滴出行' },
  domains: ['didiglobal.com', 'didichuxing.com'],
  payments: [
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      note: 'Low-quality guides list WeChat Pay, Alipay, bank card, DiDi balance, enterprise pay.',
      confidence: 'low',
      sources: [
        { text: 'ugrim.com 2025-12-20 (low quality)', url: 'https://www.ugrim.com/technology/464.html' },
        { text: 'tcdte.cn (undated)', url: 'https://tcdte.cn/zixun/92196.html' },
      ],
    },
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      note: 'As above.',
      confidence: 'low',
      sources: [
        { text: 'ugrim.com 2025-12-20 (low quality)', url: 'https://www.ugrim.com/technology/464.html' },
        { text: 'tcdte.cn (undated)', url: 'https://tcdte.cn/zixun/92196.html' },
      ],
    },
    {
      method: 'ecny',
      status: 'partial',
      since: '2020-12',
      note: 'Suzhou pilot Dec 2020 (Didi bikes); listed in e-CNY app Jan 2022.',
      confidence: 'medium',
      sources: [
        {
          text: 'Cryptomak 2020-12-11',
          url: 'https://cryptomak.co.uk/china-suzhous-dcep-trial-sees-digital-yuan-on-jd-com-meituan-and-didi',
        },
        {
          text: 'Forkast.News 2022-01',
          url: 'https://forkast.news/chinese-food-delivery-meituan-accepts-ecny',
        },
      ],
    },
    {
      method: 'intl_cards',
      status: 'partial',
      since: null,
      note: 'Foreign cards can be linked but often need a Chinese phone number / get declined.',
      confidence: 'low',
      sources: [
        {
          text: 'nihaovisit.com (undated, low quality)',
          url: 'https://nihaovisit.com/problems/didi-card-declined',
        },
        {
          text: 'citizendailypost.com (2026)',
          url: 'https://www.citizendailypost.com/faq/how-does-didi-payment-work',
        },
      ],
    },
    {
      method: 'unionpay',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
  ],
  sources: ['https://www.didiglobal.com/', 'https://www.didichuxing.com/'],
  examples: [
    { input: 'https://www.didiglobal.com/', url: 'https://www.didiglobal.com/' },
    { input: '滴滴出行 的网页版', url: null },
  ],
});
