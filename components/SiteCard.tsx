import type { SiteMatch } from '@/utils/links/payment-sites';
import type { Platform } from '@/utils/platforms/schema';
import { useI18n } from './i18n';
import { PaymentList } from './PaymentList';
import { SiteSearch } from './SiteSearch';

export interface SiteCardProps {
  /** The tab's host, or null when the tab shows no web page Unwall runs on. */
  host: string | null;
  match: SiteMatch | null;
  platforms: readonly Platform[];
}

/** The current site and the payment methods it accepts; elsewhere, a search across every known site. */
export function SiteCard({ host, match, platforms }: SiteCardProps) {
  const { t, lang } = useI18n();
  const payments = match?.paymentsApply ? (match.platform.payments ?? []) : [];
  return (
    <section class="card" aria-labelledby="site-heading">
      <h2 id="site-heading">{t('paymentsHeading')}</h2>
      {match ? (
        <p class="site__name">
          {match.platform.names[lang]} <span class="muted">{host}</span>
        </p>
      ) : (
        <p class="muted">{host ? t('siteUnknown', host) : t('siteNone')}</p>
      )}
      {payments.length > 0 ? (
        <PaymentList payments={payments} />
      ) : (
        <>
          {match && <p class="muted">{t('paymentsNone')}</p>}
          <SiteSearch platforms={platforms} />
        </>
      )}
    </section>
  );
}
