import { definePlatform } from './define-platform';

/**
 * AcFun's app shares the mobile page `m.acfun.cn/v/?ac=<id>&sid=<share id>`; the web page of the same
 * video is `www.acfun.cn/v/ac<id>`. No share text with wording of its own was found in public material.
 */
const mobileShare = {
  source: 'zhiyu1998/rconsole-plugin apps/tools.js; wujunwei928/parse-video parser/acfun.go',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'acfun',
  names: { en: 'AcFun', zh: 'AcFun' },
  domains: ['acfun.cn'],
  canonical: [
    {
      hosts: ['m.acfun.cn'],
      path: '/v/',
      query: { ac: '{id:digits}', part: '{part:digits}' },
      to: null,
      note: 'One part of a multi-part video: no public source gives its web form, so it is kept as it is.',
      source: 'xiyaowong/spiders extractor/acfun.py',
      verified: '2026-12-01',
    },
    {
      hosts: ['m.acfun.cn'],
      path: '/v/',
      query: { ac: '{id:digits}' },
      to: 'https://www.acfun.cn/v/ac{id}',
      ...mobileShare,
    },
  ],
  sources: [mobileShare.source],
  examples: [
    {
      input: 'https://m.acfun.cn/v/?ac=32838812&sid=d2b0991bd6ad9c09',
      url: 'https://www.acfun.cn/v/ac32838812',
    },
    { input: 'https://www.acfun.cn/v/ac41253443', url: 'https://www.acfun.cn/v/ac41253443' },
    {
      input: 'https://m.acfun.cn/v/?ac=14134176&part=2',
      url: 'https://m.acfun.cn/v/?ac=14134176&part=2',
    },
  ],
});
