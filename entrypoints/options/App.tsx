import { Brand } from '@/components/Brand';
import { t } from '@/utils/extension/i18n';

export function App() {
  return (
    <main>
      <Brand name={t('extName')} tagline={t('extDescription')} />
      <h2>{t('optionsTitle')}</h2>
    </main>
  );
}
