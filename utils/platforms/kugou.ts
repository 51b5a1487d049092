import { definePlatform } from './define-platform';

const verified = '2026-12-01';

/** The app's playlist share text: `分享…的歌单《…》<link>（@酷狗音乐）`, the link on a t*.kugou.com share host. */
const shareText =
  'kaaaaai/kaaaaai.practice.ios CodeFragmentation/CodeFragmentation/Tools/KKPlaylistTool.m; https://github.com/listen1/listen1_desktop/issues/292; fllesser/nonebot-plugin-parser tests/test_kugou.py';

export default definePlatform({
  id: 'kugou',
  names: { en: 'Kugou Music', zh: '酷狗音乐' },
  domains: ['kugou.com'],
  shortDomains: ['t.kugou.com', 't1.kugou.com', 't3.kugou.com', 't4.kugou.com'],
  markers: ['（@酷狗音乐）'],
  titles: ['book-before'],
  shareText: { source: shareText, verified },
  sources: [shareText, 'https://github.com/metowolf/Meting/issues/111'],
  examples: [
    {
      input:
        '分享故梦的歌单《‖G.E.M.邓紫棋‖:一路成长的铁肺女王》https://t4.kugou.com/song.html?id=5lXkc16wjV2（@酷狗音乐）',
      url: 'https://t4.kugou.com/song.html?id=5lXkc16wjV2',
      title: '‖G.E.M.邓紫棋‖:一路成长的铁肺女王',
    },
    { input: 'https://t.kugou.com/3nu0U52wrV3', url: 'https://t.kugou.com/3nu0U52wrV3' },
    {
      input: 'https://t3.kugou.com/song.html?id=AeZ3f7EqV2',
      url: 'https://t3.kugou.com/song.html?id=AeZ3f7EqV2',
    },
    {
      input: 'https://m.kugou.com/share/?chain=uf7AcfzAV3&id=uf7AcfzAV3#/',
      url: 'https://m.kugou.com/share/?chain=uf7AcfzAV3&id=uf7AcfzAV3#/',
    },
    { input: '我在酷狗常听的歌（@酷狗音乐）', url: null },
  ],
});
