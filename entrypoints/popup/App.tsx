import { useEffect, useMemo, useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { FixedLinks } from '@/components/FixedLinks';
import { I18nContext } from '@/components/i18n';
import { OpenOnPhone } from '@/components/OpenOnPhone';
import { PasteBox } from '@/components/PasteBox';
import { QrReader, type QrReaderProps } from '@/components/QrReader';
import { SeenOnPage } from '@/components/SeenOnPage';
import { SiteCard } from '@/components/SiteCard';
import { PauseControls } from '@/components/PauseControls';
import { ReportProblem } from '@/components/ReportProblem';
import { SiteSwitch } from '@/components/SiteSwitch';
import { what } from '@/utils/extension/describe';
import { t, uiI18n } from '@/utils/extension/i18n';
import { pickText } from '@/utils/i18n/pick-text';
import type { TabState } from '@/utils/protocol';
import { readSettings, setSiteDisabled, watchSettings, type Settings } from '@/utils/extension/settings';
import { pauseAll, readPause, resumeAll, watchPause, type PauseState } from '@/utils/extension/pause';
import { reportFor } from '@/utils/extension/report';
import { readTabState, watchTabState } from '@/utils/extension/tab-state';
import { ISSUE_TRACKER_URL } from '@/utils/report/project';
import { createPageEngine, readQrText } from '@/utils/links';
import { fixActionsFor } from '@/utils/extension/fix-actions';
import { readQrCodes } from '@/utils/extension/qr-reader';
import { captureTabPicture, qrPicturesOf } from '@/utils/extension/qr-requests';
import { readSeenOnPage } from '@/utils/extension/seen-on-page';
import type { SeenMethod } from '@/utils/payments/evidence';
import { paymentSites } from '@/utils/payments/registry';
import { siteForUrl } from '@/utils/payments/site-for-url';
import { hostOfHref, isHttpHref } from '@/utils/url';

function hostOf(url: string | null): string | null {
  return url && isHttpHref(url) ? hostOfHref(url) : null;
}

/**
 * The fixes with their labels in the reader's form: the background names platforms as the data
 * writes them, the popup in Traditional Chinese too (it carries the Traditional forms; the background does not).
 */
function inReadersForm(fixed: TabState['fixed']): TabState['fixed'] {
  const { lang } = uiI18n();
  if (lang !== 'zh-Hant') return fixed;
  return fixed.map((item) => ({
    ...item,
    label: what(item.platform, item.kind, (names) => pickText(names, lang)),
  }));
}

export function App() {
  const [tab, setTab] = useState<TabState | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [pause, setPause] = useState<PauseState | null>(null);
  const [seen, setSeen] = useState<readonly SeenMethod[] | null>(null);
  const params = new URLSearchParams(location.search);
  const pasted = params.get('text') ?? '';
  // The paste page (the menus' fallback, and the keyboard command's `?paste`): the paste box comes first.
  const pasteFirst = pasted !== '' || params.has('paste');
  // The context menu's "Read QR code" result page.
  const qrRequest = params.get('qr');
  useEffect(() => {
    let unwatch = () => {};
    void readTabState(location.search).then((state) => {
      setTab(state);
      setTabId(state.tabId);
      if (state.tabId !== null) unwatch = watchTabState(state.tabId, setTab);
      // Read on opening only, offline; nothing when the browser gives no access to the page.
      void (state.tabId === null ? Promise.resolve([]) : readSeenOnPage(state.tabId)).then(setSeen);
    });
    void readSettings().then(setSettings);
    const unwatchSettings = watchSettings(setSettings);
    void readPause().then(setPause);
    const unwatchPause = watchPause(setPause);
    return () => [unwatch, unwatchSettings, unwatchPause].forEach((stop) => stop());
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
  const site = tab?.url ? siteForUrl(paymentSites, tab.url) : null;
  const today = new Date();
  const direct = host && tab?.url ? (engine.toDirectUrl(tab.url) ?? tab.url) : null;
  const qr: QrReaderProps = { decode: readQrCodes, read: (text) => readQrText(engine.findLinks, text) };
  return (
    <I18nContext.Provider value={uiI18n()}>
      <main class="popup-main" aria-busy={seen === null}>
        <Brand name={t('extName')} tagline={t('popupTagline')} />
        {qrRequest && <QrReader {...qr} initial={() => qrPicturesOf(qrRequest)} />}
        {pasteFirst && (
          <QrReader {...qr}>
            <PasteBox findLinks={engine.findLinks} initialText={pasted} autoFocus />
          </QrReader>
        )}
        {tab && host && (
          <FixedLinks
            items={inReadersForm(tab.fixed)}
            clickable={tab.clickable}
            handlers={tabId === null ? undefined : fixActionsFor(tabId)}
          />
        )}
        {(tab || pasted) && <SiteCard site={site} sites={paymentSites} today={today} />}
        <SeenOnPage seen={seen ?? []} />
        {host && settings && (
          <SiteSwitch
            host={host}
            disabled={settings.disabledSites}
            onChange={(off, scope) => void setSiteDisabled(host, off, scope)}
          />
        )}
        {pause && !pasteFirst && !qrRequest && (
          <PauseControls
            until={pause.until}
            onPause={(length) => void pauseAll(length)}
            onResume={() => void resumeAll()}
          />
        )}
        {direct && <OpenOnPhone url={direct} />}
        {!pasteFirst && (
          <QrReader {...qr} capture={host && !qrRequest ? captureTabPicture : undefined}>
            <PasteBox findLinks={engine.findLinks} />
          </QrReader>
        )}
        {!pasteFirst && !qrRequest && (
          <ReportProblem
            text={reportFor({
              page: host ? tab?.url : null,
              site: site?.id,
              fixes: tab?.fixed,
              features: settings?.features,
            })}
            tracker={ISSUE_TRACKER_URL}
          />
        )}
        <p class="footer">
          <a href="/atlas.html" target="_blank">
            {t('openAtlas')}
          </a>{' '}
          <a href="/options.html" target="_blank">
            {t('openOptions')}
          </a>
        </p>
      </main>
    </I18nContext.Provider>
  );
}
