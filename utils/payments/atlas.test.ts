import { describe, expect, it } from 'vitest';
import { atlasMethods, claimOf, filterSites, matchesQuery, openFilter } from './atlas';
import type { PaymentClaim, PaymentSite } from './schema';

const claim = (method: PaymentClaim['method'], status: PaymentClaim['status']): PaymentClaim => ({
  method,
  status,
  since: null,
  confirmed: status === 'unknown' ? null : '2025-06',
  say: { en: 'A plain sentence.', zh: '一句话。' },
  sources: status === 'unknown' ? [] : [{ title: 'An outlet: a report', date: '2025-06', grade: 'official' }],
});

const site = (id: string, zh: string, kind: PaymentSite['kind'], claims: PaymentClaim[]): PaymentSite => ({
  id,
  names: { en: id.toUpperCase(), zh },
  kind,
  domains: [`${id}.example.cn`],
  claims,
});

const shop = site('shop', '商店', 'shopping', [claim('wechat_pay', 'supported'), claim('alipay', 'partial')]);
const food = site('food', '外卖', 'food', [claim('alipay', 'unsupported'), claim('ecny', 'unknown')]);
const ride = site('ride', '出行', 'travel', [claim('alipay', 'supported')]);
const sites = [shop, food, ride];
const ids = (list: PaymentSite[]) => list.map((s) => s.id);

describe('the atlas grid', () => {
  it('has a column for each claimed method, in the order Unwall names them', () => {
    expect(atlasMethods(sites)).toEqual(['alipay', 'wechat_pay', 'ecny']);
    expect(atlasMethods([])).toEqual([]);
  });

  it('finds the claim of a cell, or none', () => {
    expect(claimOf(shop, 'alipay')?.status).toBe('partial');
    expect(claimOf(ride, 'wechat_pay')).toBeUndefined();
  });

  it('keeps every site with the open filter', () => {
    expect(ids(filterSites(sites, openFilter))).toEqual(['shop', 'food', 'ride']);
  });

  it('narrows by kind', () => {
    expect(ids(filterSites(sites, { ...openFilter, kind: 'food' }))).toEqual(['food']);
  });

  it('narrows by method to the sites that say something of it', () => {
    expect(ids(filterSites(sites, { ...openFilter, method: 'alipay' }))).toEqual(['shop', 'food', 'ride']);
    expect(ids(filterSites(sites, { ...openFilter, method: 'ecny' }))).toEqual([]);
    expect(ids(filterSites(sites, { ...openFilter, method: 'wechat_pay' }))).toEqual(['shop']);
  });

  it('narrows by status, within the method when one is chosen', () => {
    expect(ids(filterSites(sites, { ...openFilter, status: 'supported' }))).toEqual(['shop', 'ride']);
    expect(ids(filterSites(sites, { ...openFilter, method: 'alipay', status: 'supported' }))).toEqual([
      'ride',
    ]);
    expect(ids(filterSites(sites, { ...openFilter, method: 'ecny', status: 'unknown' }))).toEqual(['food']);
  });

  it.each([
    ['sho', ['shop']],
    ['外卖', ['food']],
    ['RIDE', ['ride']],
    ['food.example', ['food']],
    ['https://m.ride.example.cn/trip?id=1', ['ride']],
    ['item.shop.example.cn', ['shop']],
    ['  ', ['shop', 'food', 'ride']],
    ['nothing', []],
    ['evilshop.example.cn', []],
  ])('searching %j finds %j', (query, expected) => {
    expect(ids(sites.filter((s) => matchesQuery(s, query)))).toEqual(expected);
  });
});
