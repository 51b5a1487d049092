import { isReported } from '@/utils/payments/grade';
import type { PaymentClaim } from '@/utils/payments/schema';
import type { I18n } from './i18n';

/**
 * A claim's status in words: the status itself, or "reported: <status>" when the claim is weak or old.
 * @example claimStatusText(t, { status: 'supported', confirmed: '2021-09', sources: [] } as PaymentClaim, new Date()) // 'Reported: Accepted'
 */
export function claimStatusText(t: I18n['t'], claim: PaymentClaim, today: Date): string {
  const status = t(`status_${claim.status}`);
  return isReported(claim, today) ? t('atlasReportedStatus', status) : status;
}
