import { definePlatform } from './define-platform';

const research = {
  source:
    'uBlockOrigin/uAssets filters/privacy.txt (href-sanitizer of a[href*="/visit/"][title^="https://"] on the Pepper deal sites)',
  verified: '2026-12-01',
} as const;

/** The Pepper group's deal sites share one software: a deal's "go to deal" link keeps its shop address in `title`. */
const pages = [
  'mydealz.de',
  'hotukdeals.com',
  'dealabs.com',
  'pepper.pl',
  'pepper.com',
  'preisjaeger.at',
  'chollometro.com',
  'promodescuentos.com',
];

export default definePlatform({
  id: 'pepper',
  names: { en: 'Pepper deal sites', zh: 'Pepper 优惠网站' },
  domains: pages,
  pageTargets: [
    {
      pages,
      hosts: pages.map((host) => `*.${host}`),
      path: '/visit/**',
      from: [{ attribute: 'title' }],
      ...research,
    },
  ],
  sources: [research.source],
  examples: [
    { input: 'https://www.mydealz.de/visit/thread/123', url: 'https://www.mydealz.de/visit/thread/123' },
    {
      input: 'https://www.mydealz.de/visit/thread/123',
      page: { host: 'www.mydealz.de', read: 'https://www.amazon.de/dp/B0C1234567' },
      url: 'https://www.amazon.de/dp/B0C1234567',
    },
    {
      input: 'https://www.mydealz.de/visit/thread/123',
      page: { host: 'www.mydealz.de', read: 'Zum Deal' },
      url: null,
    },
  ],
});
