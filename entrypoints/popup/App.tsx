import { useEffect, useMemo, useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { FixedLinks } from '@/components/FixedLinks';
import { I18nContext } from '@/components/i18n';
import { OpenOnPhone } from '@/components/OpenOnPhone';
import { PasteBox } from '@/components/PasteBox';
import { QrReader, type QrReaderProps } from '@/components/QrReader';
import { SiteCard } from '@/components/SiteCard';
import { Switch } from '@/components/Switch';
import { t, uiI18n } from '@/utils/extension/i18n';
import type { TabState } from '@/utils/protocol';
import { readSettings, setSiteDisabled, watchSettings, type Settings } from '@/utils/extension/settings';
import { isSiteDisabled, siteOf } from '@/utils/settings/schema';
import { readTabState, watchTabState } from '@/utils/extension/tab-state';
import { createPageEngine, readQrText } from '@/utils/links';
import { readQrCodes } from '@/utils/extension/qr-reader';
import { captureTabPicture, qrPicturesOf } from '@/utils/extension/qr-requests';
import { siteForUrl } from '@/utils/links/payment-sites';
import { platforms } from '@/utils/platforms';
import { hostOfHref, isHttpHref } from '@/utils/url';

function hostOf(url: string | null): string | null {
  return url && isHttpHref(url) ? hostOfHref(url) : null;
}

export function App() {
  const [tab, setTab] = useState<TabState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const params = new URLSearchParams(location.search);
  const pasted = params.get('text') ?? '';
  // The context menu's "Read QR code" result page.
  const qrRequest = params.get('qr');
  useEffect(() => {
    let unwatch = () => {};
    void readTabState(location.search).then((state) => {
      setTab(state);
      if (state.tabId !== null) unwatch = watchTabState(state.tabId, setTab);
    });
    void readSettings().then(setSettings);
    const unwatchSettings = watchSettings(setSettings);
    return () => [unwatch, unwatchSettings].forEach((stop) => stop());
  }, []);
  const engine = useMemo(
    () =>
      createPageEngine(settings?.userRules ?? [], {
        mirrors: settings?.mirrors,
        off: settings?.disabledRules,
      }),
    [settings?.userRules, settings?.mirrors, settings?.disabledRules],
  );
  const host = hostOf(tab?.url ?? null);
  // The page's direct address, for a phone: a wrapper's or a "you are leaving" page's target.
  const direct = host && tab?.url ? (engine.toDirectUrl(tab.url) ?? tab.url) : null;
  const qr: QrReaderProps = { decode: readQrCodes, read: (text) => readQrText(engine.findLinks, text) };
  return (
    <I18nContext.Provider value={uiI18n()}>
      <main class="popup-main">
        <Brand name={t('extName')} tagline={t('extDescription')} />
        {qrRequest && <QrReader {...qr} initial={() => qrPicturesOf(qrRequest)} />}
        {pasted && (
          <QrReader {...qr}>
            <PasteBox findLinks={engine.findLinks} initialText={pasted} />
          </QrReader>
        )}
        {tab && (
          <SiteCard
            host={host}
            match={tab.url ? siteForUrl(platforms, tab.url) : null}
            platforms={platforms}
          />
        )}
        {host && settings && (
          <section class="card">
            <Switch
              label={t('siteSwitch', siteOf(host))}
              checked={!isSiteDisabled(settings.disabledSites, host)}
              onChange={(on) => void setSiteDisabled(host, !on)}
            />
          </section>
        )}
        {tab && host && <FixedLinks items={tab.fixed} clickable={tab.clickable} />}
        {direct && <OpenOnPhone url={direct} />}
        {!pasted && (
          <QrReader {...qr} capture={host && !qrRequest ? captureTabPicture : undefined}>
            <PasteBox findLinks={engine.findLinks} />
          </QrReader>
        )}
        <p class="footer">
          <a href="/options.html" target="_blank">
            {t('openOptions')}
          </a>
        </p>
      </main>
    </I18nContext.Provider>
  );
}
