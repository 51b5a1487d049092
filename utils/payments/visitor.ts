import { isReported } from './grade';
import type { PaymentClaim, PaymentSite, PaymentSource } from './schema';

/**
 * How a visitor from abroad pays in China, as general facts with their sources, and the one line the
 * popup derives from them for a site. Pure data and a pure function: the date of "today" is given.
 */

const beijing2023: PaymentSource = {
  title: 'Beijing Municipal Government: overseas bank cards accepted by Weixin Pay and Alipay',
  url: 'https://wb.beijing.gov.cn/home/index/wsjx/202307/t20230722_3205016.html',
  date: '2023-07-22',
  grade: 'official',
};
const mofcom2024: PaymentSource = {
  title: 'Ministry of Commerce guide for expatriates (Beijing Government): mobile payment',
  url: 'https://english.beijing.gov.cn/specials/aguidetoworkingandlivinginchinaasbusinessexpatriates2024/dailylifeservices/202404/t20240424_3635122.html',
  date: '2024-04-24',
  grade: 'official',
};
const fintechnews2024: PaymentSource = {
  title: 'Fintech News Hong Kong: Ant Group raises transaction limits for overseas travellers',
  url: 'https://fintechnews.hk/27764/fintechchina/chinas-ant-group-increases-transaction-limits-for-overseas-travelers/',
  date: '2024-03-11',
  grade: 'secondary',
};
const chinaServices2025: PaymentSource = {
  title: 'China Services Info: using foreign bank cards for mobile payments in China',
  url: 'https://chinaservicesinfo.com/s/202502/25/WS67bd6c5a498eec7e1f730389/using-foreign-bank-cards-for-mobile-payments-in-china.html',
  date: '2025-02-25',
  grade: 'major-outlet',
};
const paymentsJournal2025: PaymentSource = {
  title: 'PaymentsJournal: American Express cards can now be linked to Alipay',
  url: 'https://www.paymentsjournal.com/american-express-expands-further-in-china-through-alipay-alliance/',
  date: '2025-02-25',
  grade: 'secondary',
};
const shine2025: PaymentSource = {
  title: 'Shanghai Daily: WeChat Pay unveils more incentives for overseas card payments',
  url: 'https://www.shine.cn/news/metro/2505261845/',
  date: '2025-05-26',
  grade: 'major-outlet',
};
const cnto2024: PaymentSource = {
  title: 'China National Tourist Office: payment services for foreign visitors',
  url: 'https://www.prnewswire.com/news-releases/chinas-expanded-payment-services-offer-maximum-convenience-for-foreign-visitors-302124376.html',
  date: '2024-04-23',
  grade: 'official',
};
const globalTimes2024: PaymentSource = {
  title: 'Global Times: UnionPay cards issued overseas can be linked to Alipay and WeChat Pay',
  url: 'https://globaltimes.cn/page/202411/1322538.shtml',
  date: '2024-11-06',
  grade: 'major-outlet',
};

export interface VisitorFact {
  id: 'wallet-cards' | 'wallet-limits' | 'wallet-fee' | 'alipay-plus' | 'unionpay-cards';
  since: string;
  say: { en: string; zh: string };
  sources: readonly PaymentSource[];
}

/** Oldest first. The fee and the limits are those of both wallets, as the Ministry of Commerce gives them. */
export const visitorFacts: readonly VisitorFact[] = [
  {
    id: 'wallet-cards',
    since: '2023-07',
    say: {
      en: 'Since July 2023 a foreign Visa, Mastercard, JCB, Diners Club or Discover card can be added to Alipay and WeChat Pay; American Express too since 2025.',
      zh: '自2023年7月起，境外 Visa、Mastercard、JCB、Diners Club 和 Discover 卡可绑定支付宝和微信支付；2025年起 American Express 卡也可以。',
    },
    sources: [beijing2023, mofcom2024, paymentsJournal2025, shine2025],
  },
  {
    id: 'wallet-limits',
    since: '2024-03',
    say: {
      en: 'With a foreign card in these wallets, one payment can be up to USD 5,000, and all payments up to USD 50,000 a year.',
      zh: '在这些钱包中用境外卡付款，单笔最高5000美元，每年累计最高5万美元。',
    },
    sources: [fintechnews2024, mofcom2024, chinaServices2025],
  },
  {
    id: 'wallet-fee',
    since: '2024-04',
    say: {
      en: 'A payment of CNY 200 or less costs no fee; above that the wallet charges 3% of the amount.',
      zh: '单笔200元及以下免服务费，超过200元收取金额的3%。',
    },
    sources: [mofcom2024, chinaServices2025, shine2025],
  },
  {
    id: 'alipay-plus',
    since: '2024-04',
    say: {
      en: "In shops, a visitor can scan to pay with a wallet from home: AlipayHK, WeChat Pay HK, MPay, Kakao Pay, Naver Pay, Toss Pay, Touch 'n Go, HiPay, Changi Pay, OCBC or TrueMoney.",
      zh: "在门店可直接用境外钱包扫码付款：AlipayHK、WeChat Pay HK、MPay、Kakao Pay、Naver Pay、Toss Pay、Touch 'n Go、HiPay、Changi Pay、OCBC、TrueMoney。",
    },
    sources: [mofcom2024],
  },
  {
    id: 'unionpay-cards',
    since: '2024-11-06',
    say: {
      en: 'A UnionPay card from abroad works at card terminals across mainland China, and can be added to Alipay and WeChat Pay since November 2024.',
      zh: '境外发行的银联卡可在中国大陆的刷卡终端使用，自2024年11月起也可绑定支付宝和微信支付。',
    },
    sources: [cnto2024, globalTimes2024],
  },
];

export type VisitorAnswer = 'cards' | 'wallets' | 'partly' | 'reported' | 'no' | 'unknown';

export interface VisitorLine {
  answer: VisitorAnswer;
  say: { en: string; zh: string };
  /** The general facts behind the line, shown with it. */
  facts: readonly VisitorFact[];
}

const wallets = ['alipay', 'wechat_pay'] as const;
type Wallet = (typeof wallets)[number];
const walletNames = {
  alipay: { en: 'Alipay', zh: '支付宝' },
  wechat_pay: { en: 'WeChat Pay', zh: '微信支付' },
};
const walletFacts = visitorFacts.filter((f) => f.id !== 'alipay-plus');
const takes = (claim: PaymentClaim | undefined) =>
  claim?.status === 'supported' || claim?.status === 'partial';

type Say = VisitorLine['say'];
/** The word a line starts with, in both languages. */
const leads = {
  yes: { en: 'Yes', zh: '可以' },
  reported: { en: 'Reportedly', zh: '据报道' },
  partly: { en: 'Partly', zh: '部分可以' },
} as const;

const cardsSay = (lead: Say): Say => ({
  en: `${lead.en}: foreign cards are accepted at checkout.`,
  zh: `${lead.zh}：结账时直接接受境外银行卡。`,
});

function walletSay(lead: Say, methods: readonly Wallet[]): Say {
  const en = methods.map((m) => walletNames[m].en).join(' or ');
  const zh = methods.map((m) => walletNames[m].zh).join('或');
  return {
    en: `${lead.en}: add a foreign Visa, Mastercard or JCB card to ${en} and pay with it (3% fee on payments over CNY 200).`,
    zh: `${lead.zh}：在${zh}中绑定境外 Visa、Mastercard 或 JCB 卡付款（单笔超过200元收取3%服务费）。`,
  };
}

const fixedSays = {
  partly: {
    en: 'Partly: foreign cards work for some purchases.',
    zh: '部分可以：部分订单可用境外银行卡付款。',
  },
  no: { en: 'No: foreign cards are not accepted here.', zh: '不可以：这里不接受境外银行卡。' },
  unknown: {
    en: 'Unknown: nobody has confirmed how a visitor from abroad can pay here.',
    zh: '未知：暂无公开资料说明境外访客能否在这里付款。',
  },
} as const;

/**
 * Every sentence `visitorLine` can say, for the pages' translations (the Traditional Chinese forms
 * are made from this list at build time; the line itself is made at run time).
 */
export const visitorSayings: readonly Say[] = [
  cardsSay(leads.yes),
  cardsSay(leads.reported),
  ...[leads.yes, leads.reported, leads.partly].flatMap((lead) =>
    [['alipay'], ['wechat_pay'], wallets].map((methods) => walletSay(lead, methods as readonly Wallet[])),
  ),
  ...Object.values(fixedSays),
];

function walletLine(claims: readonly PaymentClaim[], today: Date): VisitorLine {
  const methods = claims.map((c) => c.method as Wallet);
  const [answer, lead] = claims.every((c) => isReported(c, today))
    ? (['reported', leads.reported] as const)
    : claims.some((c) => c.status === 'supported')
      ? (['wallets', leads.yes] as const)
      : (['partly', leads.partly] as const);
  return { answer, say: walletSay(lead, methods), facts: walletFacts };
}

/**
 * Can a visitor from abroad pay on this site, and how, in one plain line: a foreign card at the
 * checkout itself; else a foreign card added to a wallet the site takes; else unknown.
 * @example visitorLine(appStoreCn, new Date()).say.en // 'Yes: foreign cards are accepted at checkout.'
 */
export function visitorLine(site: PaymentSite, today: Date): VisitorLine {
  const claimOf = (method: string) => site.claims.find((c) => c.method === method);
  const cards = claimOf('intl_cards');
  if (cards?.status === 'supported') {
    const [answer, lead] = isReported(cards, today)
      ? (['reported', leads.reported] as const)
      : (['cards', leads.yes] as const);
    return { answer, say: cardsSay(lead), facts: [] };
  }
  const paying = wallets.map(claimOf).filter((c): c is PaymentClaim => takes(c));
  if (paying.length > 0) return walletLine(paying, today);
  if (cards?.status === 'partial') return { answer: 'partly', say: fixedSays.partly, facts: [] };
  if (cards?.status === 'unsupported') return { answer: 'no', say: fixedSays.no, facts: [] };
  return { answer: 'unknown', say: fixedSays.unknown, facts: [] };
}
