import { z } from 'zod';
import { factDateSchema, paymentSourceSchema, type PaymentSource } from './schema';

/**
 * The walls coming down: when Chinese apps stopped or started taking each other's payments and
 * links, each event with its sources (a repost or a copy is graded `secondary`; a source with no
 * address found keeps its outlet, title and date only). Checked by `timeline.test.ts`.
 */
export const timelineEventSchema = z.strictObject({
  date: factDateSchema,
  title: z.strictObject({ en: z.string().min(10).max(260), zh: z.string().min(6).max(160) }),
  sources: z.array(paymentSourceSchema).min(1),
});

export type TimelineEvent = z.infer<typeof timelineEventSchema>;

const yicaiWeChatPay: PaymentSource = {
  title: 'Yicai Global: Alibaba apps start accepting WeChat Pay amid stricter antitrust rules',
  url: 'https://yicaiglobal.com/news/alibaba-apps-start-accepting-wechat-pay-amid-stricter-antitrust-rules-',
  date: '2021-09-28',
  grade: 'major-outlet',
};
const pingWestLinks: PaymentSource = {
  title: "PingWest: WeChat chops link-blocking at regulators' request",
  url: 'https://en.pingwest.com/w/9234',
  date: '2021-09-17',
  grade: 'secondary',
};

/** Oldest first. */
export const wallsTimeline: readonly TimelineEvent[] = [
  {
    date: '2011-05-17',
    title: {
      en: 'JD.com stops taking Alipay, saying its fees are too high; from July it offers UnionPay’s cardless quick pay instead.',
      zh: '京东商城以费率过高为由停用支付宝，7月起改用银联无卡快捷支付。',
    },
    sources: [
      {
        title: 'Daily Economic News: 刘强东嫌费率高 京东宣布与支付宝“分手”',
        date: '2011-05-18',
        grade: 'major-outlet',
      },
      {
        title: 'ECNS (from Global Times), looking back on JD.com dropping Alipay in 2011',
        url: 'http://ecns.cn/business/2013/09-02/79452.shtml',
        date: '2013-09-02',
        grade: 'secondary',
      },
    ],
  },
  {
    date: '2020-07-29',
    title: {
      en: 'Meituan hides Alipay at checkout for some users; Meituan Pay, bank cards, WeChat Pay and Apple Pay remain.',
      zh: '美团对部分用户隐藏支付宝付款选项，仍可用美团支付、银行卡、微信支付和 Apple Pay。',
    },
    sources: [
      {
        title: 'TechNode: Meituan blocks payment via Alipay as rivalry intensifies',
        url: 'https://technode.com/2020/07/30/meituan-blocks-payment-via-alipay-as-rivalry-intensifies/',
        date: '2020-07-30',
        grade: 'secondary',
      },
      {
        title: 'Chinanews (copy on Teller Report), on Meituan’s takeaway checkout leaving out Alipay',
        url: 'https://www.tellerreport.com/business/2020-07-30-meituan-and-alipay--are-you-hungry--the-takeaway-payment-method-is-changing-.rkmDGOe-P.html',
        date: '2020-07-30',
        grade: 'secondary',
      },
    ],
  },
  {
    date: '2021-09-09',
    title: {
      en: 'The Ministry of Industry and Information Technology tells Alibaba, Tencent, ByteDance and others to stop blocking each other’s links by 17 September.',
      zh: '工业和信息化部要求阿里巴巴、腾讯、字节跳动等平台在9月17日前停止屏蔽彼此的链接。',
    },
    sources: [
      {
        title:
          'Global Times: MIIT to strengthen administrative guidance to ensure normal access to legitimate websites',
        url: 'https://www.globaltimes.cn/page/202109/1234098.shtml',
        date: '2021-09-13',
        grade: 'major-outlet',
      },
      pingWestLinks,
    ],
  },
  {
    date: '2021-09-17',
    title: {
      en: 'WeChat starts opening outside links in one-to-one chats, at first behind a warning page.',
      zh: '微信开始允许在一对一聊天中打开外部链接，起初需经过提示页。',
    },
    sources: [
      pingWestLinks,
      {
        title: 'Global Times: Users can directly access external links in the one-to-one chat: WeChat',
        url: 'https://www.globaltimes.cn/page/202111/1240231.shtml',
        date: '2021-11-29',
        grade: 'major-outlet',
      },
    ],
  },
  {
    date: '2021-09-28',
    title: {
      en: 'Ele.me, Youku, Damai, Kaola and Shuqi take WeChat Pay; Taobao and Tmall do not yet.',
      zh: '饿了么、优酷、大麦、考拉海购和书旗小说接入微信支付；淘宝和天猫尚未接入。',
    },
    sources: [
      yicaiWeChatPay,
      {
        title: 'SCMP, on Alibaba opening its walled garden to Tencent’s WeChat Pay',
        url: 'https://www.scmp.com/tech/big-tech/article/3150413/alibaba-opens-its-walled-garden-tencents-wechat-pay-heeding-beijings',
        date: '2021-09-28',
        grade: 'major-outlet',
      },
      {
        title: 'Reuters (copy on Devdiscourse), on Alibaba apps offering WeChat Pay after government orders',
        url: 'https://devdiscourse.com/article/technology/1747019-alibaba-apps-start-offering-wechat-pay-option-after-government-orders',
        date: '2021-09-28',
        grade: 'secondary',
      },
    ],
  },
  {
    date: '2023-07-20',
    title: {
      en: 'WeChat Pay (20 July) and Alipay (21 July) let visitors link foreign Visa, Mastercard, JCB and other cards, so every site that takes these wallets takes those cards through them.',
      zh: '微信支付（7月20日）和支付宝（7月21日）支持绑定境外 Visa、万事达、JCB 等银行卡：凡接受这两个钱包的网站，都可借此用境外卡付款。',
    },
    sources: [
      {
        title: 'Beijing Municipal Government: Overseas Bank Cards Accepted by Weixin Pay and Alipay',
        url: 'https://wb.beijing.gov.cn/home/index/wsjx/202307/t20230722_3205016.html',
        date: '2023-07-22',
        grade: 'official',
      },
    ],
  },
  {
    date: '2024-03-08',
    title: {
      en: 'After a State Council guideline on payments, Alipay raises visitors’ foreign-card limits from US$1,000 to US$5,000 a payment and from US$10,000 to US$50,000 a year.',
      zh: '国务院办公厅发布优化支付服务的意见后，支付宝将境外来华人士的单笔限额从1000美元提高到5000美元，年累计限额从1万美元提高到5万美元。',
    },
    sources: [
      {
        title: 'TechNode Global, on Ant raising Alipay’s transaction limits for overseas visitors',
        url: 'https://technode.global/2024/03/08/ant-raises-mobile-payment-services-transaction-limits-for-overseas-visitors-on-alipay-international-e-wallets-in-china/',
        date: '2024-03-08',
        grade: 'secondary',
      },
      {
        title: 'Ministry of Commerce guide (on the Beijing government site): Mobile Payment',
        url: 'https://english.beijing.gov.cn/specials/aguidetoworkingandlivinginchinaasbusinessexpatriates2024/dailylifeservices/202404/t20240424_3635122.html',
        date: '2024-04-24',
        grade: 'official',
      },
    ],
  },
  {
    date: '2024-09-12',
    title: {
      en: 'Taobao and Tmall open WeChat Pay to their merchants step by step from 12 September; from 27 September every shopper can pay with it.',
      zh: '淘宝和天猫自9月12日起逐步向商家开放微信支付；9月27日起所有消费者都可使用。',
    },
    sources: [
      {
        title: 'Global Times: E-commerce platforms embrace payment integration',
        url: 'https://globaltimes.cn/page/202409/1319233.shtml',
        date: '2024-09-04',
        grade: 'major-outlet',
      },
      {
        title: 'China Daily, on Taobao and Tmall adding WeChat Pay',
        url: 'https://www.chinadaily.com.cn/a/202409/06/WS66da3b0ca3103711928a65a4.html',
        date: '2024-09-06',
        grade: 'major-outlet',
      },
      {
        title: 'Shanghai Daily, on Taobao opening WeChat Pay to every shopper',
        url: 'https://www.shine.cn/biz/tech/2409271695/',
        date: '2024-09-27',
        grade: 'major-outlet',
      },
    ],
  },
  {
    // The article names no day: Alipay's Weibo post came "on Tuesday evening", in the month Taobao took
    // on JD's logistics (planned for mid-October 2024) and before the 11 November sales.
    date: '2024-10',
    title: {
      en: 'Alipay says on Weibo that it can be used on JD.com, 13 years after JD dropped it.',
      zh: '支付宝在微博宣布可在京东使用，距京东停用支付宝已有13年。',
    },
    sources: [
      {
        title: 'SCMP: Chinese e-commerce platform JD.com to accept Alipay as ‘walled gardens’ fall',
        url: 'https://mcdn.i-scmp.com/tech/tech-trends/article/3284482/chinese-e-commerce-platform-jdcom-accept-alipay-walled-gardens-fall',
        date: '2024',
        grade: 'major-outlet',
      },
      {
        title: 'LatePost report (copy on information.bz), on JD.com planning to take Alipay before Double 11',
        url: 'https://information.bz/english/news/view/2024/09/26/52296.html',
        date: '2024-09-26',
        grade: 'secondary',
      },
    ],
  },
  {
    date: '2025-01-07',
    title: {
      en: 'The National Development and Reform Commission says JD.com is about to take Alipay; JD’s customer service says it is rolling out step by step, not yet for every shop or item.',
      zh: '国家发展改革委表示京东即将接入支付宝；京东客服称支付宝正逐步开放，部分商家和商品暂不支持。',
    },
    sources: [
      {
        title: 'SHOUJIKE (repost of a Chinese report), on the NDRC saying JD.com will soon take Alipay',
        url: 'https://shoujike.com.cn/w/1642.html',
        date: '2025',
        grade: 'secondary',
      },
    ],
  },
];
