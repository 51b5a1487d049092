import { definePaymentSite, unconfirmed } from '../define-site';

export default definePaymentSite({
  id: 'universal-beijing',
  names: { en: 'Universal Beijing Resort', zh: '北京环球度假区' },
  kind: 'tickets',
  domains: ['universalbeijingresort.com'],
  claims: [
    {
      method: 'alipay',
      status: 'supported',
      since: null,
      confirmed: '2020-05-20',
      say: {
        en: 'Alipay, including paying by face, was chosen for food and shopping in its parks.',
        zh: '园区餐饮和购物选用支付宝，包括刷脸支付。',
      },
      sources: [
        {
          title:
            'El Cronista: Universal and Alibaba partner; Beijing park guests will pay for meals and goods with Alipay face recognition',
          url: 'https://www.cronista.com/apertura-negocio/columnistas/Gustavo-Gomez-de-Gire-Muchas-apps-juegan-al-borde-y-deberan-ajustarse-a-un-encuadre-laboral--20191018-0008.html',
          date: '2019-10-18',
          grade: 'secondary',
        },
        {
          title:
            'CGTN: Alibaba says Universal Beijing guests will use face ID to buy tickets, enter the park and shop',
          url: 'https://news.cgtn.com/news/2020-05-20/Universal-s-park-in-Beijing-to-include-face-ID-recognition-system-QDY2uc1NsY/index.html',
          date: '2020-05-20',
          grade: 'major-outlet',
        },
      ],
    },
    unconfirmed('wechat_pay'),
    unconfirmed('ecny'),
    unconfirmed('intl_cards'),
  ],
});
