import { definePaymentSite } from '../define-site';

const rideGuide2024 = {
  title: 'Luyouqiwang (how-to page): after an Amap taxi ride you pay with Alipay or WeChat Pay',
  url: 'http://zixun.luyouqiwang.cn/zhqc/202412/761231.html',
  date: '2024-12',
  grade: 'unofficial',
} as const;

const rideGuide2025 = {
  title:
    '86wind (how-to page): Amap taxi takes Alipay, WeChat Pay and bank cards, charged when the ride ends',
  url: 'https://86wind.com/shcs/202503/15325012.html',
  date: '2025-03',
  grade: 'unofficial',
} as const;

export default definePaymentSite({
  id: 'amap',
  names: { en: 'Amap (rides and taxis)', zh: '高德地图（打车）' },
  kind: 'travel',
  domains: ['amap.com'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2025-03',
      say: {
        en: 'Rides booked in Amap can be paid with Alipay.',
        zh: '高德打车可用支付宝付款。',
      },
      sources: [rideGuide2024, rideGuide2025],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2025-03',
      say: {
        en: 'Rides booked in Amap can be paid with WeChat Pay.',
        zh: '高德打车可用微信支付付款。',
      },
      sources: [rideGuide2024, rideGuide2025],
    },
    {
      method: 'unionpay',
      status: 'supported',
      since: null,
      confirmed: '2025-03',
      say: {
        en: 'Rides booked in Amap can be paid with a Chinese bank card.',
        zh: '高德打车可用国内银行卡付款。',
      },
      sources: [rideGuide2025],
    },
    {
      method: 'intl_cards',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'It is not confirmed whether foreign cards work directly for Amap rides.',
        zh: '尚未确认高德打车能否直接使用境外银行卡。',
      },
      sources: [],
    },
  ],
});
