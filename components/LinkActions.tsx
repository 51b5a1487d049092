import { useState } from 'preact/hooks';
import { isHttpHref } from '@/utils/url';
import { useI18n } from './i18n';

export interface LinkActionsProps {
  url: string;
}

/** Open and Copy for one direct link; Open is a real link (new tab), Copy says when it worked. */
export function LinkActions({ url }: LinkActionsProps) {
  const { t } = useI18n();
  const safe = isHttpHref(url);
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <span class="actions">
      <a
        class="button"
        href={safe ? url : undefined}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={t('openLabel', url)}
      >
        {t('actionOpen')}
      </a>
      <button type="button" class="button" onClick={copy} aria-label={t('copyLabel', url)}>
        {copied === true ? t('actionCopied') : copied === false ? t('actionCopyFailed') : t('actionCopy')}
      </button>
    </span>
  );
}
