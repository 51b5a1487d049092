import type { PaymentSource } from '@/utils/payments/schema';
import { useI18n } from './i18n';

export interface SourceListProps {
  sources: readonly PaymentSource[];
}

/** Where a claim comes from, behind a disclosure: each source's title (linked where its own page is known), date and grade. */
export function SourceList({ sources }: SourceListProps) {
  const { t } = useI18n();
  if (sources.length === 0) return null;
  const gradeKey = (grade: string) => `grade_${grade.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;
  return (
    <details class="sources">
      <summary>
        {t('sourcesLabel')} ({sources.length})
      </summary>
      <ul class="sources__list">
        {sources.map((source) => (
          <li key={source.title}>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              <span>{source.title}</span>
            )}
            <span class="sources__meta">
              {' · '}
              {source.date}
              {' · '}
              {t(gradeKey(source.grade))}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
