import { useEffect, useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { I18nContext } from '@/components/i18n';
import { PasteBox } from '@/components/PasteBox';
import { PinPicture } from '@/components/PinPicture';
import { WelcomeSamples } from '@/components/WelcomeSamples';
import { t, uiI18n } from '@/utils/extension/i18n';
import { readSettings, type Settings } from '@/utils/extension/settings';
import { welcomeSamples } from '@/utils/extension/welcome';
import { pickText } from '@/utils/i18n/pick-text';
import { createPageEngine } from '@/utils/links';
import { liveSamples } from './live-samples';

/** The first-run page: pin the icon, what the marks mean, live samples, the paste box, privacy. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void readSettings().then(setSettings), []);
  useEffect(() => {
    if (!settings) return;
    const done = new AbortController();
    const { lang } = uiI18n();
    liveSamples(document, settings.userRules, done.signal, (names) => pickText(names, lang));
    return () => done.abort();
  }, [settings]);
  const engine = createPageEngine(settings?.userRules ?? []);
  return (
    <I18nContext.Provider value={uiI18n()}>
      <main class="welcome-main">
        <Brand name={t('extName')} tagline={t('welcomeTitle')} />
        <p>{t('welcomeIntro')}</p>
        <section class="card" aria-labelledby="pin-heading">
          <h2 id="pin-heading">{t('welcomePinHeading')}</h2>
          <p>{t('welcomePinText')}</p>
          <PinPicture label={t('welcomePinPicture')} name={t('extName')} />
        </section>
        <section class="card" aria-labelledby="marks-heading">
          <h2 id="marks-heading">{t('welcomeMarksHeading')}</h2>
          <p>{t('welcomeMarksText')}</p>
        </section>
        <section class="card" aria-labelledby="try-heading">
          <h2 id="try-heading">{t('welcomeTryHeading')}</h2>
          <p>{t('welcomeTryText')}</p>
          {settings && <WelcomeSamples {...welcomeSamples} />}
        </section>
        <p>{t('welcomePasteText')}</p>
        <PasteBox findLinks={engine.findLinks} />
        <section class="card" aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">{t('welcomePrivacyHeading')}</h2>
          <p>{t('welcomePrivacyText')}</p>
        </section>
      </main>
    </I18nContext.Provider>
  );
}
