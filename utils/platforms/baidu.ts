import { definePlatform } from './define-platform';

const maomao = 'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/baidu.com.ts';
const tieba = {
  source: `PRO-2684/pURLfy-rules outgoing.json; ${maomao}; OldPanda/Open-the-F-king-URL-Right-Now userscript.js`,
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'baidu',
  names: { en: 'Baidu', zh: '百度' },
  domains: ['baidu.com', 'aiqicha.com'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['tieba.baidu.com'],
      path: '/mo/q/checkurl',
      query: { url: '{u:url}' },
      to: '{u}',
      ...tieba,
    },
    {
      kind: 'wrapper',
      hosts: ['xueshu.baidu.com'],
      path: '/s',
      query: { sc_vurl: '{u:url}' },
      to: '{u}',
      source: 'PRO-2684/pURLfy-rules outgoing.json',
      verified: '2026-12-01',
    },
    {
      kind: 'interstitial',
      hosts: ['aiqicha.baidu.com', 'www.aiqicha.com'],
      path: '/safetip',
      query: { target: '{u:url}' },
      to: '{u}',
      source: 'YisRime/TamperMonkeyScript RedirectAll.js',
      verified: '2026-12-01',
    },
  ],
  pageInterstitials: [
    {
      // Tieba's safety check keeps the target only in the page (its url parameter is an opaque id).
      hosts: ['jump.bdimg.com', 'jump2.bdimg.com'],
      path: '/safecheck/index',
      selectors: ['a.btn.btn-next[href]', 'div.warning_info a', '.link'],
      click: ['a.btn.btn-next'],
      warning: {
        markers: ['风险', '违规', '无法访问', '停止访问', '诈骗', '欺诈', '举报', '封禁'],
        verdict: 'unsafe',
        source: `${maomao} (the safecheck page); the risk words are Unwall's reading of that page, not a public list`,
      },
      source: `${maomao} (a.btn.btn-next[href]); YisRime/TamperMonkeyScript RedirectAll.js (.warning_info a[href]); PRO-2684/pURLfy-rules outgoing.json (.link)`,
      verified: '2026-12-01',
    },
  ],
  pageTargets: [
    {
      // A result's box carries its target in `mu`; its links go through opaque /link?url= ids.
      pages: ['www.baidu.com'],
      hosts: ['www.baidu.com'],
      path: '/link',
      from: [{ attribute: 'mu', within: '#content_left > [mu]' }],
      source: `${maomao} (#content_left > [mu]); MerielVaren/remove-link-redirects remove-link-redirects.js (.c-container[mu])`,
      verified: '2026-12-01',
    },
  ],
  sources: [maomao, 'PRO-2684/pURLfy-rules outgoing.json', 'YisRime/TamperMonkeyScript RedirectAll.js'],
  examples: [
    {
      input:
        'https://tieba.baidu.com/mo/q/checkurl?url=https%3A%2F%2Fgithub.com%2Fmaomao1996%2Ftampermonkey-scripts',
      url: 'https://github.com/maomao1996/tampermonkey-scripts',
    },
    {
      input: 'https://aiqicha.baidu.com/safetip?target=https%3A%2F%2Fdeveloper.mozilla.org%2F',
      url: 'https://developer.mozilla.org/',
    },
    {
      input:
        'https://www.baidu.com/link?url=6_2YDDtFRezTZh4uVQOXWyZBvH50Bcti_7KOvkPEZuebaEBiERm-sE63tw0k3QyexYRF4dF6KKEooHdwuCQwxq',
      url: 'https://www.baidu.com/link?url=6_2YDDtFRezTZh4uVQOXWyZBvH50Bcti_7KOvkPEZuebaEBiERm-sE63tw0k3QyexYRF4dF6KKEooHdwuCQwxq',
    },
    {
      input: 'https://passport.baidu.com/v2/?login&u=https%3A%2F%2Fwww.baidu.com%2F',
      url: 'https://passport.baidu.com/v2/?login&u=https%3A%2F%2Fwww.baidu.com%2F',
    },
    {
      input: 'https://www.baidu.com/link?url=zU0uKJ7uVd4FZcXPqsLhdGUbvbCNEG5jxS7ZxKx8bBC',
      page: { host: 'www.baidu.com', read: 'https://developer.mozilla.org/zh-CN/' },
      url: 'https://developer.mozilla.org/zh-CN/',
    },
    {
      // Baidu's own cards keep a Baidu address (or no address) in \`mu\`: left to Baidu.
      input: 'https://www.baidu.com/link?url=zU0uKJ7uVd4FZcXPqsLhdGUbvbCNEG5jxS7ZxKx8bBC',
      page: { host: 'www.baidu.com', read: '208realtime.operation_card.aladdin.com' },
      url: null,
    },
    {
      input: 'https://www.baidu.com/link?url=zU0uKJ7uVd4FZcXPqsLhdGUbvbCNEG5jxS7ZxKx8bBC',
      page: { host: 'evil.example', read: 'https://developer.mozilla.org/zh-CN/' },
      url: null,
    },
    {
      input: 'https://www.baidu.com/link?url=zU0uKJ7uVd4FZcXPqsLhdGUbvbCNEG5jxS7ZxKx8bBC',
      page: { host: 'www.baidu.com', read: 'http://3108.lightapp.baidu.com/%B9%FE%B7%F0' },
      url: null,
    },
  ],
});
