import { definePlatform } from './define-platform';

/**
 * Known for its web domains (payments come from the same research); no app-link format is documented.
 * Ctrip's booking texts (SMS, signed `【携程网】`) carry a `t.ctrip.cn/<code>` short link, glued to the
 * words before it and to the sign after it: `…值机选座、退改点击http://t.ctrip.cn/dFxBvc【携程网】`.
 */
const shareText = {
  source: 'sunner/SMS2Calendar app/src/test/java/cn/sunner/sms2calendar/N106980000666ParserTest.java',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'trip',
  names: { en: 'Trip.com / Ctrip', zh: '携程' },
  domains: ['trip.com', 'ctrip.com'],
  shortDomains: ['t.ctrip.cn'],
  markers: ['【携程网】'],
  shareText,
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
    {
      input:
        '已出票：订单9987654321『首都航空 JD5688 杭州萧山T3-海口美兰 10月1日9:00-10月1日11:35 陈丽玮，票号898-1234567890；孙志岗，票号898-1234567890』请提前2小时至机场值机。可在APP『行程』频道查看行程，值机选座、退改点击http://t.ctrip.cn/dFxBvc【携程网】',
      url: 'https://t.ctrip.cn/dFxBvc',
    },
    {
      input:
        '订单1234567890已出票 孙志岗 北京首都T3-杭州萧山T1，07月23日21:10-23:30，中国国航CA1714，票号：999-1234567890。建议提前45分钟以上办理值机。【携程】',
      url: null,
    },
  ],
});
