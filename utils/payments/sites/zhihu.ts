import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'zhihu',
  names: { en: 'Zhihu', zh: '知乎' },
  kind: 'social',
  domains: ['zhihu.com'],
  claims: [unconfirmed('alipay'), unconfirmed('wechat_pay')],
});
