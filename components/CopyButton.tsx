import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

export interface CopyButtonProps {
  text: string;
  /** The button's accessible name. */
  label: string;
}

/** Copies a text (a QR code's, a token) and says whether it worked. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <button type="button" class="button" onClick={copy} aria-label={label}>
      {copied === true ? t('actionCopied') : copied === false ? t('actionCopyFailed') : t('actionCopy')}
    </button>
  );
}
