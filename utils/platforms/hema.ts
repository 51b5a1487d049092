import { definePlatform } from './define-platform';

/** Known for its web domains (cited to the sites themselves; each payment claim names its own source); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'hema',
  names: { en: 'Hema (Freshippo)', zh: '盒马' },
  domains: ['freshhema.com', 'freshippo.com'],
  payments: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      note: 'First store (2016) cashier accepted only Alipay; app payment via Alipay.',
      confidence: 'medium',
      sources: [
        { text: 'Linkshop via Hanshow 2016', url: 'https://en.hanshow.com/497/' },
        {
          text: 'Shanghai Daily via Eastday 2017-08-11',
          url: 'http://english.eastday.com/Shanghai/auto/u1ai8576269.html',
        },
      ],
    },
    {
      method: 'wechat_pay',
      status: 'pending',
      since: null,
      note: "2021-09: awaiting Tencent approval (Alibaba statement). Conflicting older claim: Shanghai Daily (2017-08-11) said the Hema app was 'connected to Alipay or WeChat payment accounts'. No later confirmation found.",
      confidence: 'low',
      sources: [
        {
          text: 'Yicai Global 2021-09-28',
          url: 'https://yicaiglobal.com/news/alibaba-apps-start-accepting-wechat-pay-amid-stricter-antitrust-rules-',
        },
        {
          text: 'KrASIA 2021-09',
          url: 'https://amp.kr-asia.com/major-tech-companies-in-china-unbrick-walled-gardens-to-integrate-rival-payment-services',
        },
        {
          text: 'Shanghai Daily via Eastday 2017-08-11',
          url: 'http://english.eastday.com/Shanghai/auto/u1ai8576269.html',
        },
      ],
    },
    {
      method: 'ecny',
      status: 'partial',
      since: null,
      note: 'Hema named among Alibaba services to accept e-CNY via Alipay (rolled out in batches from Dec 2022; pilot regions).',
      confidence: 'low',
      sources: [
        {
          text: "Report on Ant's e-CNY rollout, Dec 2022",
          url: 'https://bitcoinethereumnews.com/finance/e-cny-pay-function-launched-by-taobao-and-alipay-digital-yuan-gets-power',
        },
        {
          text: 'cardozapub.com (undated, low quality)',
          url: 'http://cardozapub.com/CateringFranchise/ieulnsjgoa.html',
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
  sources: ['https://www.freshhema.com/', 'https://www.freshippo.com/'],
  examples: [
    { input: 'https://www.freshippo.com/', url: 'https://www.freshippo.com/' },
    { input: '盒马 的网页版', url: null },
  ],
});
