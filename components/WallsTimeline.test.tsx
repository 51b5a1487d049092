// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { wallsTimeline } from '@/utils/payments/timeline';
import { formatFactDate } from './fact-date';
import { I18nContext, type I18n } from './i18n';
import { WallsTimeline } from './WallsTimeline';

const keys = (lang: 'en' | 'zh'): I18n => ({ t: (key) => key, locale: lang, lang });

function renderTimeline(lang: 'en' | 'zh'): HTMLElement {
  const root = document.createElement('div');
  render(
    <I18nContext.Provider value={keys(lang)}>
      <WallsTimeline events={wallsTimeline} />
    </I18nContext.Provider>,
    root,
  );
  return root;
}

describe('WallsTimeline', () => {
  it.each(['en', 'zh'] as const)('lists every event in %s with its date and sources', (lang) => {
    const root = renderTimeline(lang);
    const items = [...root.querySelectorAll('.timeline__event')];
    expect(items).toHaveLength(wallsTimeline.length);
    items.forEach((item, i) => {
      const event = wallsTimeline[i]!;
      expect(item.querySelector('time')?.getAttribute('datetime')).toBe(event.date);
      expect(item.querySelector('.timeline__title')?.textContent).toBe(event.title[lang]);
      const links = [...item.querySelectorAll<HTMLAnchorElement>('.sources a')].map((a) => a.href);
      expect(links).toEqual(event.sources.flatMap((s) => (s.url ? [new URL(s.url).href] : [])));
      expect(item.querySelectorAll('.sources li')).toHaveLength(event.sources.length);
    });
  });

  it.each([
    ['2024', '2024'],
    ['2024-09', 'Sep 2024'],
    ['2024-09-12', 'Sep 12, 2024'],
  ])('writes the date %s as precisely as it is known', (date, text) => {
    expect(formatFactDate(date, 'en')).toBe(text);
  });
});
