import { definePlatform } from './define-platform';

/**
 * Pipixia's share links: `h5.pipix.com/s/<code>/`, which redirects to `h5.pipix.com/item/<id>`. No
 * share text with its wording was found in public material: hosts only, links kept as they are.
 */
const hosts = {
  source:
    'wujunwei928/parse-video parser/vars.go; zhiyu1998/rconsole-plugin utils/general-link-adapter.js; xiyaowong/spiders extractor/pipix.py',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'pipixia',
  names: { en: 'Pipixia', zh: '皮皮虾' },
  domains: ['pipix.com'],
  sources: [hosts.source],
  examples: [{ input: 'https://h5.pipix.com/s/e3moCwR/', url: 'https://h5.pipix.com/s/e3moCwR/' }],
});
