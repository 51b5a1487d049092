import type { PaymentSource } from './schema';

/**
 * The sources of the sites Unwall has covered since 0.1, each once: an outlet's own page is
 * `major-outlet` (or `secondary` for a trade blog or a smaller outlet), a repost or a copy is `secondary` and
 * keeps no address (only the outlet's own page is linked), a company's or a government's own page is
 * `official`, a how-to, Q&A or list page is `unofficial`. A page that carries no date counts only where no
 * dated source says the same, and is then dated by the year it was read (2026), as its title says.
 */

export const tmtpost2022: PaymentSource = {
  title: 'TMTPost (repost): Taobao tests paying with WeChat; until now only Alipay and Huabei',
  date: '2022-03-30',
  grade: 'secondary',
};
export const chinadaily2024taobao: PaymentSource = {
  title: 'China Daily: Taobao and Tmall to accept WeChat Pay',
  url: 'https://www.chinadaily.com.cn/a/202409/06/WS66da3b0ca3103711928a65a4.html',
  date: '2024-09-06',
  grade: 'major-outlet',
};
export const nbd2024: PaymentSource = {
  title: 'Daily Economic News (repost): WeChat Pay opens gradually to all Taobao and Tmall merchants',
  date: '2024-09-12',
  grade: 'secondary',
};
export const latepost2024: PaymentSource = {
  title: 'LatePost (repost): Alibaba and JD.com open payments and logistics to each other',
  date: '2024-09-26',
  grade: 'secondary',
};
export const shine2024taobao: PaymentSource = {
  title: 'Shanghai Daily: Taobao and Tmall shoppers can now pay with WeChat Pay',
  url: 'https://www.shine.cn/biz/tech/2409271695/',
  date: '2024-09-27',
  grade: 'major-outlet',
};
export const bbd2023: PaymentSource = {
  title: 'Beijing Business Daily (repost): Taobao shows a WeChat QR-code payment option to some users',
  date: '2023-10-18',
  grade: 'secondary',
};
export const whatsupchina2024: PaymentSource = {
  title: 'WhatsUpChina: Taobao to fully support WeChat Pay soon',
  url: 'https://whatsupchina.com/taobao-to-fully-support-wechat-pay-soon',
  date: '2024-09',
  grade: 'secondary',
};
export const smd2024: PaymentSource = {
  title:
    'Southern Metropolis Daily (repost): Taobao customer service confirms WeChat Pay for some users and items',
  date: '2024-02-20',
  grade: 'secondary',
};
export const dao2024taobao: PaymentSource = {
  title: 'Dao Insights: some of you can now use WeChat Pay on Taobao',
  url: 'https://daoinsights.com/news/making-history-now-some-of-you-can-use-wechat-pay-on-taobao/',
  date: '2024-02',
  grade: 'secondary',
};
export const scmp2021wechat: PaymentSource = {
  title: "SCMP: Alibaba opens its walled garden to Tencent's WeChat Pay",
  url: 'https://www.scmp.com/tech/big-tech/article/3150413/alibaba-opens-its-walled-garden-tencents-wechat-pay-heeding-beijings',
  date: '2021-09-28',
  grade: 'major-outlet',
};
export const thestreet2021: PaymentSource = {
  title: 'SCMP via TheStreet: Ant Group and Tencent open their payment systems further to UnionPay',
  url: 'https://www.thestreet.com/partner/ant-group-tencent-further-open-up-their-mobile-payment-ecosystems-to-state-owned-unionpay-15787033',
  date: '2021-10-04',
  grade: 'secondary',
};
export const chinadaily2021: PaymentSource = {
  title: 'China Daily: UnionPay Cloud QuickPass debuts as a payment method for Double 11',
  url: 'http://global.chinadaily.com.cn/a/202111/03/WS6181e397a310cdd39bc72f70.html',
  date: '2021-11-03',
  grade: 'major-outlet',
};
export const bbd2024taote: PaymentSource = {
  title: 'Beijing Business Daily (repost): Taobao Deals adds WeChat Pay; UnionPay covers every Taobao user',
  date: '2024-08-19',
  grade: 'secondary',
};
export const straitstimes2024: PaymentSource = {
  title: 'The Straits Times (repost): shoppers gain more options as Alibaba and JD.com open up to each other',
  date: '2024-10-06',
  grade: 'secondary',
};
export const chinadaily2022ecny: PaymentSource = {
  title: 'China Daily (repost): Alipay joins the e-CNY network; Taobao accepts e-CNY',
  date: '2022-12-27',
  grade: 'secondary',
};
export const ecnyrollout2022: PaymentSource = {
  title: 'BitcoinEthereumNews: e-CNY payment launched on Taobao and Alipay',
  url: 'https://bitcoinethereumnews.com/finance/e-cny-pay-function-launched-by-taobao-and-alipay-digital-yuan-gets-power',
  date: '2022-12',
  grade: 'secondary',
};
export const forkast2022: PaymentSource = {
  title: 'Forkast: Meituan food delivery accepts e-CNY; the e-CNY app lists its merchants',
  url: 'https://forkast.news/chinese-food-delivery-meituan-accepts-ecny',
  date: '2022-01',
  grade: 'secondary',
};
export const beijingdaily2024: PaymentSource = {
  title: 'Beijing Daily (repost): Meituan takeaway and hotel mini-programs launch inside Alipay',
  date: '2024-09-05',
  grade: 'secondary',
};
export const dao2024taote: PaymentSource = {
  title: 'Dao Insights: Taobao Deals adds WeChat Pay',
  url: 'https://daoinsights.com/?p=40248',
  date: '2024-09',
  grade: 'secondary',
};
export const krasia2021: PaymentSource = {
  title: 'KrASIA: major tech companies in China unbrick walled gardens to take rival payment services',
  url: 'https://amp.kr-asia.com/major-tech-companies-in-china-unbrick-walled-gardens-to-integrate-rival-payment-services',
  date: '2021-09',
  grade: 'major-outlet',
};
export const scmp2021taote: PaymentSource = {
  title: "SCMP: Alibaba launches Taobao Deals inside Tencent's super app",
  url: 'https://www.scmp.com/tech/big-tech/article/3130172/alibabas-launch-bargain-marketplace-taobao-deals-tencents-super-app',
  date: '2021-05',
  grade: 'major-outlet',
};
export const reuters2021: PaymentSource = {
  title: 'Reuters and 36Kr (repost): Alibaba apps start offering WeChat Pay after government orders',
  date: '2021-09-28',
  grade: 'secondary',
};
export const yicai2021: PaymentSource = {
  title: 'Yicai Global: Alibaba apps start accepting WeChat Pay amid stricter antitrust rules',
  url: 'https://yicaiglobal.com/news/alibaba-apps-start-accepting-wechat-pay-amid-stricter-antitrust-rules-',
  date: '2021-09-28',
  grade: 'major-outlet',
};
export const cnbc2021: PaymentSource = {
  title: "CNBC (repost): Alibaba apps support Tencent's WeChat Pay",
  date: '2021-09',
  grade: 'secondary',
};
export const hanshow2016: PaymentSource = {
  title: "Linkshop via Hanshow: Hema's first store takes only Alipay",
  url: 'https://en.hanshow.com/497/',
  date: '2016',
  grade: 'secondary',
};
export const eastday2017: PaymentSource = {
  title: 'Shanghai Daily via Eastday: the Hema app is linked to Alipay or WeChat payment accounts',
  url: 'http://english.eastday.com/Shanghai/auto/u1ai8576269.html',
  date: '2017-08-11',
  grade: 'secondary',
};
export const chinanews2020: PaymentSource = {
  title: 'Chinanews (repost): Meituan and Ele.me change their payment methods',
  date: '2020-07-31',
  grade: 'secondary',
};
export const lvyouzhishi: PaymentSource = {
  title: 'Lvyouzhishi Q&A: paying on Fliggy and Ctrip with Alipay or Huabei (undated page, read 2026)',
  url: 'https://lvyouzhishi.com/sheyingzhishi/47xjnh0t8f.html',
  date: '2026',
  grade: 'unofficial',
};
export const alibabafaq: PaymentSource = {
  title: 'Alibaba.com buyer help: how to pay for an order (undated page, read 2026)',
  url: 'https://service.alibaba.com/buyer/faq_detail/20432887.htm',
  date: '2026',
  grade: 'official',
};
export const worldfirst2024: PaymentSource = {
  title: 'WorldFirst help center: paying on 1688 with World Pay',
  url: 'https://www.worldfirst.com/af/help-center/1688-and-world-pay/1688-payment-solution',
  date: '2024-10-14',
  grade: 'official',
};
export const tamebay2011: PaymentSource = {
  title: 'Tamebay: Alibaba payment methods on AliExpress',
  url: 'http://tamebay.com/2011/06/alibaba-payment-methods-on-aliexpress.html',
  date: '2011-06',
  grade: 'secondary',
};
export const alihelper2024: PaymentSource = {
  title: 'AliHelper: AliExpress payment methods',
  url: 'https://alihelper.net/blog/en/aliexpress-payment-methods/',
  date: '2024',
  grade: 'unofficial',
};
export const jdunionpay2011: PaymentSource = {
  title: 'Report (repost): JD.com offers UnionPay cardless quick pay from July 2011',
  date: '2011-07',
  grade: 'secondary',
};
export const scmp2024jd: PaymentSource = {
  title: "SCMP: JD.com to accept Alipay as 'walled gardens' fall",
  url: 'https://mcdn.i-scmp.com/tech/tech-trends/article/3284482/chinese-e-commerce-platform-jdcom-accept-alipay-walled-gardens-fall',
  date: '2024-10',
  grade: 'major-outlet',
};
export const futu2024: PaymentSource = {
  title: 'Futu News: JD.com Hong Kong and Macau Double Eleven sales',
  url: 'https://news.futunn.com/en/post/48718314/jdcom-09618-hk-hong-kong-and-macau-double-eleven-sales',
  date: '2024-10-15',
  grade: 'secondary',
};
export const ndrc2025: PaymentSource = {
  title:
    'NDRC press conference and JD.com customer service (translated repost): Alipay on JD.com is opening gradually; some merchants and items do not take it yet',
  url: 'https://shoujike.com.cn/w/1642.html',
  date: '2025-01-07',
  grade: 'secondary',
};
export const cryptomak2020: PaymentSource = {
  title: "Cryptomak: Suzhou's digital yuan trial on JD.com, Meituan and Didi",
  url: 'https://cryptomak.co.uk/china-suzhous-dcep-trial-sees-digital-yuan-on-jd-com-meituan-and-didi',
  date: '2020-12-11',
  grade: 'secondary',
};
export const dao2021: PaymentSource = {
  title: 'Dao Insights: Meituan trials digital RMB and rolls it out across China',
  url: 'https://daoinsights.com/news/meituan-trials-digital-rmb-and-rolls-out-across-china',
  date: '2021-09',
  grade: 'secondary',
};
export const s8btc2022: PaymentSource = {
  title: '8btc News: Meituan joins the e-CNY expansion',
  url: 'https://news.8btc.com/meituan-joins-e-cny-expansion-effort-as-wallet-app-download-passes-30-million',
  date: '2022-01',
  grade: 'secondary',
};
export const krasia2020pdd: PaymentSource = {
  title: 'KrASIA: Pinduoduo unveils its payment service Duoduo Pay',
  url: 'https://kr-asia.com/pinduoduo-unveils-payment-service-duoduo-pay-for-its-731-million-users',
  date: '2020-12',
  grade: 'major-outlet',
};
export const scmp2024merchants: PaymentSource = {
  title:
    'SCMP (repost): Alibaba merchants hail WeChat Pay on Taobao and Tmall; Pinduoduo long took both wallets',
  date: '2024-09',
  grade: 'secondary',
};
export const chinatechnews2020: PaymentSource = {
  title: 'ChinaTechNews: Pinduoduo launches Duoduo Wallet',
  url: 'https://www.chinatechnews.com/2020/12/14/26984-pinduoduo-launched-duoduo-wallet',
  date: '2020-12-14',
  grade: 'secondary',
};
export const alitariffs: PaymentSource = {
  title: 'AliTariffs guide: Pinduoduo payment options (undated page, read 2026)',
  url: 'https://alitariffs.com/guides/pinduoduo-payment-options',
  date: '2026',
  grade: 'unofficial',
};
export const technode2020: PaymentSource = {
  title: 'TechNode: Meituan blocks payment via Alipay as rivalry intensifies',
  url: 'https://technode.com/2020/07/30/meituan-blocks-payment-via-alipay-as-rivalry-intensifies/',
  date: '2020-07-30',
  grade: 'secondary',
};
export const pandaily2020: PaymentSource = {
  title: 'Pandaily (repost): the Meituan app no longer supports Alipay',
  date: '2020-07',
  grade: 'secondary',
};
export const scmp2022ecny: PaymentSource = {
  title: 'SCMP: Meituan expands e-CNY payments offline',
  url: 'https://www.scmp.com/tech/tech-trends/article/3164796/chinas-digital-currency-meituan-expands-e-cny-payments-offline',
  date: '2022-01',
  grade: 'major-outlet',
};
export const yicai2021douyin: PaymentSource = {
  title: "Yicai Global: China's version of TikTok brings out a payments app",
  url: 'https://www.yicaiglobal.com/news/china-version-of-tiktok-brings-out-payments-app',
  date: '2021-01-19',
  grade: 'major-outlet',
};
export const technode2021douyin: PaymentSource = {
  title: 'TechNode via China Underground: ByteDance unveils Douyin Pay to rival Alipay and WeChat Pay',
  url: 'https://china-underground.com/2021/01/20/bytedance-unveils-douyin-mobile-payment-tool-to-rival-alipay-wechat/',
  date: '2021-01-20',
  grade: 'secondary',
};
export const mr010: PaymentSource = {
  title: 'Mr010 how-to: paying with the Kuaishou wallet (undated page, read 2026)',
  url: 'https://mr010.com/online-retailers/kuaishou/where-is-the-fast-wallet-payment-setup-how-do-i-pay-with-money-from-my-fast-wallet.html',
  date: '2026',
  grade: 'unofficial',
};
export const krasia2020ks: PaymentSource = {
  title: 'KrASIA: Kuaishou acquires a payment licence',
  url: 'https://kr-asia.com/kuaishou-acquires-payment-license-amid-booming-e-commerce-and-livestreaming',
  date: '2020-09',
  grade: 'major-outlet',
};
export const pandaily2022: PaymentSource = {
  title: 'Pandaily (repost): Kuaishou e-commerce works with Zhima Credit on buy now, pay later',
  date: '2022-06',
  grade: 'secondary',
};
export const chumoping: PaymentSource = {
  title: 'Chumoping how-to: paying on Xiaohongshu (undated page, read 2026)',
  url: 'https://www.chumoping.net/post/17701.html',
  date: '2026',
  grade: 'unofficial',
};
export const hsxycw: PaymentSource = {
  title: 'Hsxycw how-to: Xiaohongshu payment methods (undated page, read 2026)',
  url: 'https://www.hsxycw.com/ds/bgryde.html',
  date: '2026',
  grade: 'unofficial',
};
export const sourcing2015: PaymentSource = {
  title: 'Sourcing Journal: Alibaba invests $4.6B in Suning',
  url: 'https://sourcingjournal.com/topics/retail/alibaba-invests-4-6b-in-chinese-electronics-chain-suning-34242/',
  date: '2015-08',
  grade: 'secondary',
};
export const cardozapub: PaymentSource = {
  title: 'Cardozapub list: where e-CNY is accepted (undated page, read 2026)',
  url: 'http://cardozapub.com/CateringFranchise/ieulnsjgoa.html',
  date: '2026',
  grade: 'unofficial',
};
export const drbdp: PaymentSource = {
  title: 'Drbdp list: Dangdang payment methods (undated page, read 2026)',
  url: 'https://top.drbdp.com/2-938889.html',
  date: '2026',
  grade: 'unofficial',
};
export const tripfaq: PaymentSource = {
  title: 'Trip.com help: payment methods (undated page, read 2026)',
  url: 'https://pages.trip.com/faq/en/payment.html',
  date: '2026',
  grade: 'official',
};
export const jinan2025: PaymentSource = {
  title: 'Jinan Municipal Government: payment guide for foreign visitors',
  url: 'http://zwfw.jinan.gov.cn/art/2025/11/10/art_127492_4798712.html',
  date: '2025-11-10',
  grade: 'official',
};
export const ctripfaq: PaymentSource = {
  title:
    "Ctrip English help: payment methods (undated page from before Ctrip's English site became Trip.com in 2017)",
  url: 'http://pages.english.ctrip.com/webhome/purehtml/en/faq/payment.html',
  date: '2017',
  grade: 'official',
};
export const railway2017: PaymentSource = {
  title:
    'China Railway notice (repost): 12306 adds WeChat Pay from 23 November 2017, besides the banks, UnionPay and Alipay',
  date: '2017-11',
  grade: 'secondary',
};
export const ugrim2025: PaymentSource = {
  title: 'Ugrim how-to: DiDi payment methods',
  url: 'https://www.ugrim.com/technology/464.html',
  date: '2025-12-20',
  grade: 'unofficial',
};
export const citizendaily2026: PaymentSource = {
  title: 'Citizen Daily Post FAQ: how DiDi payment works',
  url: 'https://www.citizendailypost.com/faq/how-does-didi-payment-work',
  date: '2026',
  grade: 'unofficial',
};
export const site06925: PaymentSource = {
  title: '06925 how-to: Bilibili top-up channels (undated page, read 2026)',
  url: 'https://www.06925.com/blblpt/829847537.html',
  date: '2026',
  grade: 'unofficial',
};
export const phpcn2024: PaymentSource = {
  title: 'PHP.cn how-to: managing iQiyi auto-renewal',
  url: 'https://m.php.cn/fr/faq/694610.html',
  date: '2024-03-01',
  grade: 'unofficial',
};
export const iqiyirules: PaymentSource = {
  title: 'iQIYI international auto-renewal rules (repost) (undated page, read 2026)',
  date: '2026',
  grade: 'secondary',
};
export const pconline: PaymentSource = {
  title: 'PConline Q&A: cancelling Tencent Video auto-renewal (undated page, read 2026)',
  url: 'https://www.pconline.com.cn/ask/40820.html',
  date: '2026',
  grade: 'unofficial',
};
export const bjmtth: PaymentSource = {
  title: 'Bjmtth how-to: Tencent Video membership renewal (undated page, read 2026)',
  url: 'http://m.bjmtth.com/news/5022.html',
  date: '2026',
  grade: 'unofficial',
};
export const qqyyvip: PaymentSource = {
  title: 'Qqyyvip how-to: paying for QQ Music (undated page, read 2026)',
  url: 'https://qqyyvip.com/21445.html',
  date: '2026',
  grade: 'unofficial',
};
export const golue2024: PaymentSource = {
  title: 'Golue how-to: NetEase Cloud Music auto-renewal',
  url: 'https://m.golue.com/news/v1128940.html',
  date: '2024-11-21',
  grade: 'unofficial',
};
export const huanbao2025: PaymentSource = {
  title: 'Huanbaoxinwen how-to: NetEase Cloud Music membership payment',
  url: 'https://www.huanbaoxinwen.com/zxwd/202506/258420.html',
  date: '2025-06',
  grade: 'unofficial',
};
export const technode2014: PaymentSource = {
  title: 'TechNode: Sina Weibo and Alipay launch Weibo Payment',
  url: 'https://technode.com/2014/01/07/sina-weibo-and-alipay-launches-weibo-payment/',
  date: '2014-01-07',
  grade: 'secondary',
};
export const reuters2013: PaymentSource = {
  title: 'Reuters: Sina to launch its own online payment service',
  url: 'http://www.reuters.com/article/sina-onlinepayment-idUSL3N0CE5GP20130322',
  date: '2013-03-22',
  grade: 'major-outlet',
};
export const reuters2014: PaymentSource = {
  title: 'Reuters: Apple adds UnionPay to App Store payments in China',
  url: 'http://www.reuters.com/article/us-apple-china-unionpay-idUSKCN0J10BF20141117',
  date: '2014-11-17',
  grade: 'major-outlet',
};
export const techcrunch2014: PaymentSource = {
  title: 'TechCrunch: Apple adds UnionPay to App Store payment options',
  url: 'https://techcrunch.com/2014/11/16/apple-adds-unionpay-chinas-largest-bankcard-network-to-app-store-payment-options/',
  date: '2014-11-16',
  grade: 'major-outlet',
};
export const macdaily2017: PaymentSource = {
  title: 'WSJ via MacDailyNews: Apple approves WeChat Pay for App Store purchases in China',
  url: 'http://macdailynews.com/2017/08/31/apple-approves-tencents-wechat-pay-for-app-store-purchases-in-china/',
  date: '2017-08-31',
  grade: 'secondary',
};
