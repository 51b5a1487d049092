import type { LinkKind } from '@/utils/links/find-links';

/**
 * Every switch of what Unwall does, declared once: its default, and the link kinds it unblocks on a
 * page (the page is told those kinds, never the switches' names). The options page shows them in
 * this order; the stored settings, the settings file and the switches are all built from this list.
 */
export const FEATURES = {
  shareTexts: { on: true, kinds: ['share', 'url', 'obfuscated', 'token'] },
  wrappers: { on: true, kinds: ['wrapper'] },
  appLinks: { on: true, kinds: ['scheme'] },
  skipInterstitials: { on: true, kinds: [] },
  marker: { on: true, kinds: [] },
  // Off by default: a guess (see `utils/links/generic.ts`), for users who choose it.
  generic: { on: false, kinds: ['generic'] },
} as const satisfies Record<string, { on: boolean; kinds: readonly LinkKind[] }>;

export type FeatureName = keyof typeof FEATURES;
export type Features = Record<FeatureName, boolean>;
export const featureNames = Object.keys(FEATURES) as FeatureName[];

export const defaultFeatures: Readonly<Features> = Object.freeze(
  Object.fromEntries(featureNames.map((name) => [name, FEATURES[name].on])) as Features,
);

/**
 * The link kinds a page may unblock with these switches on.
 * @example enabledKinds({ ...defaultFeatures, wrappers: false }).includes('wrapper') // false
 */
export function enabledKinds(features: Features): LinkKind[] {
  return featureNames.filter((name) => features[name]).flatMap((name) => [...FEATURES[name].kinds]);
}
