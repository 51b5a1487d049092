import { describe, expect, it } from 'vitest';
import { paymentSites } from './registry';
import { paymentSiteSchema, sourceGrades } from './schema';

describe('the payment dataset', () => {
  it.each(paymentSites.map((site) => [site.id, site] as const))('%s matches the schema', (_id, site) => {
    expect(paymentSiteSchema.safeParse(site).error?.issues ?? []).toEqual([]);
  });

  it('covers at least 60 sites', () => {
    expect(paymentSites.length).toBeGreaterThanOrEqual(60);
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

  it.each(paymentSites.map((site) => [site.id, site] as const))(
    '%s dates and grades every source, and was last confirmed on its newest source',
    (_id, site) => {
      for (const claim of site.claims.filter((c) => c.status !== 'unknown')) {
        expect(claim.sources.length, claim.method).toBeGreaterThan(0);
        for (const source of claim.sources) {
          expect(source.date, source.title).toMatch(/^20\d{2}/);
          expect(sourceGrades, source.title).toContain(source.grade);
        }
        const newest = claim.sources
          .map((s) => s.date)
          .sort()
          .at(-1);
        expect(claim.confirmed, claim.method).toBe(newest);
      }
    },
  );

  it('lists no unknown claim with a source or a date', () => {
    const unknown = paymentSites.flatMap((s) => s.claims.filter((c) => c.status === 'unknown'));
    expect(unknown.filter((c) => c.sources.length > 0 || c.confirmed !== null || c.since !== null)).toEqual(
      [],
    );
  });
});
