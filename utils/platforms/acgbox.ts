import { definePlatform } from './define-platform';

const peer = {
  source: 'maomao1996/tampermonkey-scripts packages/remove-redirect/src/sites/acgbox.link.ts',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'acgbox',
  names: { en: 'ACGBox', zh: 'ACG盒子' },
  domains: ['acgbox.link'],
  wrappers: [
    {
      kind: 'interstitial',
      hosts: ['www.acgbox.link'],
      path: '/go/',
      query: { url: '{u:base64}' },
      to: '{u|base64}',
      note: 'The base64 value is also percent-encoded (%3D%3D).',
      ...peer,
    },
    {
      kind: 'interstitial',
      hosts: ['www.acgbox.link'],
      path: '/go/',
      query: { url: '{u:url}' },
      to: '{u}',
      note: "The same page with a plain percent-encoded target (the peer's end-to-end test clicks through it).",
      source: 'maomao1996/tampermonkey-scripts packages/remove-redirect/e2e/sites/acgbox.link.spec.ts',
      verified: '2026-12-01',
    },
  ],
  examples: [
    {
      input: 'https://www.acgbox.link/go/?url=aHR0cHM6Ly93d3cucGl4aXYubmV0Lw%3D%3D',
      url: 'https://www.pixiv.net/',
    },
    { input: 'https://www.acgbox.link/go/?url=https%3A%2F%2Ffe-mm.com', url: 'https://fe-mm.com/' },
    { input: 'https://www.acgbox.link/go/?url=amF2YXNjcmlwdDphbGVydCgxKQ%3D%3D', url: null },
    { input: 'https://www.acgbox.link/go/?url=javascript%3Aalert(1)', url: null },
    {
      input: 'https://www.acgbox.link.evil.example/go/?url=aHR0cHM6Ly9naXRodWIuY29tLw%3D%3D',
      url: 'https://www.acgbox.link.evil.example/go/?url=aHR0cHM6Ly9naXRodWIuY29tLw%3D%3D',
    },
  ],
});
