import { definePlatform } from './define-platform';

/**
 * Amap's links: the app's short links `surl.amap.com/<code>` and the place pages they open,
 * `wb.amap.com/?q=<lat>,<lng>,<name>&src=app_…` (or `?p=<poi>,…` outside China). No share text with
 * the app's own wording was found in public material, so the platform has hosts and no markers;
 * short links stay as they are.
 */
const hosts = {
  source:
    'jakubvalenta/geoshare app/src/test/java/page/ooooo/geoshare/lib/converters/AmapUrlConverterTest.kt; https://github.com/jakubvalenta/geoshare/issues/198',
  verified: '2026-12-01',
} as const;

export default definePlatform({
  id: 'amap',
  names: { en: 'Amap', zh: '高德地图' },
  domains: ['amap.com'],
  shortDomains: ['surl.amap.com'],
  shareText: hosts,
  sources: [hosts.source],
  examples: [
    { input: 'https://surl.amap.com/4mkKGuyJ2bz', url: 'https://surl.amap.com/4mkKGuyJ2bz' },
    {
      input:
        'https://wb.amap.com/?q=31.222811749011463%2C121.46840706467624%2C%E4%B8%8A%E6%B5%B7%E5%B8%82%E9%BB%84%E6%B5%A6%E5%8C%BA%E5%B7%A8%E9%B9%BF%E8%B7%AF15-17%E5%8F%B7&src=app_C3090',
      url: 'https://wb.amap.com/?q=31.222811749011463%2C121.46840706467624%2C%E4%B8%8A%E6%B5%B7%E5%B8%82%E9%BB%84%E6%B5%A6%E5%8C%BA%E5%B7%A8%E9%B9%BF%E8%B7%AF15-17%E5%8F%B7&src=app_C3090',
    },
    { input: '打开高德地图', url: null },
  ],
});
