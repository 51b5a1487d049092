import type { PaymentClaim, PaymentSite } from '@/utils/payments/schema';
import { claimStatusText, isShownReported } from './claim-status';
import { formatFactDate } from './fact-date';
import { useI18n } from './i18n';
import { SourceList } from './SourceList';
import { StatusIcon } from './StatusIcon';
import { pickText } from '@/utils/i18n/pick-text';

export interface ClaimDetailsProps {
  id: string;
  /** The chosen cell's site and claim; null before a cell is chosen. */
  chosen: { site: PaymentSite; claim: PaymentClaim } | null;
  today: Date;
}

/** The claim of the chosen atlas cell: its status, its plain sentence, when it was confirmed, its sources. */
export function ClaimDetails({ id, chosen, today }: ClaimDetailsProps) {
  const { t, lang, locale } = useI18n();
  if (!chosen)
    return (
      <section id={id} class="card atlas-claim" aria-live="polite">
        <p class="muted">{t('atlasPick')}</p>
      </section>
    );
  const { site, claim } = chosen;
  const reported = isShownReported(claim, today);
  return (
    <section id={id} class="card atlas-claim" aria-live="polite" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} class="atlas-claim__heading">
        {t('atlasClaimHeading', [t(`method_${claim.method}`), pickText(site.names, lang)])}
      </h3>
      <p class={`pay__status status-${reported ? 'reported' : claim.status}`}>
        <StatusIcon status={claim.status} />
        {claimStatusText(t, claim, today)}
      </p>
      <p class="atlas-claim__say">{pickText(claim.say, lang)}</p>
      <p class="muted">
        {[
          claim.since && t('sinceDate', formatFactDate(claim.since, locale)),
          claim.confirmed && t('atlasConfirmed', formatFactDate(claim.confirmed, locale)),
        ]
          .filter(Boolean)
          .join(t('listSeparator'))}
      </p>
      {claim.sources.length > 0 && <SourceList sources={claim.sources} />}
    </section>
  );
}
