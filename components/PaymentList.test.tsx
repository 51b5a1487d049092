// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { coreSites } from '@/utils/payments/core-sites';
import { isReported } from '@/utils/payments/grade';
import type { PaymentClaim, PaymentSite } from '@/utils/payments/schema';
import { I18nContext, type I18n } from './i18n';
import { PaymentList } from './PaymentList';
import { SiteCard } from './SiteCard';

/** Messages as their keys, so the test sees exactly which data each row was built from. */
const keys = (lang: I18n['lang']): I18n => ({
  t: (key, subs) => (subs === undefined ? key : `${key}(${[subs].flat().join(',')})`),
  locale: { en: 'en', zh: 'zh-CN', 'zh-Hant': 'zh-TW' }[lang],
  lang,
});
const today = new Date('2026-12-01T00:00:00Z');

function mount(node: preact.ComponentChild, lang: I18n['lang'] = 'en'): HTMLElement {
  const root = document.createElement('div');
  render(<I18nContext.Provider value={keys(lang)}>{node}</I18nContext.Provider>, root);
  return root;
}

const claim = (confirmed: string, grade: 'official' | 'unofficial'): PaymentClaim => ({
  method: 'wechat_pay',
  status: 'supported',
  since: '2024-09',
  confirmed,
  say: { en: 'You can pay with WeChat Pay.', zh: '可以用微信支付付款。' },
  sources: [{ title: 'A company: its help page', url: 'https://example.com/help', date: confirmed, grade }],
});

describe('PaymentList', () => {
  it.each([
    ['a recent official claim', 'supported', claim('2026-06', 'official')],
    ['a claim confirmed 19 months ago', 'reported', claim('2025-05', 'official')],
    ['a recent claim only an unofficial page makes', 'reported', claim('2026-06', 'unofficial')],
  ])('shows %s as %s', (_name, status, c) => {
    const row = mount(<PaymentList claims={[c]} today={today} />).querySelector('.pay')!;
    expect(row.querySelector('.pay__status')?.className).toBe(`pay__status status-${status}`);
    expect(row.querySelector('.pay__status')?.textContent).toBe(`status_${status}`);
    expect(row.querySelector('.status-icon')?.getAttribute('class')).toBe(`status-icon status-${status}`);
  });

  it('says each claim in the reader language, with the month it was last confirmed and its sources', () => {
    const root = mount(<PaymentList claims={[claim('2026-06', 'official')]} today={today} />, 'zh');
    expect(root.querySelector('.pay__say')?.textContent).toBe('可以用微信支付付款。');
    expect(root.querySelector('.pay__confirmed')?.textContent).toBe('lastConfirmed(2026-06)');
    expect(root.querySelector('.sources-disclosure summary')?.textContent).toBe('sourcesLabel (1)');
    expect(root.querySelector('.sources a')?.getAttribute('href')).toBe('https://example.com/help');
    expect(root.querySelector('.sources__meta')?.textContent).toContain('grade_official');
  });

  it.each(coreSites.map((s) => [s.id, s] as const))(
    'lists every claim of %s, reported ones never as supported',
    (_id, site) => {
      const root = mount(<PaymentList claims={site.claims} today={today} />);
      const known = site.claims.filter((c) => c.status !== 'unknown');
      const rows = [...root.querySelectorAll('.pay:not(.pay--unknown)')];
      expect(rows.map((row) => row.querySelector('.pay__name')?.textContent)).toEqual(
        known.map((c) => `method_${c.method}`),
      );
      rows.forEach((row, i) => {
        const c = known[i]!;
        const status = isReported(c, today) ? 'reported' : c.status;
        expect(row.querySelector('.pay__status')?.className).toBe(`pay__status status-${status}`);
        expect(row.querySelectorAll('.sources li')).toHaveLength(c.sources.length);
      });
      const unknown = site.claims.filter((c) => c.status === 'unknown');
      expect(root.querySelector('.pay--unknown .pay__list')?.textContent ?? '').toBe(
        unknown.map((c) => `method_${c.method}`).join('listSeparator'),
      );
    },
  );
});

describe('SiteCard', () => {
  const site = coreSites.find((s) => s.id === 'jd') as PaymentSite;

  it('sums the site up in one line that opens onto its claims and the visitor line', () => {
    const root = mount(<SiteCard site={site} sites={coreSites} today={new Date('2025-02-01T00:00:00Z')} />);
    const summary = root.querySelector('details.pay-card > summary')!;
    expect(summary.textContent).toBe(
      'paymentsHeading · JD.commethod_jd_pay ✓ · method_wechat_pay ✓ · method_unionpay ✓ · method_alipay ◐ summaryMore(3)',
    );
    expect(root.querySelector('.visitor__line')?.textContent).toContain('Yes: add a foreign Visa');
    expect(root.querySelectorAll('details.pay-card .pay')).toHaveLength(6);
  });

  it('shows weak or old claims as reported in the summary too', () => {
    const summary = mount(<SiteCard site={site} sites={coreSites} today={today} />).querySelector('summary')!;
    expect(summary.querySelector('.summary__item')?.className).toBe('summary__item status-reported');
    expect(summary.textContent).not.toContain('✓');
  });

  it('names the site and says its claims in Traditional Chinese to a zh_TW or zh_HK reader', () => {
    const taobao = coreSites.find((s) => s.id === 'taobao') as PaymentSite;
    const root = mount(<SiteCard site={taobao} sites={coreSites} today={today} />, 'zh-Hant');
    expect(root.querySelector('.site__name')?.textContent).toBe('paymentsHeading · 淘寶');
    const says = [...root.querySelectorAll('.pay__say')].map((p) => p.textContent);
    expect(says).toContain('支付寶是淘寶最主要的付款方式。');
    expect(root.querySelector('.visitor__line')?.textContent).toContain('支付寶');
    const simplified = mount(<SiteCard site={taobao} sites={coreSites} today={today} />, 'zh');
    expect(simplified.querySelector('.site__name')?.textContent).toBe('paymentsHeading · 淘宝');
  });

  it('offers only the search where no site is known', () => {
    const root = mount(<SiteCard site={null} sites={coreSites} today={today} />);
    expect(root.querySelector('details.pay-card--search > summary')?.textContent).toBe('searchPayments');
    expect(root.querySelector('input[type="search"]')).not.toBeNull();
    expect(root.querySelector('.pays')).toBeNull();
  });
});
