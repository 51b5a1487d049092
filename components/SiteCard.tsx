import type { PaymentClaim, PaymentSite } from '@/utils/payments/schema';
import { useI18n } from './i18n';
import { PaymentList, shownStatus } from './PaymentList';
import { SiteSearch } from './SiteSearch';
import { VisitorLine } from './VisitorLine';
import { pickText } from '@/utils/i18n/pick-text';

export interface SiteCardProps {
  /** The site whose payment facts cover the tab's page, or null. */
  site: PaymentSite | null;
  /** Every site with facts, for the search. */
  sites: readonly PaymentSite[];
  /** The day the claims are graded on (the popup passes `new Date()`). */
  today: Date;
}

/** How many methods the one-line summary names before it counts the rest. */
const SUMMARY_METHODS = 4;
const marks = { supported: '✓', partial: '◐', pending: '…', unsupported: '✗', unknown: '?' } as const;

function SummaryItem({ claim, today, first }: { claim: PaymentClaim; today: Date; first: boolean }) {
  const { t } = useI18n();
  const status = shownStatus(claim, today);
  const mark = status === 'reported' ? t('summaryReported') : marks[status];
  return (
    <>
      {!first && ' · '}
      <span class={`summary__item status-${status}`}>
        {t(`method_${claim.method}`)} {mark}
      </span>
    </>
  );
}

/**
 * The payment side of the popup, below the page's own fixes: on a site with facts, one summary line
 * (each method and its status) that opens onto the claims, their sources and the visitor's line;
 * elsewhere, a single disclosure that opens the search across every site.
 */
export function SiteCard({ site, sites, today }: SiteCardProps) {
  const { t, lang } = useI18n();
  if (!site) {
    return (
      <details class="card pay-card pay-card--search">
        <summary>{t('searchPayments')}</summary>
        <SiteSearch sites={sites} today={today} />
      </details>
    );
  }
  const shown = site.claims.slice(0, SUMMARY_METHODS);
  const more = site.claims.length - shown.length;
  return (
    <details class="card pay-card">
      <summary>
        <span id="site-heading" class="site__name">
          {t('paymentsHeading')} · {pickText(site.names, lang)}
        </span>
        <span class="summary__items">
          {shown.map((claim, i) => (
            <SummaryItem key={claim.method} claim={claim} today={today} first={i === 0} />
          ))}
          {more > 0 && <span class="muted"> {t('summaryMore', String(more))}</span>}
        </span>
      </summary>
      <VisitorLine site={site} today={today} />
      <PaymentList claims={site.claims} today={today} />
    </details>
  );
}
