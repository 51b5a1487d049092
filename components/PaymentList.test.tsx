// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { platforms } from '@/utils/platforms';
import { I18nContext, formatSince, type I18n } from './i18n';
import { PaymentList } from './PaymentList';

/** Messages as their keys, so the test sees exactly which data each row was built from. */
const keys: I18n = {
  t: (key, subs) => (subs === undefined ? key : `${key}(${[subs].flat().join(',')})`),
  locale: 'en',
  lang: 'en',
};

function renderList(platformId: string): HTMLElement {
  const platform = platforms.find((p) => p.id === platformId)!;
  const root = document.createElement('div');
  render(
    <I18nContext.Provider value={keys}>
      <PaymentList payments={platform.payments ?? []} />
    </I18nContext.Provider>,
    root,
  );
  return root;
}

const withPayments = platforms.filter((p) => (p.payments?.length ?? 0) > 0);

describe('PaymentList', () => {
  it.each(withPayments.map((p) => [p.id, p] as const))(
    'shows the claims of %s and nothing else',
    (id, platform) => {
      const root = renderList(id);
      const known = platform.payments!.filter((p) => p.status !== 'unknown');
      const rows = [...root.querySelectorAll('.pay:not(.pay--unknown)')];
      expect(rows.map((row) => row.querySelector('.pay__name')?.textContent)).toEqual(
        known.map((p) => `method_${p.method}`),
      );
      rows.forEach((row, i) => {
        const claim = known[i]!;
        expect(row.querySelector('.pay__status')?.className).toContain(`status-${claim.status}`);
        expect(row.querySelector('.pay__since')?.textContent ?? null).toBe(
          claim.since ? `sinceDate(${formatSince(claim.since, 'en')})` : null,
        );
        const links = [...row.querySelectorAll<HTMLAnchorElement>('.pay__sources a')].map((a) => a.href);
        expect(links).toEqual(claim.sources.flatMap((s) => (s.url ? [new URL(s.url).href] : [])));
        expect(row.querySelectorAll('.pay__sources li')).toHaveLength(claim.sources.length);
      });
      const unknown = platform.payments!.filter((p) => p.status === 'unknown');
      expect(root.querySelector('.pay--unknown .pay__list')?.textContent ?? '').toBe(
        unknown.map((p) => `method_${p.method}`).join('listSeparator'),
      );
    },
  );

  it('formats since-dates for the reader', () => {
    expect(formatSince('2024-09-12', 'en')).toBe('Sep 12, 2024');
    expect(formatSince('2024-09', 'en')).toBe('Sep 2024');
    expect(formatSince('2024-09-12', 'zh-CN')).toBe('2024年9月12日');
  });
});
