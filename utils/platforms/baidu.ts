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
  ],
});
