import type { Payment } from '@/utils/platforms/schema';
import { formatSince, useI18n } from './i18n';
import { PaymentIcon } from './PaymentIcon';
import { StatusIcon } from './StatusIcon';

export interface PaymentListProps {
  payments: readonly Payment[];
}

function Claim({ payment }: { payment: Payment }) {
  const { t, locale } = useI18n();
  const [first, ...more] = payment.sources;
  return (
    <li class="pay">
      <div class="pay__line">
        <PaymentIcon method={payment.method} />
        <span class="pay__name">{t(`method_${payment.method}`)}</span>
        <span class={`pay__status status-${payment.status}`}>
          <StatusIcon status={payment.status} />
          {t(`status_${payment.status}`)}
        </span>
        {payment.since && (
          <span class="pay__since">{t('sinceDate', formatSince(payment.since, locale))}</span>
        )}
      </div>
      {first && (
        <details class="pay__more">
          <summary>
            {t('sourceLabel')} {first.text}
            {more.length > 0 && ` +${more.length}`}
            {payment.confidence === 'low' && <span class="tag">{t('lowConfidence')}</span>}
          </summary>
          {payment.note && (
            <p class="pay__note" lang="en">
              {payment.note}
            </p>
          )}
          <ul class="pay__sources">
            {payment.sources.map((source) => (
              <li key={source.text}>
                {source.url ? (
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    {source.text}
                  </a>
                ) : (
                  source.text
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/**
 * A site's payment methods: each known claim with its status, since-date and sources, then the
 * methods nobody could confirm, named together as unknown (never guessed).
 */
export function PaymentList({ payments }: PaymentListProps) {
  const { t } = useI18n();
  const known = payments.filter((p) => p.status !== 'unknown');
  const unknown = payments.filter((p) => p.status === 'unknown');
  return (
    <ul class="pays" aria-label={t('paymentsHeading')}>
      {known.map((payment) => (
        <Claim key={payment.method} payment={payment} />
      ))}
      {unknown.length > 0 && (
        <li class="pay pay--unknown">
          <div class="pay__line">
            <span class="pay__status status-unknown">
              <StatusIcon status="unknown" />
              {t('status_unknown')}
            </span>
            <span class="pay__list">
              {unknown.map((p) => t(`method_${p.method}`)).join(t('listSeparator'))}
            </span>
          </div>
        </li>
      )}
    </ul>
  );
}
