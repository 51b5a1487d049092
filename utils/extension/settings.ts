import { storage } from 'wxt/utils/storage';
import { defaultFeatures, parseDisabledSites, parseFeatures, type Features } from './settings-schema';

/**
 * Typed, versioned settings in `storage.local`, one item per concern so that writers from the popup
 * and the options page never overwrite each other's keys. Every read is validated.
 */
const featuresItem = storage.defineItem<unknown>('local:features', {
  fallback: { ...defaultFeatures },
  version: 1,
});
const disabledSitesItem = storage.defineItem<unknown>('local:disabledSites', { fallback: [], version: 1 });

export interface Settings {
  features: Features;
  disabledSites: string[];
}

export async function readSettings(): Promise<Settings> {
  const [features, disabledSites] = await Promise.all([
    featuresItem.getValue(),
    disabledSitesItem.getValue(),
  ]);
  return { features: parseFeatures(features), disabledSites: parseDisabledSites(disabledSites) };
}

export async function writeFeatures(features: Features): Promise<void> {
  await featuresItem.setValue(parseFeatures(features));
}

export async function setSiteDisabled(host: string, disabled: boolean): Promise<void> {
  const current = parseDisabledSites(await disabledSitesItem.getValue());
  const next = disabled ? [...current, host] : current.filter((h) => h !== host);
  await disabledSitesItem.setValue(parseDisabledSites(next));
}

/** Calls back with fresh settings whenever either item changes; returns the unsubscribe function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const refresh = () => void readSettings().then(onChange);
  const stops = [featuresItem.watch(refresh), disabledSitesItem.watch(refresh)];
  return () => stops.forEach((stop) => stop());
}
