import { definePlatform } from './define-platform';

const peers = {
  source:
    'ClearURLs/Rules data.min.json; uBlockOrigin/uAssets filters/privacy.txt; bjornstar/intercept-redirect test/index.js (disq.us/url?url=<target>%3A<27-character hash>)',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'disqus',
  names: { en: 'Disqus', zh: 'Disqus' },
  domains: ['disqus.com', 'disq.us'],
  wrappers: [
    {
      kind: 'wrapper',
      hosts: ['disq.us'],
      path: '/url',
      query: { url: '{u:url}:{h:word:10-40}' },
      to: '{u}',
      note: 'Disqus appends `:` and a hash to the target (27 characters in the links seen); the pattern takes the text after the last `:`, so a target with its own colons stays whole, and a value without a hash matches nothing. ClearURLs cuts at the first %3A; uBO reads the link title.',
      ...peers,
    },
  ],
  examples: [
    {
      input:
        'https://disq.us/url?url=https%3A%2F%2Fmollyrocket.com%2F849%3AlCXtetgf9YHMt7wShspF19n5pMw&cuid=1308141',
      url: 'https://mollyrocket.com/849',
    },
    {
      input:
        'https://disq.us/url?url=https%3A%2F%2Fdownloads.modelon.com%2Fdownload%2F%3Fa%3DJMODELICA%3A_xx_BYR7Ndv4fd3-M3M3XSHiyjY&cuid=2163236',
      url: 'https://downloads.modelon.com/download/?a=JMODELICA',
    },
    { input: 'https://disq.us/url?url=javascript%3Aalert(1)%3AlCXtetgf9YHMt7wShspF19n5pMw', url: null },
    {
      input: 'https://disq.us/url?url=https%3A%2F%2Fgithub.com%3A8080%2F',
      url: 'https://disq.us/url?url=https%3A%2F%2Fgithub.com%3A8080%2F',
    },
    {
      input: 'https://disq.us.evil.example/url?url=https%3A%2F%2Fgithub.com%2F%3AlCXtetgf9YHMt7wShspF19n5pMw',
      url: 'https://disq.us.evil.example/url?url=https%3A%2F%2Fgithub.com%2F%3AlCXtetgf9YHMt7wShspF19n5pMw',
    },
  ],
});
