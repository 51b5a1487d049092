import * as z from 'zod/mini';

/**
 * The stored settings, validated field by field: a corrupt value falls back to its own default and
 * never takes the other settings with it. Pure (no browser), so it is tested in Node.
 */
export const defaultFeatures = {
  shareTexts: true,
  wrappers: true,
  appLinks: true,
  skipInterstitials: true,
  marker: true,
} as const;

export type Features = { -readonly [K in keyof typeof defaultFeatures]: boolean };
export type FeatureName = keyof Features;

const flag = (fallback: boolean) => z.catch(z.boolean(), fallback);

export const featuresSchema = z.catch(
  z.object({
    shareTexts: flag(defaultFeatures.shareTexts),
    wrappers: flag(defaultFeatures.wrappers),
    appLinks: flag(defaultFeatures.appLinks),
    skipInterstitials: flag(defaultFeatures.skipInterstitials),
    marker: flag(defaultFeatures.marker),
  }),
  { ...defaultFeatures },
);

const hostName = z.string().check(z.regex(/^[a-z0-9.-]{1,253}$/));

/** Host names where Unwall is switched off; bad entries are dropped, the rest kept. */
export const disabledSitesSchema = z.catch(
  z.pipe(
    z.array(z.unknown()),
    z.transform((items) => [...new Set(items.filter((h): h is string => hostName.safeParse(h).success))]),
  ),
  [],
);

export function parseFeatures(value: unknown): Features {
  return featuresSchema.parse(value ?? {});
}

export function parseDisabledSites(value: unknown): string[] {
  return disabledSitesSchema.parse(value ?? []);
}

/** Whether Unwall is off on a host (a listed host also covers its subdomains). */
export function isSiteDisabled(disabled: readonly string[], host: string): boolean {
  const lower = host.toLowerCase();
  return disabled.some((d) => lower === d || lower.endsWith('.' + d));
}
