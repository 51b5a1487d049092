import type { AppOnlyCodeMatch, FoundLink, QrReading } from '@/utils/links';
import { CopyButton } from './CopyButton';
import { useI18n } from './i18n';
import { LinkActions } from './LinkActions';
import { pickText } from '@/utils/i18n/pick-text';

export interface QrReadingsProps {
  readings: readonly QrReading[];
}

const appOnlyKeys: Record<AppOnlyCodeMatch['kind'], string> = {
  payment: 'qrAppOnly_payment',
  login: 'qrAppOnly_login',
  'mini-program': 'qrAppOnly_miniProgram',
  group: 'qrAppOnly_group',
};

/** One link the engine found in a code: what it is, the direct link with Open and Copy, its token. */
function FoundInCode({ link }: { link: FoundLink }) {
  const { t } = useI18n();
  return (
    <>
      <span class="link__title">{t(`qrKind_${link.kind}`)}</span>
      {link.url && (
        <>
          <span class="link__url" title={link.url}>
            {link.url}
          </span>
          <LinkActions url={link.url} />
        </>
      )}
      {link.token && (
        <span class="muted">
          {link.token} · {t('tokenOnly')}
        </span>
      )}
    </>
  );
}

/** An app-only code: which app reads it, and that Unwall cannot pay or sign in; no link, nothing to open. */
function AppOnly({ code }: { code: AppOnlyCodeMatch }) {
  const { t, lang } = useI18n();
  return (
    <p class="qr-app-only" role="note">
      {t(appOnlyKeys[code.kind], pickText(code.app, lang))}
    </p>
  );
}

/**
 * What each QR code says, read by the engine: the direct links with Open and Copy (never opened by
 * themselves), or for a payment, sign-in, mini-program or group code the app that reads it; and the
 * code's own text, to copy.
 */
export function QrReadings({ readings }: QrReadingsProps) {
  const { t } = useI18n();
  return (
    <ol class="links" aria-label={t('qrHeading')}>
      {readings.map((reading, index) => (
        <li key={index} class="link qr-reading">
          {reading.appOnly ? (
            <AppOnly code={reading.appOnly} />
          ) : reading.links.length > 0 ? (
            reading.links.map((link) => <FoundInCode key={link.start} link={link} />)
          ) : (
            <span class="muted">{t('qrNoLink')}</span>
          )}
          <details class="qr-reading__text">
            <summary>{t('qrCodeText')}</summary>
            <code>{reading.text}</code> <CopyButton text={reading.text} label={t('qrCodeText')} />
          </details>
        </li>
      ))}
    </ol>
  );
}
