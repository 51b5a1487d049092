/**
 * The `storage.local` keys of the settings, one per concern (see `utils/extension/settings.ts`),
 * declared once: the background and the extension's pages read and write them, and the content
 * script listens to them to start again when one changes. Carries no code, so every side may import it.
 */
export const SETTING_KEYS = [
  'features',
  'disabledSites',
  'userRules',
  'disabledRules',
  'mirrors',
  'rulePack',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** The `storage.local` key of the pause on every site (see `utils/extension/pause.ts`): not a setting, never exported. */
export const PAUSE_KEY = 'pause';

/** Every `storage.local` key a content script starts again on: the settings and the pause. */
export const PAGE_KEYS: readonly string[] = [...SETTING_KEYS, PAUSE_KEY];
