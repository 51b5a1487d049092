import { definePlatform } from './define-platform';

const peer = { source: 'PRO-2684/pURLfy-rules outgoing.json', verified: '2026-12-01' } as const;

export default definePlatform({
  id: 'jobui',
  names: { en: 'Jobui', zh: '职友集' },
  domains: ['jobui.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.jobui.com'],
      path: '/tips/redirect.php',
      query: { link: '{u:url}' },
      to: '{u}',
      ...peer,
    },
  ],
  examples: [
    {
      input: 'https://www.jobui.com/tips/redirect.php?link=https%3A%2F%2Fgithub.com%2F',
      url: 'https://github.com/',
    },
    { input: 'https://www.jobui.com/tips/redirect.php?link=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.jobui.com.evil.example/tips/redirect.php?link=https%3A%2F%2Fgithub.com%2F',
      url: 'https://www.jobui.com.evil.example/tips/redirect.php?link=https%3A%2F%2Fgithub.com%2F',
    },
  ],
});
