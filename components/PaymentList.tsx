import { isReported } from '@/utils/payments/grade';
import type { PaymentClaim } from '@/utils/payments/schema';
import { useI18n } from './i18n';
import { PaymentIcon } from './PaymentIcon';
import { SourceDisclosure } from './SourceDisclosure';
import { StatusIcon, type ShownStatus } from './StatusIcon';
import { pickText } from '@/utils/i18n/pick-text';

export interface PaymentListProps {
  claims: readonly PaymentClaim[];
  /** The day the claims are graded on: weak or old ones are shown as reported. */
  today: Date;
}

/** The status a claim is shown with: its own, or `reported` where only weak or old sources say so. */
export function shownStatus(claim: PaymentClaim, today: Date): ShownStatus {
  return claim.status !== 'unknown' && isReported(claim, today) ? 'reported' : claim.status;
}

function Claim({ claim, today }: { claim: PaymentClaim; today: Date }) {
  const { t, lang } = useI18n();
  const status = shownStatus(claim, today);
  return (
    <li class={`pay pay--${status}`}>
      <div class="pay__line">
        <PaymentIcon method={claim.method} />
        <span class="pay__name">{t(`method_${claim.method}`)}</span>
        <span class={`pay__status status-${status}`}>
          <StatusIcon status={status} />
          {t(`status_${status}`)}
        </span>
      </div>
      <p class="pay__say">{pickText(claim.say, lang)}</p>
      {claim.confirmed && <p class="pay__confirmed">{t('lastConfirmed', claim.confirmed.slice(0, 7))}</p>}
      <SourceDisclosure sources={claim.sources} />
    </li>
  );
}

/**
 * A site's payment methods: each claim with its status in one aligned column, its plain sentence in
 * the reader's language, when it was last confirmed and its sources; weak or old claims are shown as
 * reported, in a neutral style. The methods nobody could confirm are named together, never guessed.
 */
export function PaymentList({ claims, today }: PaymentListProps) {
  const { t } = useI18n();
  const known = claims.filter((c) => c.status !== 'unknown');
  const unknown = claims.filter((c) => c.status === 'unknown');
  return (
    <ul class="pays">
      {known.map((claim) => (
        <Claim key={claim.method} claim={claim} today={today} />
      ))}
      {unknown.length > 0 && (
        <li class="pay pay--unknown">
          <div class="pay__line">
            <span class="pay__list">
              {unknown.map((c) => t(`method_${c.method}`)).join(t('listSeparator'))}
            </span>
            <span class="pay__status status-unknown">
              <StatusIcon status="unknown" />
              {t('status_unknown')}
            </span>
          </div>
        </li>
      )}
    </ul>
  );
}
