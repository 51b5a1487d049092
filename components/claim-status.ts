import { isReported } from '@/utils/payments/grade';
import type { PaymentClaim } from '@/utils/payments/schema';
import type { I18n } from './i18n';

/**
 * Whether a claim is shown as reported (weak or old, in a neutral style): "unknown" is neutral already.
 * @example isShownReported({ status: 'supported', confirmed: '2021-09', sources: [] } as PaymentClaim, new Date()) // true
 */
export function isShownReported(claim: PaymentClaim, today: Date): boolean {
  return claim.status !== 'unknown' && isReported(claim, today);
}

/**
 * A claim's status in words: the status itself, or "reported: <status>" when the claim is weak or old.
 * @example claimStatusText(t, { status: 'supported', confirmed: '2021-09', sources: [] } as PaymentClaim, new Date()) // 'Reported: Accepted'
 */
export function claimStatusText(t: I18n['t'], claim: PaymentClaim, today: Date): string {
  const status = t(`status_${claim.status}`);
  return isShownReported(claim, today) ? t('atlasReportedStatus', status) : status;
}
