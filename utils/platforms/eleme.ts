import { definePlatform } from './define-platform';

const container = {
  source: 'bailicangdu/node-elm InitData/entry.js (eleme://web?url=<encoded>&animation_type=…)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'eleme',
  names: { en: 'Ele.me', zh: '饿了么' },
  domains: ['ele.me'],
  markers: ['【饿了么】'],
  shareText: {
    source:
      'No named public file: the branded SMS 【饿了么】… (verification codes, order notices, no link) is seen in public SMS test tables. Nearest source: bailicangdu/node-elm InitData/entry.js (the app links)',
    verified: '2026-12-01',
  },
  schemes: [
    {
      names: ['eleme'],
      routes: [
        { path: 'web', query: { url: '{u:url}' }, to: '{u}' },
        { path: 'retail_store', to: null, note: 'A shop in the app; no named public file traced for it.' },
      ],
      ...container,
    },
  ],
  payments: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      note: "2020 screenshot showed only Huabei and Alipay on Ele.me's payment page.",
      confidence: 'high',
      sources: [
        { text: 'Chinanews 2020-07-31' },
        {
          text: 'KrASIA 2021-09',
          url: 'https://amp.kr-asia.com/major-tech-companies-in-china-unbrick-walled-gardens-to-integrate-rival-payment-services',
        },
      ],
    },
    {
      method: 'huabei',
      status: 'supported',
      since: null,
      note: 'Shown on payment page (2020).',
      confidence: 'medium',
      sources: [{ text: 'Chinanews 2020-07-31' }],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: '2021-09',
      note: 'Among first Alibaba apps to add WeChat Pay after MIIT order.',
      confidence: 'high',
      sources: [
        {
          text: 'Yicai Global 2021-09-28',
          url: 'https://yicaiglobal.com/news/alibaba-apps-start-accepting-wechat-pay-amid-stricter-antitrust-rules-',
        },
        { text: 'Reuters/36Kr 2021-09-28' },
        {
          text: 'SCMP 2021-09-28',
          url: 'https://www.scmp.com/tech/big-tech/article/3150413/alibaba-opens-its-walled-garden-tencents-wechat-pay-heeding-beijings',
        },
      ],
    },
    {
      method: 'ecny',
      status: 'partial',
      since: '2022-01',
      note: "Listed in e-CNY app's merchant list (pilot cities).",
      confidence: 'medium',
      sources: [
        {
          text: 'Forkast.News 2022-01',
          url: 'https://forkast.news/chinese-food-delivery-meituan-accepts-ecny',
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
    {
      method: 'intl_cards',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
  ],
  sources: [container.source],
  examples: [
    {
      input:
        'eleme://web?url=https%3A%2F%2Fzaocan.ele.me&target_name=%E9%A2%84%E8%AE%A2%E6%97%A9%E9%A4%90&animation_type=1',
      url: 'https://zaocan.ele.me/',
    },
    { input: 'https://s.click.ele.me/RpRFhvu', url: 'https://s.click.ele.me/RpRFhvu' },
    { input: 'eleme://retail_store?re_store_id=150075280', url: null },
    { input: '【饿了么】您的验证码是917440，在5分钟内有效。', url: null },
  ],
});
