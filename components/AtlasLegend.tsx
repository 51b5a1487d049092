import { paymentStatusSchema } from '@/utils/payments/schema';
import { useI18n } from './i18n';
import { StatusIcon } from './StatusIcon';

/** What each mark of the atlas means: the statuses by shape and colour, and the reported style. */
export function AtlasLegend() {
  const { t } = useI18n();
  return (
    <ul class="atlas-legend" aria-label={t('atlasLegend')}>
      {paymentStatusSchema.options.map((status) => (
        <li key={status} class={`pay__status status-${status}`}>
          <StatusIcon status={status} />
          {t(`status_${status}`)}
        </li>
      ))}
      <li class="pay__status status-reported">
        <StatusIcon status="supported" />
        {t('atlasReportedLegend')}
      </li>
    </ul>
  );
}
