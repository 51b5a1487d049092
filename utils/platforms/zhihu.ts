import { definePlatform } from './define-platform';

const wrapper = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; OldPanda/Open-the-F-king-URL-Right-Now userscript.js; MerielVaren/remove-link-redirects remove-link-redirects.js; Leon406/jsdelivr js/tampermonkey/freeGo.user.js',
  verified: '2026-12-01',
} as const;
/**
 * `zhihu://` is the app's scheme and `zhihu://question/<id>` is in a public scheme collection; the
 * answers/articles/people/pins forms (singular and plural) and oia.zhihu.com are seen only in unnamed
 * public code, so these rules keep their first day.
 */
const untraced = {
  source:
    'WengYuehTing/url-scheme-collection README.md (zhihu://question/{qid}); crasowas/scheme_go apps_data.json (zhihu://)',
  verified: '2026-11-24',
} as const;
/** A share text is the page's own title (`<question> - <author>的回答 - 知乎`) and its address. */
const shareText = {
  source: 'https://www.zhihu.com/question/2081380378493961583/answer/2081768662713754653',
  verified: '2026-11-24',
} as const;

export default definePlatform({
  id: 'zhihu',
  names: { en: 'Zhihu', zh: '知乎' },
  domains: ['zhihu.com'],
  shareText,
  markers: [' - 知乎'],
  titles: ['line-before'],
  titleSuffixes: [' - 知乎'],
  titleAuthorSeparator: ' - ',
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['link.zhihu.com'],
      path: '/',
      query: { target: '{u:url}' },
      to: '{u}',
      note: 'Zhihu often encodes only the colon (https%3A//…); other parameters may come first.',
      ...wrapper,
    },
  ],
  schemes: [
    {
      names: ['zhihu'],
      routes: [
        { path: 'question/{q:digits}', to: 'https://www.zhihu.com/question/{q}' },
        { path: 'questions/{q:digits}', to: 'https://www.zhihu.com/question/{q}' },
        { path: 'answer/{a:digits}', to: 'https://www.zhihu.com/answer/{a}' },
        { path: 'answers/{a:digits}', to: 'https://www.zhihu.com/answer/{a}' },
        { path: 'article/{p:digits}', to: 'https://zhuanlan.zhihu.com/p/{p}' },
        { path: 'articles/{p:digits}', to: 'https://zhuanlan.zhihu.com/p/{p}' },
        { path: 'people/{t:word}', to: 'https://www.zhihu.com/people/{t}' },
        { path: 'pin/{id:digits}', to: 'https://www.zhihu.com/pin/{id}' },
        { path: 'pins/{id:digits}', to: 'https://www.zhihu.com/pin/{id}' },
      ],
      ...untraced,
    },
  ],
  // Only the question: the one route the source writes out (`zhihu://question/{qid}`).
  appLinks: [
    { hosts: ['www.zhihu.com'], path: '/question/{q:digits}', to: 'zhihu://question/{q}', ...untraced },
  ],
  canonical: [
    {
      hosts: ['oia.zhihu.com'],
      path: '/answers/{a:digits}',
      to: 'https://www.zhihu.com/answer/{a}',
      note: 'oia.zhihu.com/answers/<id> is not traced to a named public file.',
      ...untraced,
    },
  ],
  sources: [wrapper.source, untraced.source],
  examples: [
    {
      input: 'https://link.zhihu.com/?target=https%3A//github.com/Aixile/chainer-cyclegan',
      url: 'https://github.com/Aixile/chainer-cyclegan',
    },
    {
      input: 'https://link.zhihu.com/?utm_oi=1&target=https%3A%2F%2Fwww.python.org%2F',
      url: 'https://www.python.org/',
    },
    {
      input:
        '如何评价正式发布的 DeepSeek V4.1 Flash？ - 苏剑林的回答 - 知乎 https://www.zhihu.com/question/2081380378493961583/answer/2081768662713754653',
      url: 'https://www.zhihu.com/question/2081380378493961583/answer/2081768662713754653',
      title: '如何评价正式发布的 DeepSeek V4.1 Flash？',
    },
    {
      input: 'zhihu://questions/485657993',
      url: 'https://www.zhihu.com/question/485657993',
      appLink: 'zhihu://question/485657993',
    },
    { input: 'zhihu://articles/498759256', url: 'https://zhuanlan.zhihu.com/p/498759256' },
    { input: 'https://link.zhihu.com/?target=javascript%3Aalert(1)', url: null },
    {
      input: 'https://link.zhihu.com.evil.example/?target=https%3A//github.com/',
      url: 'https://link.zhihu.com.evil.example/?target=https%3A//github.com/',
    },
    {
      input: 'https://www.zhihu.com/signin?next=%2Fsettings',
      url: 'https://www.zhihu.com/signin?next=%2Fsettings',
    },
    {
      input: 'https://www.zhihu.com/question/485657993',
      url: 'https://www.zhihu.com/question/485657993',
      appLink: 'zhihu://question/485657993',
    },
  ],
});
