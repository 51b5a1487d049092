import { describe, expect, it } from 'vitest';
import { definePaymentSite, unconfirmed } from './define-site';
import { paymentSourceSchema, type PaymentClaim, type PaymentSite, type PaymentSource } from './schema';
import { paymentSites } from './registry';
import { visitorFacts, visitorLine, visitorSayings } from './visitor';

const today = new Date('2026-12-01T00:00:00Z');
const official: PaymentSource = { title: 'A company: its help page', date: '2026-06', grade: 'official' };
const howTo: PaymentSource = { title: 'A how-to page: paying there', date: '2026-06', grade: 'unofficial' };

function claim(
  method: PaymentClaim['method'],
  status: PaymentClaim['status'],
  source: PaymentSource = official,
): PaymentClaim {
  return {
    method,
    status,
    since: null,
    confirmed: source.date,
    say: { en: 'Some words', zh: '一句话' },
    sources: [source],
  };
}

function site(...claims: PaymentClaim[]): PaymentSite {
  return definePaymentSite({
    id: 'x',
    names: { en: 'X', zh: 'X' },
    kind: 'shopping',
    domains: ['x.example'],
    claims,
  });
}

describe('the visitor line of a site', () => {
  it('says cards work directly where the checkout takes foreign cards', () => {
    const line = visitorLine(site(claim('intl_cards', 'supported'), claim('alipay', 'supported')), today);
    expect(line.answer).toBe('cards');
    expect(line.say.en).toBe('Yes: foreign cards are accepted at checkout.');
  });

  it('names the wallets the site takes, with the fee, and gives their facts', () => {
    const line = visitorLine(site(claim('alipay', 'supported'), claim('wechat_pay', 'partial')), today);
    expect(line.answer).toBe('wallets');
    expect(line.say.en).toBe(
      'Yes: add a foreign Visa, Mastercard or JCB card to Alipay or WeChat Pay and pay with it (3% fee on payments over CNY 200).',
    );
    expect(line.say.zh).toContain('支付宝或微信支付');
    expect(line.facts.map((f) => f.id)).toEqual([
      'wallet-cards',
      'wallet-limits',
      'wallet-fee',
      'unionpay-cards',
    ]);
  });

  it('names only the wallet the site takes', () => {
    const line = visitorLine(site(claim('wechat_pay', 'supported'), claim('alipay', 'unsupported')), today);
    expect(line.say.en).toContain('to WeChat Pay and');
    expect(line.say.zh).not.toContain('支付宝');
  });

  it('says partly where the wallets are only partly taken', () => {
    expect(visitorLine(site(claim('alipay', 'partial')), today).answer).toBe('partly');
    expect(visitorLine(site(claim('intl_cards', 'partial')), today).answer).toBe('partly');
  });

  it('says reportedly, not yes, where only weak or old sources say so', () => {
    expect(visitorLine(site(claim('alipay', 'supported', howTo)), today).answer).toBe('reported');
    const old = { ...official, date: '2020-07' };
    expect(visitorLine(site(claim('intl_cards', 'supported', old)), today).say.en).toMatch(/^Reportedly:/);
  });

  it('says no where cards are refused and no wallet is taken, and unknown where nothing is known', () => {
    expect(visitorLine(site(claim('intl_cards', 'unsupported')), today).answer).toBe('no');
    const line = visitorLine(site(unconfirmed('alipay'), claim('wechat_pay', 'pending')), today);
    expect(line.answer).toBe('unknown');
    expect(line.facts).toEqual([]);
  });
});

describe('the sentences of the visitor line', () => {
  it("lists every sentence a site's line says, in every year (the translations are made from the list)", () => {
    const days = [2019, 2023, 2025, 2027, 2031].map((year) => new Date(Date.UTC(year, 5, 1)));
    const said = paymentSites.flatMap((site) => days.map((day) => visitorLine(site, day).say));
    for (const say of said) expect(visitorSayings).toContainEqual(say);
    expect(new Set(said.map((say) => say.zh)).size).toBeGreaterThan(3);
  });
});

describe('the visitor facts', () => {
  it.each(visitorFacts.map((f) => [f.id, f] as const))('%s has dated, graded sources', (_id, fact) => {
    expect(fact.sources.length).toBeGreaterThan(0);
    for (const source of fact.sources) expect(paymentSourceSchema.safeParse(source).success).toBe(true);
    expect(fact.sources.some((s) => s.grade === 'official' || s.grade === 'major-outlet')).toBe(true);
  });

  it('gives the 2024 limits and the fee as the official guide does', () => {
    const text = visitorFacts.map((f) => f.say.en).join('\n');
    expect(text).toContain('USD 5,000');
    expect(text).toContain('USD 50,000 a year');
    expect(text).toContain('CNY 200 or less costs no fee; above that the wallet charges 3%');
  });
});
