import { useId, useState } from 'preact/hooks';
import { isHttpHref } from '@/utils/url';
import { useI18n } from './i18n';
import { QrPanel } from './QrPanel';

export interface LinkActionsProps {
  url: string;
}

/**
 * Open, Copy and QR code for one direct link; Open is a real link (new tab), Copy says when it worked,
 * QR code shows the link's codes for a phone below the row.
 */
export function LinkActions({ url }: LinkActionsProps) {
  const { t } = useI18n();
  const safe = isHttpHref(url);
  const [copied, setCopied] = useState<boolean | null>(null);
  const [qr, setQr] = useState(false);
  const panel = useId();
  const copy = () => {
    navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <>
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
        {safe && (
          <button
            type="button"
            class="button"
            aria-expanded={qr}
            aria-controls={qr ? panel : undefined}
            aria-label={t('qrToggleLabel', url)}
            onClick={() => setQr(!qr)}
          >
            {t('qrToggle')}
          </button>
        )}
      </span>
      {qr && <QrPanel id={panel} url={url} />}
    </>
  );
}
