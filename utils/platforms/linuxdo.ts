import { definePlatform } from './define-platform';

/**
 * LINUX DO is a Discourse forum: a click on a link in a post goes through the forum's own click
 * handler (click tracking, a leaving notice) before the browser follows it; the peer stops the click
 * from reaching it.
 */
const traps = {
  source:
    'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/linux.do.ts; https://linux.do/t/topic/320877',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'linuxdo',
  names: { en: 'LINUX DO', zh: 'LINUX DO' },
  domains: ['linux.do'],
  clickTraps: { hosts: ['linux.do'], attributes: [], ...traps },
  examples: [
    { input: 'https://linux.do/t/topic/320877', url: 'https://linux.do/t/topic/320877' },
    {
      input: '看这个帖子 https://linux.do/t/topic/320877 里的链接',
      url: 'https://linux.do/t/topic/320877',
    },
  ],
});
