import { describe, expect, it } from 'vitest';
import { paymentSites } from './registry';
import { paymentSiteSchema } from './schema';

describe('the payment dataset', () => {
  it.each(paymentSites.map((site) => [site.id, site] as const))('%s matches the schema', (_id, site) => {
    expect(paymentSiteSchema.safeParse(site).error?.issues ?? []).toEqual([]);
  });

  it('names each site once and states each domain once', () => {
    const ids = paymentSites.map((s) => s.id);
    expect(ids.length).toBe(new Set(ids).size);
    const domains = paymentSites.flatMap((s) => s.domains);
    expect(domains.filter((d, i) => domains.indexOf(d) !== i)).toEqual([]);
  });

  it('gives each method one claim per site', () => {
    for (const site of paymentSites) {
      const methods = site.claims.map((c) => c.method);
      expect(
        methods.filter((m, i) => methods.indexOf(m) !== i),
        site.id,
      ).toEqual([]);
    }
  });
});
