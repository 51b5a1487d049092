import { describe, expect, it } from 'vitest';
import { paymentSites } from './registry';
import { visitorFacts } from './visitor';

/**
 * Latin words a Chinese sentence may carry: names of brands, methods and wallets (the site's own
 * English name too). Anything else is English left in, or research words ("undated", "source").
 */
const brandWords = new Set(
  [
    'Apple Pay',
    'App Store',
    'PayPal',
    'Visa',
    'Mastercard',
    'JCB',
    'American Express',
    'Amex',
    'Diners Club',
    'Discover',
    'UnionPay',
    'QQ',
    'CNY',
    'e-CNY',
    'USD',
    'Google Pay',
    'WorldFirst',
    'App',
  ]
    .flatMap((name) => name.split(/[^A-Za-z]+/))
    .map((word) => word.toLowerCase()),
);
const cjk = /[\u3400-\u9fff]/;
const latinWords = (text: string) => text.match(/[A-Za-z]+/g) ?? [];

function foreignWords(zh: string, extra: readonly string[] = []): string[] {
  const allowed = new Set([...brandWords, ...extra.flatMap(latinWords).map((w) => w.toLowerCase())]);
  return latinWords(zh).filter((word) => !allowed.has(word.toLowerCase()));
}

const claims = paymentSites.flatMap((site) =>
  site.claims.map((claim) => [`${site.id}/${claim.method}`, site, claim] as const),
);

describe('the plain words of every claim', () => {
  it.each(claims)('%s says it in English and in Chinese', (_key, site, claim) => {
    expect(claim.say.en.trim()).toMatch(/^[\p{L}\d].*[.!?]$/u);
    expect(claim.say.zh).toMatch(cjk);
    expect(foreignWords(claim.say.zh, [site.names.en])).toEqual([]);
  });

  it.each(claims)('%s carries no research words', (_key, _site, claim) => {
    const text = `${claim.say.en}\n${claim.say.zh}`;
    expect(text).not.toMatch(
      /\b(undated|low quality|confidence|retrieved|copy|repost|source|SEO)\b|来源|低质量/i,
    );
  });

  it('tells a bare English word in the Chinese apart from a brand', () => {
    expect(foreignWords('结账时可用 Visa 或 Apple Pay 付款。')).toEqual([]);
    expect(foreignWords('支付宝 supported since 2024。')).toEqual(['supported', 'since']);
    expect(foreignWords('Temu 海外站可用 PayPal。', ['Temu'])).toEqual([]);
  });
});

describe('the plain words of the visitor facts', () => {
  const wallets = [
    'AlipayHK',
    'WeChat Pay HK',
    'MPay',
    'Kakao Pay',
    'Naver Pay',
    'Toss Pay',
    "Touch 'n Go",
    'HiPay',
    'Changi Pay',
    'OCBC',
    'TrueMoney',
  ];
  it.each(visitorFacts.map((f) => [f.id, f] as const))(
    '%s says it in Chinese without English words',
    (_id, fact) => {
      expect(fact.say.zh).toMatch(cjk);
      expect(foreignWords(fact.say.zh, wallets)).toEqual([]);
    },
  );
});
