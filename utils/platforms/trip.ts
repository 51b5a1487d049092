import { definePlatform } from './define-platform';

/**
 * Known for its web domains; no app-link format is documented.
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
