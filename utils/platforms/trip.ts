import { definePlatform } from './define-platform';

/** Known for its web domains (payments come from the same research); no share-text or app-link format is documented. */
export default definePlatform({
  id: 'trip',
  names: { en: 'Trip.com / Ctrip', zh: '携程' },
  domains: ['trip.com', 'ctrip.com'],
  payments: [
    {
      method: 'intl_cards',
      status: 'supported',
      since: null,
      note: 'Visa, Mastercard, JCB, Amex, UnionPay Intl (Trip.com); foreigners can pay directly with international cards (Jinan govt guide, 2025).',
      confidence: 'high',
      sources: [
        { text: 'Trip.com FAQ (undated)', url: 'https://pages.trip.com/faq/en/payment.html' },
        {
          text: 'Jinan Municipal Govt guide 2025-11-10',
          url: 'http://zwfw.jinan.gov.cn/art/2025/11/10/art_127492_4798712.html',
        },
      ],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      note: "Listed as 'WeChatPay' in Trip.com FAQ table (product coverage varies).",
      confidence: 'medium',
      sources: [{ text: 'Trip.com FAQ (undated)', url: 'https://pages.trip.com/faq/en/payment.html' }],
    },
    {
      method: 'apple_pay',
      status: 'supported',
      since: null,
      note: 'Listed in Trip.com FAQ table (product coverage varies).',
      confidence: 'medium',
      sources: [{ text: 'Trip.com FAQ (undated)', url: 'https://pages.trip.com/faq/en/payment.html' }],
    },
    {
      method: 'paypal',
      status: 'partial',
      since: null,
      note: 'Older Ctrip English FAQ: PayPal desktop-only, domestic flights under conditions.',
      confidence: 'low',
      sources: [
        {
          text: 'Ctrip English FAQ (older, undated)',
          url: 'http://pages.english.ctrip.com/webhome/purehtml/en/faq/payment.html',
        },
      ],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      note: 'Mainland-issued debit cards / UnionPay online payment.',
      confidence: 'medium',
      sources: [
        { text: 'Trip.com FAQ (undated)', url: 'https://pages.trip.com/faq/en/payment.html' },
        {
          text: 'Ctrip English FAQ (older, undated)',
          url: 'http://pages.english.ctrip.com/webhome/purehtml/en/faq/payment.html',
        },
      ],
    },
    {
      method: 'huabei',
      status: 'supported',
      since: null,
      note: 'Huabei usable on Ctrip/Qunar hotels (user Q&A).',
      confidence: 'low',
      sources: [
        {
          text: 'lvyouzhishi.com translated Q&A (undated, low quality)',
          url: 'https://lvyouzhishi.com/sheyingzhishi/47xjnh0t8f.html',
        },
      ],
    },
    {
      method: 'ecny',
      status: 'supported',
      since: null,
      note: 'Ctrip transport/hotel bookings in e-CNY (undated list).',
      confidence: 'low',
      sources: [
        {
          text: 'cardozapub.com (undated, low quality)',
          url: 'http://cardozapub.com/CateringFranchise/ieulnsjgoa.html',
        },
      ],
    },
    {
      method: 'alipay',
      status: 'unknown',
      since: null,
      note: 'Not confirmed by official page retrieved (Huabei mention implies Alipay cashier).',
      confidence: 'none',
      sources: [],
    },
  ],
  sources: ['https://www.trip.com/', 'https://www.ctrip.com/'],
  examples: [
    { input: 'https://www.trip.com/', url: 'https://www.trip.com/' },
    { input: '携程 的网页版', url: null },
  ],
});
