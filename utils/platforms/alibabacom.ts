import { definePlatform } from './define-platform';

/** Known for its web domains (cited to the sites themselves; each payment claim names its own source); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'alibabacom',
  names: { en: 'Alibaba.com', zh: '阿里巴巴国际站' },
  domains: ['alibaba.com'],
  payments: [
    {
      method: 'intl_cards',
      status: 'supported',
      since: null,
      note: 'Secure Payment orders payable by Visa/Mastercard; also T/T, Western Union, QIWI, WebMoney (older FAQ).',
      confidence: 'medium',
      sources: [
        {
          text: 'Alibaba.com buyer FAQ (undated)',
          url: 'https://service.alibaba.com/buyer/faq_detail/20432887.htm',
        },
      ],
    },
    {
      method: 'alipay',
      status: 'unsupported',
      since: null,
      note: "FAQ: 'you can't pay to Alipay directly' — Alipay works as the escrow backend, not a buyer wallet. Undated FAQ; may be outdated.",
      confidence: 'low',
      sources: [
        {
          text: 'Alibaba.com buyer FAQ (undated)',
          url: 'https://service.alibaba.com/buyer/faq_detail/20432887.htm',
        },
      ],
    },
    {
      method: 'paypal',
      status: 'unknown',
      since: null,
      note: 'Third-party guides disagree; no official confirmation found.',
      confidence: 'none',
      sources: [],
    },
    {
      method: 'apple_pay',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
    {
      method: 'wechat_pay',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
  ],
  sources: ['https://www.alibaba.com/'],
  examples: [
    { input: 'https://www.alibaba.com/', url: 'https://www.alibaba.com/' },
    { input: '阿里巴巴国际站 的网页版', url: null },
  ],
});
