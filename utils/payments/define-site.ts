import type { PaymentClaim, PaymentMethod, PaymentSite } from './schema';

/**
 * One site's payment facts, typed; `registry.test.ts` checks every file against the zod schema.
 * @example definePaymentSite({ id: 'jd', names: { en: 'JD.com', zh: '京东' }, kind: 'shopping', domains: ['jd.com'], claims: [] })
 */
export function definePaymentSite(site: PaymentSite): PaymentSite {
  return site;
}

/**
 * A method nobody could confirm either way, with the plain sentence the popup shows for it.
 * @example unknownClaim('alipay', 'Whether Alipay works here is not yet confirmed.', '尚未确认能否用支付宝。').status // 'unknown'
 */
export function unknownClaim(method: PaymentMethod, en: string, zh: string): PaymentClaim {
  return { method, status: 'unknown', since: null, confirmed: null, say: { en, zh }, sources: [] };
}
