import { describe, expect, it } from 'vitest';
import { paymentSites } from '@/utils/payments/registry';
import { searchSites } from '@/utils/payments/site-for-url';
import { pickText } from './pick-text';

describe('pickText', () => {
  it.each([
    ['en', 'Taobao'],
    ['zh', '淘宝'],
    ['zh-Hant', '淘寶'],
  ] as const)('gives a %s reader %s', (lang, shown) => {
    expect(pickText({ en: 'Taobao', zh: '淘宝' }, lang)).toBe(shown);
  });

  it('gives a Traditional reader a payment sentence in Traditional, and a text it lacks as written', () => {
    expect(pickText({ en: 'Yes.', zh: '可以用支付宝付款。' }, 'zh-Hant')).toBe('可以用支付寶付款。');
    expect(pickText({ en: 'New', zh: '新站点' }, 'zh-Hant')).toBe('新站点');
  });

  it('lets a Traditional reader find a site by the name shown (淘寶)', () => {
    const traditional = (names: { en: string; zh: string }) => [pickText(names, 'zh-Hant')];
    expect(searchSites(paymentSites, '淘寶')).toEqual([]);
    expect(searchSites(paymentSites, '淘寶', traditional).map((s) => s.id)).toContain('taobao');
  });
});
