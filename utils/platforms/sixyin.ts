import { definePlatform } from './define-platform';

const research = {
  source: 'PRO-2684/pURLfy-rules outgoing.json',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'sixyin',
  names: { en: 'Sixyin', zh: '六音' },
  domains: ['sixyin.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.sixyin.com'],
      query: { golink: '{u:base64}' },
      to: '{u|base64}',
      ...research,
    },
  ],
  examples: [
    {
      input: 'https://www.sixyin.com/8391.html?golink=aHR0cHM6Ly9naXRodWIuY29tLw==',
      url: 'https://github.com/',
    },
    { input: 'https://www.sixyin.com/8391.html?golink=amF2YXNjcmlwdDphbGVydCgxKQ==', url: null },
    {
      input: 'https://www.sixyin.com.evil.example/8391.html?golink=aHR0cHM6Ly9naXRodWIuY29tLw==',
      url: 'https://www.sixyin.com.evil.example/8391.html?golink=aHR0cHM6Ly9naXRodWIuY29tLw==',
    },
  ],
});
