import type { PaymentSource } from '@/utils/payments/schema';
import { useI18n } from './i18n';
import { SourceList } from './SourceList';

export interface SourceDisclosureProps {
  sources: readonly PaymentSource[];
}

/** A claim's sources behind a disclosure ("Sources (2)" / "来源（2）"): nothing when it has none. */
export function SourceDisclosure({ sources }: SourceDisclosureProps) {
  const { t } = useI18n();
  if (sources.length === 0) return null;
  return (
    <details class="sources-disclosure">
      <summary>
        {t('sourcesLabel')} ({sources.length})
      </summary>
      <SourceList sources={sources} />
    </details>
  );
}
