import { Brand } from '@/components/Brand';
import { I18nContext } from '@/components/i18n';
import { PaymentAtlas } from '@/components/PaymentAtlas';
import { WallsTimeline } from '@/components/WallsTimeline';
import { t, uiI18n } from '@/utils/extension/i18n';
import { paymentSites } from '@/utils/payments/registry';
import { wallsTimeline } from '@/utils/payments/timeline';

/** The payments atlas: every site's payment methods as one grid, then how the walls came down. */
export function App() {
  return (
    <I18nContext.Provider value={uiI18n()}>
      <main class="atlas-main">
        <Brand name={t('extName')} tagline={t('extDescription')} />
        <h2 class="page-title">{t('atlasTitle')}</h2>
        <p class="muted">{t('atlasIntro')}</p>
        <PaymentAtlas sites={paymentSites} today={new Date()} />
        <WallsTimeline events={wallsTimeline} />
      </main>
    </I18nContext.Provider>
  );
}
