import { useId, useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { QrPanel } from './QrPanel';

export interface OpenOnPhoneProps {
  /** The page's direct address: on a wrapper or "you are leaving" page, its target. */
  url: string;
}

/** The page's direct address, and a button that shows its codes for a phone to scan. */
export function OpenOnPhone({ url }: OpenOnPhoneProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panel = useId();
  return (
    <section class="card" aria-labelledby="phone-heading">
      <h2 id="phone-heading">{t('phoneHeading')}</h2>
      <p class="phone__url" title={url}>
        {url}
      </p>
      <button
        type="button"
        class="button"
        aria-expanded={open}
        aria-controls={open ? panel : undefined}
        onClick={() => setOpen(!open)}
      >
        {t('phoneShow')}
      </button>
      {open && <QrPanel id={panel} url={url} />}
    </section>
  );
}
