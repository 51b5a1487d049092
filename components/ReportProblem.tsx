import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

export interface ReportProblemProps {
  /** The report as it will be copied: shown in full before the user copies it. */
  text: string;
  /** The project's issue tracker. */
  tracker: string;
}

/** "Copy a report" for an issue, with what it holds in view, and the way to the issue tracker. */
export function ReportProblem({ text, tracker }: ReportProblemProps) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <section class="card" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('reportHeading')}</h2>
      <p class="muted">{t('reportHint')}</p>
      <details>
        <summary>{t('reportShow')}</summary>
        <pre class="report" aria-label={t('reportShow')}>
          {text}
        </pre>
      </details>
      <div class="button-row">
        <button type="button" class="button" onClick={copy}>
          {t('reportCopy')}
        </button>
        <a class="button" href={tracker} target="_blank" rel="noopener noreferrer">
          {t('reportTracker')}
        </a>
      </div>
      {copied !== null && <p role="status">{t(copied ? 'reportCopied' : 'reportCopyFailed')}</p>}
    </section>
  );
}
