import { definePlatform } from './define-platform';

const research = {
  source: 'PRO-2684/pURLfy-rules outgoing.json (link.segmentfault.com: body[data-url])',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'segmentfault',
  names: { en: 'SegmentFault', zh: '思否' },
  domains: ['segmentfault.com'],
  pageInterstitials: [
    {
      // enc is an opaque token; the leaving page keeps the target on its body.
      hosts: ['link.segmentfault.com'],
      path: '/',
      attributes: [{ selector: 'body', name: 'data-url' }],
      ...research,
    },
  ],
  sources: [research.source],
  examples: [
    {
      input: 'https://link.segmentfault.com/?enc=T0ydt%2FSWp%2BHmV9Np5z8zyA%3D%3D.1z3GPRj8',
      url: 'https://link.segmentfault.com/?enc=T0ydt%2FSWp%2BHmV9Np5z8zyA%3D%3D.1z3GPRj8',
    },
  ],
});
