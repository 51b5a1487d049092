import { storage } from 'wxt/utils/storage';
import type { MirrorChoice } from '@/utils/links/mirrors';
import type { UserRule } from '@/utils/links/user-rules';
import type { SettingKey } from '@/utils/settings/keys';
import { switchEntry, type SiteScope } from '@/utils/settings/site-scope';
import {
  defaultFeatures,
  defaultSettings,
  isSiteDisabled,
  isMirrorChoice,
  migrations,
  parseDisabledRules,
  parseDisabledSites,
  parseFeatures,
  parseMirrors,
  parseUserRules,
  type Features,
  type Settings,
} from '@/utils/settings/schema';

export type { Settings } from '@/utils/settings/schema';

/**
 * Typed, versioned settings in `storage.local`, one item per concern: the popup and the options page
 * each write only the key they change, one change to a key at a time (see `exclusive`), so two writers
 * at once never wipe each other. Every read is validated, so a corrupt value falls back to its default
 * on its own.
 */
const local = <K extends SettingKey>(key: K) => `local:${key}` as const;
const featuresItem = storage.defineItem<unknown>(local('features'), {
  fallback: { ...defaultFeatures },
  version: 1,
});
const disabledSitesItem = storage.defineItem<unknown>(local('disabledSites'), {
  fallback: [],
  version: 3,
  migrations: migrations.disabledSites,
});
const userRulesItem = storage.defineItem<unknown>(local('userRules'), { fallback: [], version: 1 });
const disabledRulesItem = storage.defineItem<unknown>(local('disabledRules'), { fallback: [], version: 1 });
const mirrorsItem = storage.defineItem<unknown>(local('mirrors'), { fallback: {}, version: 1 });

export async function readSettings(): Promise<Settings> {
  const [features, disabledSites, userRules, disabledRules, mirrors] = await Promise.all([
    featuresItem.getValue(),
    disabledSitesItem.getValue(),
    userRulesItem.getValue(),
    disabledRulesItem.getValue(),
    mirrorsItem.getValue(),
  ]);
  return {
    features: parseFeatures(features),
    disabledSites: parseDisabledSites(disabledSites),
    userRules: parseUserRules(userRules),
    disabledRules: parseDisabledRules(disabledRules),
    mirrors: parseMirrors(mirrors),
  };
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs a read-modify-write of one key alone: across the extension's pages and its worker with the
 * Web Locks API (the popup and the options page switching the same key at once keep both changes),
 * and within one context where that API is missing.
 */
async function exclusive(key: string, task: () => Promise<void>): Promise<void> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return void (await locks.request(`unwall:${key}`, task));
  const next = (queues.get(key) ?? Promise.resolve()).then(task, task);
  queues.set(
    key,
    next.catch(() => {}),
  );
  await next;
}

export function setFeature(name: keyof Features, on: boolean): Promise<void> {
  return exclusive('features', async () => {
    const current = parseFeatures(await featuresItem.getValue());
    await featuresItem.setValue({ ...current, [name]: on });
  });
}

/**
 * Switches Unwall off for a host's whole site (the default) or for that host only, in place of
 * whatever switched it off before; or back on.
 */
export function setSiteDisabled(host: string, disabled: boolean, scope: SiteScope = 'site'): Promise<void> {
  return exclusive('disabledSites', () => changeSites(host, disabled, scope));
}

async function changeSites(host: string, disabled: boolean, scope: SiteScope): Promise<void> {
  const current = parseDisabledSites(await disabledSitesItem.getValue());
  // Every entry that covers the host goes, not only the exact one: switching back on leaves none, and
  // switching off with another scope replaces the one in force.
  const others = current.filter((entry) => !isSiteDisabled([entry], host));
  const next = disabled ? [...others, switchEntry(host, scope)] : others;
  await disabledSitesItem.setValue(parseDisabledSites(next));
}

export async function setUserRules(rules: readonly UserRule[]): Promise<void> {
  await userRulesItem.setValue(parseUserRules(rules));
}

/** Switches one built-in rule off (or back on), by its id. */
export function setRuleDisabled(id: string, off: boolean): Promise<void> {
  return exclusive('disabledRules', async () => {
    const others = parseDisabledRules(await disabledRulesItem.getValue()).filter((r) => r !== id);
    await disabledRulesItem.setValue(parseDisabledRules(off ? [...others, id] : others));
  });
}

/** Picks the web host a platform's links open on: one of its mirrors, or null for its main host. */
export function setMirror(platform: string, host: string | null): Promise<void> {
  return exclusive('mirrors', async () => {
    const current: MirrorChoice = parseMirrors(await mirrorsItem.getValue());
    const others = Object.entries(current).filter(([id]) => id !== platform);
    const next = Object.fromEntries(isMirrorChoice(platform, host) ? [...others, [platform, host]] : others);
    await mirrorsItem.setValue(next);
  });
}

/** Writes every setting at once (an import or a reset). */
export async function writeSettings(settings: Settings): Promise<void> {
  await storage.setItems([
    { item: featuresItem, value: parseFeatures(settings.features) },
    { item: disabledSitesItem, value: parseDisabledSites(settings.disabledSites) },
    { item: userRulesItem, value: parseUserRules(settings.userRules) },
    { item: disabledRulesItem, value: parseDisabledRules(settings.disabledRules) },
    { item: mirrorsItem, value: parseMirrors(settings.mirrors) },
  ]);
}

export async function resetSettings(): Promise<void> {
  await writeSettings(defaultSettings());
}

/** Calls back with fresh settings whenever any item changes; returns the unsubscribe function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const refresh = () => void readSettings().then(onChange);
  const items = [featuresItem, disabledSitesItem, userRulesItem, disabledRulesItem, mirrorsItem];
  const stops = items.map((item) => item.watch(refresh));
  return () => stops.forEach((stop) => stop());
}
