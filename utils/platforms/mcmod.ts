import { definePlatform } from './define-platform';

const research = {
  source: 'PRO-2684/pURLfy-rules outgoing.json',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'mcmod',
  names: { en: 'MC Mod Wiki', zh: 'MC百科' },
  domains: ['mcmod.cn'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['link.mcmod.cn'],
      path: '/target/{u:base64}',
      to: '{u|base64}',
      ...research,
    },
    {
      kind: 'wrapper',
      hosts: ['link.mcmod.cn'],
      path: '/target/{p:base64}@{q:base64}',
      to: '{p|base64}?{q|base64text}',
      note: "Some links encode the address and its query apart, joined by '@' (pURLfy-rules reads them with a lambda).",
      ...research,
    },
  ],
  examples: [
    {
      input:
        'https://link.mcmod.cn/target/aHR0cHM6Ly9naXRodWIuY29tL3dheTJtdWNobm9pc2UvQmV0dGVyQWR2YW5jZW1lbnRz',
      url: 'https://github.com/way2muchnoise/BetterAdvancements',
    },
    {
      input: 'https://link.mcmod.cn/target/aHR0cHM6Ly9kZXZlbG9wZXIubW96aWxsYS5vcmcvZW4tVVMvZG9jcy9XZWI/eD0x',
      url: 'https://developer.mozilla.org/en-US/docs/Web?x=1',
    },
    {
      input: 'https://link.mcmod.cn/target/aHR0cHM6Ly9naXRodWIuY29tL3NlYXJjaA@cT1hJnR5cGU9Y29kZQ',
      url: 'https://github.com/search?q=a&type=code',
    },
    { input: 'https://link.mcmod.cn/target/amF2YXNjcmlwdDphbGVydCgxKQ==', url: null },
    { input: 'https://link.mcmod.cn/target/amF2YXNjcmlwdDphbGVydCgxKQ@Yj0x', url: null },
    {
      input: 'https://link.mcmod.cn.evil.example/target/aHR0cHM6Ly9naXRodWIuY29tLw==',
      url: 'https://link.mcmod.cn.evil.example/target/aHR0cHM6Ly9naXRodWIuY29tLw==',
    },
  ],
});
