import { definePlatform } from './define-platform';

/**
 * The app's share text: `【<title> - 今日头条】`, then `点击链接打开👉 <m.toutiao.com/is/…> <noise>`,
 * then `复制此条消息,打开｢今日头条APP｣或｢今日头条极速版APP｣后直接查看~` (half-width corner brackets).
 * Older texts glue the link to the bracket. Notification texts carry `s.zjurl.cn/<code>` links.
 */
const shareText = {
  source:
    'monika2333/edu_news_pipeline README.md; rwsbillyang/spider src/news/ToutiaoSpider.kt; TheoRepo/regexp_ner_project test/test_UDF.py',
  verified: '2026-12-01',
} as const;

/** Article pages on mirror hosts: the same path on m.toutiao.com, the query dropped (the spider's own step). */
const mirrors = { source: 'rwsbillyang/spider src/news/ToutiaoSpider.kt', verified: '2026-12-01' } as const;
const mirrorHosts = ['m.toutiaocdn.com', 'm.toutiaocdn.net', 'm.toutiaoimg.cn'];

export default definePlatform({
  id: 'toutiao',
  names: { en: 'Toutiao', zh: '今日头条' },
  appNames: ['今日头条极速版'],
  // The mirrors' domains are Toutiao's own, whole: the site switch takes them with toutiao.com.
  domains: ['toutiao.com', 'toutiaocdn.com', 'toutiaocdn.net', 'toutiaoimg.cn'],
  shortDomains: ['s.zjurl.cn'],
  markers: [' - 今日头条】', '打开｢今日头条APP｣'],
  shareText,
  titles: ['lenticular-before'],
  titleSuffixes: [' - 今日头条'],
  canonical: [
    { hosts: mirrorHosts, path: '/a{id:digits}/', to: 'https://m.toutiao.com/a{id}/', ...mirrors },
    { hosts: mirrorHosts, path: '/i{id:digits}/', to: 'https://m.toutiao.com/i{id}/', ...mirrors },
  ],
  sources: [shareText.source, 'iawia002/lux extractors/ixigua/ixigua.go'],
  examples: [
    {
      input:
        '【AI赋能､人人参与!北京市2025年北京市中小学科学节(通... - 今日头条】\n点击链接打开👉 https://m.toutiao.com/is/YEexSWXbGwQ/ YEexSWXbGwQ` dvX:/ m@q.EH :0am\n复制此条消息,打开｢今日头条APP｣或｢今日头条极速版APP｣后直接查看~',
      url: 'https://m.toutiao.com/is/YEexSWXbGwQ/',
      title: 'AI赋能､人人参与!北京市2025年北京市中小学科学节(通...',
    },
    {
      input: '【习仲勋情系祖居地河南南阳 - 今日头条】https://m.toutiao.com/is/eLSqD9x/',
      url: 'https://m.toutiao.com/is/eLSqD9x/',
      title: '习仲勋情系祖居地河南南阳',
    },
    {
      input:
        'https://m.toutiaocdn.net/a6940884912362865183/?app=news_article&is_hit_share_recommend=0&share_token=a146bed7-329d-409d-8f54-77be583cd85b&tt_from=copy_link&utm_source=copy_link&utm_medium=toutiao_android&utm_campaign=client_share',
      url: 'https://m.toutiao.com/a6940884912362865183/',
    },
    {
      input:
        '【今日头条】@江九斤,你喜欢的「都市大巴车」发布了新内容,96w人喊你来看,s.zjurl.cn/Jso6Bkr 回TD退订',
      url: 'https://s.zjurl.cn/Jso6Bkr',
    },
    { input: 'YEexSWXbGwQ` dvX:/ m@q.EH :0am\n复制此条消息,打开｢今日头条APP｣后直接查看~', url: null },
  ],
});
