import { definePlatform } from './define-platform';

const container = {
  source: 'bailicangdu/node-elm InitData/entry.js (eleme://web?url=<encoded>&animation_type=…)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'eleme',
  names: { en: 'Ele.me', zh: '饿了么' },
  domains: ['ele.me'],
  markers: ['【饿了么】'],
  shareText: {
    source:
      'No named public file: the branded SMS 【饿了么】… (verification codes, order notices, no link) is seen in public SMS test tables. Nearest source: bailicangdu/node-elm InitData/entry.js (the app links)',
    verified: '2026-12-01',
  },
  schemes: [
    {
      names: ['eleme'],
      routes: [
        { path: 'web', query: { url: '{u:url}' }, to: '{u}' },
        { path: 'retail_store', to: null, note: 'A shop in the app; no named public file traced for it.' },
      ],
      ...container,
    },
  ],
  sources: [container.source],
  examples: [
    {
      input:
        'eleme://web?url=https%3A%2F%2Fzaocan.ele.me&target_name=%E9%A2%84%E8%AE%A2%E6%97%A9%E9%A4%90&animation_type=1',
      url: 'https://zaocan.ele.me/',
    },
    { input: 'https://s.click.ele.me/RpRFhvu', url: 'https://s.click.ele.me/RpRFhvu' },
    { input: 'eleme://retail_store?re_store_id=150075280', url: null },
    { input: '【饿了么】您的验证码是917440，在5分钟内有效。', url: null },
  ],
});
