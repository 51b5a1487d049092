import { describe, expect, it } from 'vitest';
import { defaultFeatures } from '@/utils/settings/features';
import { browserName, reportText } from './report-text';

describe('the browser in a report', () => {
  it.each([
    [
      {
        brands: [
          { brand: 'Chromium', version: '142' },
          { brand: 'Not_A Brand', version: '24' },
          { brand: 'Google Chrome', version: '142' },
        ],
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/142.0.7444.59 Safari/537.36',
      },
      'Google Chrome 142',
    ],
    [
      {
        brands: [
          { brand: 'Microsoft Edge', version: '141' },
          { brand: 'Chromium', version: '141' },
        ],
        userAgent: '',
      },
      'Microsoft Edge 141',
    ],
    [{ userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:142.0) Gecko/20100101 Firefox/142.0' }, 'Firefox 142'],
    [
      { userAgent: 'Mozilla/5.0 (Android 14; Mobile; rv:143.0) Gecko/143.0 Firefox/143.0' },
      'Firefox for Android 143',
    ],
    [{ userAgent: 'curl/8.0' }, 'unknown'],
  ])('names %j as %s: brand and major version, nothing else', (hints, name) => {
    expect(browserName(hints)).toBe(name);
  });
});

describe('a problem report', () => {
  it('says the version, the browser, the page’s shape, its rules and what was fixed', () => {
    const text = reportText({
      version: '0.1.0',
      browser: 'Firefox 142',
      page: 'https://item.taobao.com/item.htm?id=123456&spm=a21n57#desc',
      site: 'taobao',
      fixes: [
        { platform: 'taobao', kind: 'share' },
        { platform: 'taobao', kind: 'share' },
        { platform: 'zhihu', kind: 'wrapper' },
        { platform: null, kind: 'url' },
      ],
      features: { ...defaultFeatures, generic: true, marker: false },
    });
    expect(text).toBe(
      [
        'Unwall 0.1.0',
        'Browser: Firefox 142',
        'Page: https://item.taobao.com/item.htm?id=…&spm=…',
        'Site rules: taobao',
        'Fixed on the page: taobao share ×2, zhihu wrapper, any site url',
        'Switches changed from the defaults: marker off, generic on',
        '',
        'What happened:',
        '',
        'What I expected:',
        '',
      ].join('\n'),
    );
    expect(text).not.toContain('123456');
  });

  it('leaves out the lines with nothing to say (the options page has no page)', () => {
    const text = reportText({ version: '0.1.0', browser: 'Chromium 142', features: { ...defaultFeatures } });
    expect(text.split('\n').slice(0, 3)).toEqual(['Unwall 0.1.0', 'Browser: Chromium 142', '']);
  });
});
