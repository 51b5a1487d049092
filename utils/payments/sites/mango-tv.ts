import { definePaymentSite } from '../define-site';

const autoRenewGuide = {
  title:
    'Whjxw (how-to page): a Mango TV membership renewing through WeChat Pay or Alipay is stopped in that app’s auto-pay settings',
  url: 'https://www.whjxw.cn/csiwd/202509/646171.html',
  date: '2025-09-24',
  grade: 'unofficial',
} as const;

export default definePaymentSite({
  id: 'mango-tv',
  names: { en: 'Mango TV', zh: '芒果TV' },
  kind: 'media',
  domains: ['mgtv.com'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2025-09-24',
      say: {
        en: 'Mango TV memberships can be paid, and renewed, with Alipay.',
        zh: '芒果TV会员可用支付宝购买和自动续费。',
      },
      sources: [autoRenewGuide],
    },
    {
      method: 'wechat_pay',
      status: 'supported',
      since: null,
      confirmed: '2025-09-24',
      say: {
        en: 'Mango TV memberships can be paid, and renewed, with WeChat Pay.',
        zh: '芒果TV会员可用微信支付购买和自动续费。',
      },
      sources: [autoRenewGuide],
    },
    {
      method: 'intl_cards',
      status: 'unknown',
      since: null,
      confirmed: null,
      say: {
        en: 'It is not confirmed whether foreign cards work for Mango TV memberships.',
        zh: '尚未确认芒果TV会员能否使用境外银行卡购买。',
      },
      sources: [],
    },
  ],
});
