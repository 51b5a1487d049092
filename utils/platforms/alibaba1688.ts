import { definePlatform } from './define-platform';

const cpsDoc =
  'mimicode/tksdk i688opensdk/response/alibabacpsgenclickurl/alibabacpsgenclickurl.go (1688 alibaba.cps.genClickUrl alipayUrl example: 【title】￥<12>￥，复制这条信息，在【手机阿里】或【支付宝】查看。)';
const cpsTest =
  'mimicode/tksdk i688opensdk/client_test.go (TestAlibabaCpsParseUrlOrToken: 【title】￥<13>￥，复制这条信息，打开【支付宝】…或打开【手机阿里】查看。)';

/** 1688 口令 (also opened by Alipay): `￥<12-13 letters and digits>￥` next to `【手机阿里】`, the 1688 app. */
export default definePlatform({
  id: 'alibaba1688',
  names: { en: '1688.com', zh: '1688' },
  appNames: ['阿里', '阿里巴巴'],
  domains: ['1688.com'],
  markers: ['【手机阿里】'],
  shareText: { source: `${cpsDoc}; ${cpsTest}`, verified: '2026-12-01' },
  tokens: [
    {
      name: { en: '1688 token', zh: '1688口令' },
      lengths: [12, 13],
      wrappers: ['￥'],
      needsMarker: true,
      source: `${cpsDoc}; ${cpsTest}`,
      verified: '2026-12-01',
    },
  ],
  sources: ['https://www.1688.com/', cpsDoc, cpsTest],
  examples: [
    {
      input:
        '吱口令：【芯壹测试企业购sku-sku报价】￥ipZoSS32hcav￥，复制这条信息，在【手机阿里】或【支付宝】查看。',
      url: null,
      token: '￥ipZoSS32hcav￥',
    },
    {
      input:
        '吱口令：【灰色针织开衫外套女春装2024新款】￥EjlWVUC96BIav￥，复制这条信息，打开【支付宝】在首页搜索中粘贴该信息查看或打开【手机阿里】查看。CZ1449。',
      url: null,
      token: '￥EjlWVUC96BIav￥',
    },
    { input: '￥1688精选181￥，复制这条信息，在【手机阿里】或【支付宝】查看。', url: null },
    {
      input: 'https://detail.1688.com/offer/650473487921.html',
      url: 'https://detail.1688.com/offer/650473487921.html',
    },
    { input: '1688 的网页版', url: null },
  ],
});
