import { definePlatform } from './define-platform';

const research = {
  source:
    'PRO-2684/pURLfy-rules outgoing.json; MerielVaren/remove-link-redirects remove-link-redirects.js (customDecode)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'pc6',
  names: { en: 'PC6', zh: 'PC6下载站' },
  domains: ['pc6.com'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['www.pc6.com'],
      path: '/goread.html',
      query: { gourl: '{g:alnum}' },
      to: '{g|base36triplets}',
      note: 'gourl writes each character of the target as three base-36 digits.',
      ...research,
    },
  ],
  examples: [
    {
      input:
        'https://www.pc6.com/goread.html?gourl=02W03803803403701M01B01B02T03C02P03103403002T01A03303602V01B02P01R02Q01P01D',
      url: 'https://example.org/a?b=1',
    },
    {
      input:
        'https://www.pc6.com/goread.html?gourl=02Y02P03A02P03702R03602X03403801M02P03002T03603801401D015',
      url: null,
    },
    {
      input:
        'https://www.pc6.com.evil.example/goread.html?gourl=02W03803803403701M01B01B02T03C02P03103403002T01A03303602V',
      url: 'https://www.pc6.com.evil.example/goread.html?gourl=02W03803803403701M01B01B02T03C02P03103403002T01A03303602V',
    },
  ],
});
