import { useEffect, useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { BuiltInRules } from '@/components/BuiltInRules';
import { FeatureSwitches } from '@/components/FeatureSwitches';
import { I18nContext } from '@/components/i18n';
import { MirrorChoices } from '@/components/MirrorChoices';
import { PackSubscription } from '@/components/PackSubscription';
import { ReportProblem } from '@/components/ReportProblem';
import { RuleImport } from '@/components/RuleImport';
import { RulePacks } from '@/components/RulePacks';
import { SettingsTransfer } from '@/components/SettingsTransfer';
import { SiteList } from '@/components/SiteList';
import { UserRules } from '@/components/UserRules';
import { t, uiI18n } from '@/utils/extension/i18n';
import { importProblemText } from '@/utils/extension/import-messages';
import { packProblemText } from '@/utils/extension/pack-messages';
import {
  readPackSubscription,
  refreshPackSubscription,
  subscribeToPack,
  unsubscribeFromPack,
  watchPackSubscription,
} from '@/utils/extension/pack-subscription';
import { WELCOME_PAGE } from '@/utils/extension/welcome';
import { reportFor } from '@/utils/extension/report';
import { loadRuleCatalog } from '@/utils/extension/rule-catalog';
import {
  importPackFile,
  packSummary,
  readRulePack,
  removeRulePack,
  watchRulePack,
  type StoredPack,
} from '@/utils/extension/rule-pack-store';
import {
  readSettings,
  resetSettings,
  setFeature,
  setMirror,
  setRuleDisabled,
  setSiteDisabled,
  setUserRules,
  watchSettings,
  writeSettings,
  type Settings,
} from '@/utils/extension/settings';
import { exportSettings, readSettingsFile } from '@/utils/extension/settings-file';
import { mirrorOptions } from '@/utils/links/mirrors';
import type { CatalogEntry } from '@/utils/links/rule-catalog';
import { platforms } from '@/utils/platforms';
import { ISSUE_TRACKER_URL } from '@/utils/report/project';
import { noSubscription, type Subscription } from '@/utils/settings/pack-subscription';
import { previewImport } from '@/utils/settings/rule-import/preview';
import { checkUserRule, MAX_USER_RULES } from '@/utils/settings/schema';

const mirrored = mirrorOptions(platforms);

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [catalog, setCatalog] = useState<CatalogEntry[] | null>(null);
  const [pack, setPack] = useState<StoredPack | null>(null);
  const [subscription, setSubscription] = useState<Subscription>(noSubscription);
  useEffect(() => {
    void readSettings().then(setSettings);
    void loadRuleCatalog().then(setCatalog);
    void readRulePack().then(setPack);
    void readPackSubscription().then(setSubscription);
    const stopPack = watchRulePack(setPack);
    const stopSubscription = watchPackSubscription(setSubscription);
    const stopSettings = watchSettings(setSettings);
    return () => {
      stopPack();
      stopSubscription();
      stopSettings();
    };
  }, []);
  const importFile = async (file: File) => {
    const result = await readSettingsFile(file);
    if (!result.ok) return result.problems.map(importProblemText);
    await writeSettings(result.settings);
    return [];
  };
  // A pack from a file, or none, ends the subscription: its next download would replace it.
  const importPack = (file: File) => importPackFile(file, unsubscribeFromPack);
  // Defaults: the subscription is off (the pack in use stays until removed, as after Unsubscribe).
  const resetAll = async () => {
    await resetSettings();
    await unsubscribeFromPack();
  };
  const removePack = async () => {
    await unsubscribeFromPack();
    await removeRulePack();
  };
  return (
    <I18nContext.Provider value={uiI18n()}>
      <main class="options-main">
        <Brand name={t('extName')} tagline={t('extDescription')} />
        <h2 class="page-title">{t('optionsTitle')}</h2>
        <p class="footer footer--start">
          <a href="/atlas.html" target="_blank">
            {t('openAtlas')}
          </a>
          <a href={WELCOME_PAGE} target="_blank" rel="noopener">
            {t('optionsWelcomeLink')}
          </a>
        </p>
        {settings && (
          <>
            <FeatureSwitches
              features={settings.features}
              onChange={(name, on) => void setFeature(name, on)}
            />
            <MirrorChoices
              options={mirrored}
              chosen={settings.mirrors}
              onChange={(platform, host) => void setMirror(platform, host)}
            />
            <SiteList
              sites={settings.disabledSites}
              onAdd={(site) => void setSiteDisabled(site, true)}
              onRemove={(site) => void setSiteDisabled(site, false)}
            />
            <UserRules
              rules={settings.userRules}
              check={checkUserRule}
              onChange={(rules) => void setUserRules(rules)}
            />
            <SettingsTransfer
              exportText={() => exportSettings(settings, new Date())}
              importFile={importFile}
              reset={resetAll}
            />
            <RuleImport
              preview={previewImport}
              rules={settings.userRules}
              room={MAX_USER_RULES - settings.userRules.length}
              onAdd={(rules) => void setUserRules(rules)}
            />
            <RulePacks current={packSummary(pack)} importFile={importPack} remove={() => void removePack()}>
              <PackSubscription
                subscription={{
                  ...subscription,
                  problems: (subscription.problems ?? []).map(packProblemText),
                }}
                subscribe={subscribeToPack}
                refresh={() => refreshPackSubscription({ force: true })}
                unsubscribe={() => void unsubscribeFromPack()}
              />
            </RulePacks>
            <BuiltInRules
              catalog={catalog}
              off={settings.disabledRules}
              onChange={(id, on) => void setRuleDisabled(id, !on)}
            />
            <ReportProblem text={reportFor({ features: settings.features })} tracker={ISSUE_TRACKER_URL} />
          </>
        )}
      </main>
    </I18nContext.Provider>
  );
}
