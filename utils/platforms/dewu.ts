import { definePlatform } from './define-platform';

const verified = '2026-12-01';

/** A product share: `【得物】…发现一件好物，<code> <dw4.co link> <product>\n点击链接直接打开`. */
const shareText = 'mobile-avengers/mobile app/src/test/java/com/app/mobilepart/CreateHelperTest.kt';

export default definePlatform({
  id: 'dewu',
  names: { en: 'Dewu (Poizon)', zh: '得物' },
  shortDomains: ['dw4.co'],
  markers: ['【得物】'],
  titles: ['line-after'],
  shareText: { source: shareText, verified },
  sources: [shareText],
  examples: [
    {
      input:
        '【得物】得物er-R5M5W3C0发现一件好物， 2BDH œLvjVlOKœ  https://dw4.co/t/A/1F1MGHWP Apple iPhone 14 大陆国行 双卡双待 5G 手机 星光色,20万+人想要\n点击链接直接打开',
      url: 'https://dw4.co/t/A/1F1MGHWP',
      title: 'Apple iPhone 14 大陆国行 双卡双待 5G 手机 星光色,20万+人想要',
    },
    { input: 'dw4.co/t/A/1F1JbtVp', url: 'https://dw4.co/t/A/1F1JbtVp' },
    { input: 'Нет ссылок на сайт dw4.co', url: null },
  ],
});
