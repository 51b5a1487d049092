import { sourceGrades, type PaymentClaim, type SourceGrade } from './schema';

/** A claim older than this many months is shown as "reported", not as a fact. */
export const staleAfterMonths = 18;

/**
 * The strongest grade among a claim's sources (null when it has none).
 * @example bestGrade({ sources: [{ grade: 'secondary' }, { grade: 'official' }] } as PaymentClaim) // 'official'
 */
export function bestGrade(claim: Pick<PaymentClaim, 'sources'>): SourceGrade | null {
  const ranks = claim.sources.map((s) => sourceGrades.indexOf(s.grade));
  return ranks.length ? sourceGrades[Math.min(...ranks)]! : null;
}

/**
 * Whole months from a fact's date (`2024`, `2024-09`, `2024-09-12`) to `today`.
 * @example monthsSince('2024-09', new Date('2026-03-01')) // 18 (March 2026 less September 2024)
 */
export function monthsSince(date: string, today: Date): number {
  const [year, month = 1] = date.split('-').map(Number) as [number, number?];
  return (today.getUTCFullYear() - year) * 12 + (today.getUTCMonth() + 1 - month);
}

/**
 * Weak or old: only unofficial pages say so, or nobody confirmed it in the last 18 months. Such a
 * claim is shown as "reported", in a neutral style, never as a green ✓.
 * @example isReported({ confirmed: '2021-09', sources: [{ grade: 'official' }] } as PaymentClaim, new Date('2026-12-01')) // true
 */
export function isReported(claim: Pick<PaymentClaim, 'sources' | 'confirmed'>, today: Date): boolean {
  if (!claim.confirmed) return true;
  return bestGrade(claim) === 'unofficial' || monthsSince(claim.confirmed, today) > staleAfterMonths;
}
