import type { PaymentSite } from './schema';

/**
 * One site's payment facts, typed; `registry.test.ts` checks every file against the zod schema.
 * @example definePaymentSite({ id: 'jd', names: { en: 'JD.com', zh: '京东' }, kind: 'shopping', domains: ['jd.com'], claims: [] })
 */
export function definePaymentSite(site: PaymentSite): PaymentSite {
  return site;
}
