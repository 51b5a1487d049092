import { definePlatform } from './define-platform';

/**
 * The browser's article share: `我正在看【<title>】，分享给你，一起看吧！ <link>`, the link an article
 * page on `ag.mp.uc.cn`. Only that host is seen in the source, so only its domain is listed.
 */
const shareText = {
  source:
    'wudizhuo/kindle-rest-kotlin src/test/kotlin/com/sunzhuo/kindle/module/sender/utils/UrlParseAdapterTest.kt',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'ucbrowser',
  names: { en: 'UC Browser', zh: 'UC浏览器' },
  domains: ['mp.uc.cn'],
  markers: ['】，分享给你，一起看吧！'],
  titles: ['lenticular-before'],
  shareText,
  sources: [shareText.source],
  examples: [
    {
      input:
        '我正在看【阿里巴巴员工: 马云给阿里巴巴的员工开的薪水是多少呢?】，分享给你，一起看吧！ http://ag.mp.uc.cn/article.html?uc_param_str=123',
      url: 'https://ag.mp.uc.cn/article.html?uc_param_str=123',
      title: '阿里巴巴员工: 马云给阿里巴巴的员工开的薪水是多少呢?',
      kind: 'share',
    },
    { input: '我正在看【一篇文章】，分享给你，一起看吧！', url: null },
  ],
});
