import { definePlatform } from './define-platform';

/** Known for its web domains (cited to the sites themselves; each payment claim names its own source); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'aliexpress',
  names: { en: 'AliExpress', zh: '速卖通' },
  domains: ['aliexpress.com', 'aliexpress.us', 'aliexpress.ru'],
  payments: [
    {
      method: 'intl_cards',
      status: 'supported',
      since: null,
      note: 'Visa/Mastercard accepted (AliExpress statement 2011; current guides add Amex, Maestro etc.).',
      confidence: 'high',
      sources: [
        {
          text: 'Tamebay 2011-06',
          url: 'http://tamebay.com/2011/06/alibaba-payment-methods-on-aliexpress.html',
        },
        {
          text: 'third-party guides: alihelper.net (2024)',
          url: 'https://alihelper.net/blog/en/aliexpress-payment-methods/',
        },
        { text: 'que-dalle.com (undated)', url: 'https://que-dalle.com/en/payment-methods-on-aliexpress/' },
      ],
    },
    {
      method: 'paypal',
      status: 'partial',
      since: null,
      note: 'PayPal cut ties with AliExpress in 2011 (stopped 2011-08-03); recent third-party guides say PayPal is offered again in some countries (availability depends on location). No official date found.',
      confidence: 'low',
      sources: [
        {
          text: 'Tamebay 2011-06',
          url: 'http://tamebay.com/2011/06/alibaba-payment-methods-on-aliexpress.html',
        },
        {
          text: 'third-party guides: alihelper.net (2024)',
          url: 'https://alihelper.net/blog/en/aliexpress-payment-methods/',
        },
        { text: 'que-dalle.com (undated)', url: 'https://que-dalle.com/en/payment-methods-on-aliexpress/' },
      ],
    },
    {
      method: 'apple_pay',
      status: 'supported',
      since: null,
      note: 'Apple Pay / Google Pay listed by third-party guides; official confirmation not retrieved.',
      confidence: 'low',
      sources: [
        {
          text: 'third-party guides: alihelper.net (2024)',
          url: 'https://alihelper.net/blog/en/aliexpress-payment-methods/',
        },
        { text: 'que-dalle.com (undated)', url: 'https://que-dalle.com/en/payment-methods-on-aliexpress/' },
      ],
    },
    {
      method: 'wechat_pay',
      status: 'unknown',
      since: null,
      note: 'No public material found in this research.',
      confidence: 'none',
      sources: [],
    },
    {
      method: 'alipay',
      status: 'unknown',
      since: null,
      note: 'Historically Alipay escrow powered AliExpress payments; whether Alipay wallet is a buyer option today not confirmed.',
      confidence: 'none',
      sources: [],
    },
  ],
  sources: ['https://www.aliexpress.com/', 'https://www.aliexpress.us/', 'https://aliexpress.ru/'],
  examples: [
    {
      input: 'https://www.aliexpress.com/item/1005006290871234.html',
      url: 'https://www.aliexpress.com/item/1005006290871234.html',
    },
    { input: '速卖通 的网页版', url: null },
  ],
});
