import { I18nContext } from '@/components/i18n';
import { QrPanel } from '@/components/QrPanel';
import { t, uiI18n } from '@/utils/extension/i18n';
import { safeHttpUrl } from '@/utils/url';

/**
 * The page "Show as QR code" opens: the codes of one direct address (`?url=`), the address written
 * under each. Only an http(s) address is shown.
 */
export function App() {
  const url = safeHttpUrl(new URLSearchParams(location.search).get('url') ?? '');
  return (
    <I18nContext.Provider value={uiI18n()}>
      <main class="qr-main">
        <h1 class="page-title">{t('phoneHeading')}</h1>
        {url ? (
          <QrPanel url={url} large />
        ) : (
          <p class="muted" role="status">
            {t('qrPageNone')}
          </p>
        )}
      </main>
    </I18nContext.Provider>
  );
}
