import { technode2014, reuters2013 } from '../core-sources';
import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'weibo',
  names: { en: 'Weibo', zh: '微博' },
  kind: 'social',
  domains: ['weibo.com', 'weibo.cn'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: '2014-01',
      confirmed: '2014-01-07',
      say: {
        en: "Weibo's payments run on a linked Alipay account since January 2014.",
        zh: '自2014年1月起，微博支付通过绑定的支付宝账户付款。',
      },
      sources: [technode2014],
    },
    {
      method: 'weibo_pay',
      status: 'supported',
      since: null,
      confirmed: '2013-03-22',
      say: { en: 'Weibo has its own payment service, Weibo Pay.', zh: '微博有自己的支付服务微博支付。' },
      sources: [reuters2013],
    },
    unconfirmed('wechat_pay'),
  ],
});
