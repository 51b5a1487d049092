// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { siteKinds, sourceGrades, type PaymentClaim, type PaymentSite } from '@/utils/payments/schema';
import { I18nContext, type I18n } from './i18n';
import { PaymentAtlas } from './PaymentAtlas';

/** Messages as their keys, so the test sees exactly which data each cell was built from. */
const keys = (lang: 'en' | 'zh'): I18n => ({
  t: (key, subs) => (subs === undefined ? key : `${key}(${[subs].flat().join(',')})`),
  locale: lang,
  lang,
});
const today = new Date('2026-12-01T00:00:00Z');

const claim = (
  method: PaymentClaim['method'],
  status: PaymentClaim['status'],
  confirmed = '2026-06',
): PaymentClaim => ({
  method,
  status,
  since: '2024-09-12',
  confirmed,
  say: { en: `${method} is ${status}.`, zh: `${method}：${status}。` },
  sources: [
    {
      title: 'An outlet: a report',
      url: 'https://news.example.org/a',
      date: confirmed,
      grade: 'major-outlet',
    },
    { title: 'A newspaper, no address', date: '2024-09', grade: 'secondary' },
  ],
});

/** Nobody could say: no source, no date; shown as unknown, not as reported. */
const unknown: PaymentClaim = { ...claim('wechat_pay', 'unknown'), confirmed: null, sources: [] };

const sites: PaymentSite[] = [
  {
    id: 'shop',
    names: { en: 'Shop', zh: '商店' },
    kind: 'shopping',
    domains: ['shop.example.cn'],
    claims: [claim('alipay', 'supported'), claim('wechat_pay', 'supported', '2021-09')],
  },
  {
    id: 'food',
    names: { en: 'Food', zh: '外卖' },
    kind: 'food',
    domains: ['food.example.cn'],
    claims: [claim('alipay', 'unsupported'), unknown],
  },
  {
    id: 'ride',
    names: { en: 'Ride', zh: '出行' },
    kind: 'travel',
    domains: ['ride.example.cn'],
    claims: [claim('wechat_pay', 'partial')],
  },
];

function renderAtlas(list: readonly PaymentSite[], lang: 'en' | 'zh' = 'en'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <I18nContext.Provider value={keys(lang)}>
      <PaymentAtlas sites={list} today={today} />
    </I18nContext.Provider>,
    root,
  );
  return root;
}

const rowIds = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('tbody tr')].map((row) => row.dataset.site);

describe('PaymentAtlas', () => {
  it('says plainly that the dataset is empty, and draws no grid', () => {
    const root = renderAtlas([]);
    expect(root.querySelector('[role=status]')?.textContent).toBe('atlasEmpty');
    expect(root.querySelector('table')).toBeNull();
  });

  it('draws one row per site and one column per claimed method, with headers', () => {
    const root = renderAtlas(sites);
    expect(root.querySelector('caption')?.textContent).toBe('atlasCaption');
    expect(rowIds(root)).toEqual(['shop', 'food', 'ride']);
    const columns = [...root.querySelectorAll('thead th[scope=col]')].map(
      (th) => (th.querySelector('span') ?? th).textContent,
    );
    expect(columns).toEqual(['atlasSiteColumn', 'method_alipay', 'method_wechat_pay']);
    expect([...root.querySelectorAll('tbody th[scope=row]')].map((th) => th.textContent)).toEqual([
      'Shop',
      'Food',
      'Ride',
    ]);
  });

  it('shows each status by shape and words, an old claim as reported and never green, unknown as unknown', () => {
    const root = renderAtlas(sites);
    const cells = [...root.querySelectorAll<HTMLElement>('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((td) => td.querySelector('button')?.className ?? 'none'),
    );
    expect(cells).toEqual([
      ['atlas-cell__button status-supported', 'atlas-cell__button status-reported'],
      ['atlas-cell__button status-unsupported', 'atlas-cell__button status-unknown'],
      ['none', 'atlas-cell__button status-partial'],
    ]);
    const old = root.querySelector('tr[data-site=shop] .status-reported')!;
    expect(old.textContent).toBe(
      'atlasCellLabel(method_wechat_pay,Shop,atlasReportedStatus(status_supported))',
    );
    expect(old.querySelector('.status-icon')?.getAttribute('class')).toBe('status-icon status-supported');
    expect(root.querySelector('tr[data-site=ride] .atlas-cell--none')?.textContent).toContain('atlasNoClaim');
  });

  it('opens a cell’s claim: its sentence, dates and sources', () => {
    const root = renderAtlas(sites, 'zh');
    const details = root.querySelector('#atlas-claim')!;
    expect(details.textContent).toBe('atlasPick');
    const button = root.querySelector<HTMLButtonElement>('tr[data-site=food] button')!;
    act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(details.querySelector('h3')?.textContent).toBe('atlasClaimHeading(method_alipay,外卖)');
    expect(details.textContent).toContain('alipay：unsupported。');
    expect(details.textContent).toContain('atlasConfirmed(');
    expect(
      [...details.querySelectorAll('.sources li')].map((li) => li.querySelector('a')?.href ?? null),
    ).toEqual(['https://news.example.org/a', null]);
    expect(details.textContent).toContain('grade_major_outlet');
  });

  it('narrows the rows by search, in either language or by domain, and by method', () => {
    const root = renderAtlas(sites);
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    const type = (text: string) =>
      act(() => {
        search.value = text;
        search.dispatchEvent(new Event('input', { bubbles: true }));
      });
    type('外卖');
    expect(rowIds(root)).toEqual(['food']);
    type('https://m.shop.example.cn/item');
    expect(rowIds(root)).toEqual(['shop']);
    expect(root.querySelector('.atlas-count')?.textContent).toBe('atlasCount(1,3)');
    type('');
    const method = root.querySelectorAll<HTMLSelectElement>('select')[1]!;
    act(() => {
      method.value = 'wechat_pay';
      method.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(rowIds(root)).toEqual(['shop', 'ride']);
    type('food');
    expect(root.querySelector('table')).toBeNull();
    expect(root.querySelector('.atlas-none')?.textContent).toBe('atlasNoMatch');
  });

  it('has words for every site kind and source grade in both languages', () => {
    const root = resolve(import.meta.dirname, '..');
    for (const locale of ['en', 'zh_CN']) {
      const messages = JSON.parse(
        readFileSync(join(root, 'public/_locales', locale, 'messages.json'), 'utf8'),
      ) as Record<string, unknown>;
      const wanted = [
        ...siteKinds.map((kind) => `siteKind_${kind}`),
        ...sourceGrades.map((grade) => `grade_${grade.replace('-', '_')}`),
      ];
      expect(wanted.filter((key) => !(key in messages))).toEqual([]);
    }
  });
});
