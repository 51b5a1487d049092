import { definePlatform } from './define-platform';

const redirects =
  'Unwall redirect research (redirects.json): maomao1996/tampermonkey-scripts, MerielVaren/remove-link-redirects';

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
      source: redirects,
    },
    {
      kind: 'wrapper',
      hosts: ['xueshu.baidu.com'],
      path: '/s',
      query: { sc_vurl: '{u:url}' },
      to: '{u}',
      source: redirects,
    },
    {
      kind: 'interstitial',
      hosts: ['aiqicha.baidu.com', 'www.aiqicha.com'],
      path: '/safetip',
      query: { target: '{u:url}' },
      to: '{u}',
      source: redirects,
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
        source:
          'Baidu Tieba safecheck page (peers: maomao1996 remove-redirect baidu.com.ts); Unwall review: a page naming a risk is a warning',
      },
      source:
        'maomao1996/tampermonkey-scripts remove-redirect baidu.com.ts (a.btn.btn-next[href]); oneNorth7/LinkHelper (div.warning_info a); PRO-2684/pURLfy-rules (.link)',
    },
  ],
  pageTargets: [
    {
      // A result's box carries its target in `mu`; its links go through opaque /link?url= ids.
      pages: ['www.baidu.com'],
      hosts: ['www.baidu.com'],
      path: '/link',
      from: [{ attribute: 'mu', within: '#content_left > [mu]' }],
      source: 'maomao1996/tampermonkey-scripts remove-redirect src/sites/baidu.com.ts (#content_left > [mu])',
    },
  ],
  sources: [redirects],
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
