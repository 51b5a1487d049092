import { definePlatform } from './define-platform';

/**
 * Known for its web domains (cited to the sites themselves); no app-link format is documented.
 * The app shares short links on `qy.net` (`https://qy.net/<code>`, redirecting to the episode's page
 * on iqiyi.com); no share text with wording of its own was found in public material.
 */
const shareText = {
  source:
    'https://github.com/huangxd-/danmu_api/pull/372; chase535/synctv-app test/features/media_library/application/web_playback_link_resolver_test.dart',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'iqiyi',
  names: { en: 'iQiyi', zh: '爱奇艺' },
  domains: ['iqiyi.com', 'iq.com'],
  shortDomains: ['qy.net'],
  shareText,
  sources: ['https://www.iqiyi.com/', 'https://www.iq.com/'],
  examples: [
    { input: 'https://www.iqiyi.com/', url: 'https://www.iqiyi.com/' },
    { input: '爱奇艺 的网页版', url: null },
    { input: 'https://qy.net/4aJQrYo-ef', url: 'https://qy.net/4aJQrYo-ef' },
  ],
});
