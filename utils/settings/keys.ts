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
