import type { PaymentSource } from '@/utils/payments/schema';
import { formatFactDate } from './fact-date';
import { useI18n } from './i18n';

export interface SourceListProps {
  sources: readonly PaymentSource[];
}

/** Where a fact comes from: each source's title (a link where its address is known), date and grade. */
export function SourceList({ sources }: SourceListProps) {
  const { t, locale } = useI18n();
  return (
    <ul class="sources" aria-label={t('atlasSources')}>
      {sources.map((source) => (
        <li key={source.title}>
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
          ) : (
            source.title
          )}
          <span class="sources__meta">
            {formatFactDate(source.date, locale)}
            {t('listSeparator')}
            {t(`grade_${source.grade.replace('-', '_')}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
