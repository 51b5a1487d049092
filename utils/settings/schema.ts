import { getDomain } from 'tldts';
import * as z from 'zod/mini';
import { isMirrorOf, type MirrorChoice } from '@/utils/links/mirrors';
import { isLoginReturnParam, type UserRule } from '@/utils/links/user-rules';
import { platforms } from '@/utils/platforms';
import { defaultFeatures, featureNames, type Features } from './features';
import { entryCovers } from './site-scope';

export { defaultFeatures, featureNames, type FeatureName, type Features } from './features';

/**
 * The stored settings, validated field by field: a corrupt value falls back to its own default and
 * never takes the other settings with it. Pure (no browser), so it is tested in Node; the extension's
 * pages and the background import it, never a content script (it carries zod).
 */
const flag = (fallback: boolean) => z.catch(z.boolean(), fallback);
type Flags = Record<keyof Features, ReturnType<typeof flag>>;

export const featuresSchema = z.catch(
  z.object(Object.fromEntries(featureNames.map((name) => [name, flag(defaultFeatures[name])])) as Flags),
  () => ({ ...defaultFeatures }),
);

/** A lower-case host name: labels of letters, digits and dashes, not starting or ending with a dash. */
export const HOST_PATTERN =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;
const hostName = z.string().check(z.regex(HOST_PATTERN));

/**
 * The site a host belongs to for the per-site switch: lower case, without a leading `www.`
 * (switching off `www.taobao.com` means all of `taobao.com`).
 * @example siteOf('WWW.Taobao.com') // 'taobao.com'
 */
export function siteOf(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/**
 * Where Unwall is switched off: registrable domains (a whole site) and hosts (see `entryCovers`);
 * bad entries are dropped, the rest kept, each once.
 */
export const disabledSitesSchema = z.catch(
  z.pipe(
    z.array(z.unknown()),
    z.transform((items) => [...new Set(items.filter((h): h is string => hostName.safeParse(h).success))]),
  ),
  [],
);

/**
 * Whether a host is a registrable domain (`example.com`, `alice.github.io`) or below one, per the
 * Public Suffix List with its private section (https://publicsuffix.org/list/): a rule on `com`,
 * `co.uk` or `github.io` would cover every site under it. IP addresses and single labels are refused too.
 * @example isRegistrableHost('go.example.com') // true
 * @example isRegistrableHost('github.io') // false
 */
export function isRegistrableHost(host: string): boolean {
  return getDomain(host, { allowPrivateDomains: true }) !== null;
}

const PARAM_PATTERN = /^[A-Za-z0-9_.[\]-]{1,40}$/;

/**
 * One user wrapper rule: plain fields, never a regular expression. The host names a registrable
 * domain, and the parameter is never where a login returns to (see `isLoginReturnParam`); the
 * error of these two checks names the reason the options page shows.
 */
export const userRuleSchema = z.object({
  host: hostName.check(
    z.refine((h) => !HOST_PATTERN.test(h) || isRegistrableHost(h), { error: 'publicSuffix' }),
  ),
  pathPrefix: z.string().check(z.regex(/^\/[A-Za-z0-9._~!$'()*+,;=:@%/-]{0,200}$/)),
  param: z.string().check(
    z.regex(PARAM_PATTERN),
    z.refine((p) => !PARAM_PATTERN.test(p) || !isLoginReturnParam(p), { error: 'loginParam' }),
  ),
  encoding: z.enum(['url', 'base64']),
});
export const MAX_USER_RULES = 100;

/** The user's wrapper rules; an entry that is not valid is dropped, the others are kept. */
export const userRulesSchema = z.catch(
  z.pipe(
    z.array(z.unknown()),
    z.transform((items) =>
      items
        .map((item) => userRuleSchema.safeParse(item))
        .flatMap((r): UserRule[] => (r.success ? [r.data] : []))
        .slice(0, MAX_USER_RULES),
    ),
  ),
  [],
);

/**
 * Whether the host is one a platform's file names as its mirror (the choice a setting may make).
 * @example isMirrorChoice('xiaohongshu', 'www.rednote.com') // true
 */
export function isMirrorChoice(platform: string, host: unknown): host is string {
  return typeof host === 'string' && isMirrorOf(platforms, platform, host);
}

/**
 * The web host picked for each platform that has mirrors (`{ xiaohongshu: 'www.rednote.com' }`);
 * an entry that names no mirror of its platform is dropped, the others kept. No entry: the main host.
 */
export const mirrorsSchema = z.catch(
  z.pipe(
    z.record(z.string(), z.unknown()),
    z.transform((record): Record<string, string> =>
      Object.fromEntries(
        Object.entries(record).flatMap(([id, host]) => (isMirrorChoice(id, host) ? [[id, host]] : [])),
      ),
    ),
  ),
  () => ({}),
);

/** A built-in rule's id as `ruleRefs` names it (`zhihu:interstitial:link.zhihu.com/`). */
export const RULE_ID_PATTERN = /^[a-z][a-z0-9]*:[A-Za-z]+:\S.{0,300}$/;
export const MAX_DISABLED_RULES = 5000;

/**
 * The ids of the built-in rules the user switched off. Ids the registry no longer has are kept (a
 * rule may come back under the same id) and do nothing; entries that are not ids are dropped.
 */
export const disabledRulesSchema = z.catch(
  z.pipe(
    z.array(z.unknown()),
    z.transform((items) => [
      ...new Set(
        items
          .filter((id): id is string => typeof id === 'string' && RULE_ID_PATTERN.test(id))
          .slice(0, MAX_DISABLED_RULES),
      ),
    ]),
  ),
  [],
);

export interface Settings {
  features: Features;
  disabledSites: string[];
  userRules: UserRule[];
  /** Built-in rules switched off, by id (see `utils/links/rule-ids.ts`). */
  disabledRules: string[];
  /** The web host picked per platform (see `utils/links/mirrors.ts`). */
  mirrors: MirrorChoice;
}

export function defaultSettings(): Settings {
  return {
    features: { ...defaultFeatures },
    disabledSites: [],
    userRules: [],
    disabledRules: [],
    mirrors: {},
  };
}

export function parseFeatures(value: unknown): Features {
  return featuresSchema.parse(value ?? {});
}

export function parseDisabledSites(value: unknown): string[] {
  return disabledSitesSchema.parse(value ?? []);
}

export function parseUserRules(value: unknown): UserRule[] {
  return userRulesSchema.parse(value ?? []);
}

export function parseDisabledRules(value: unknown): string[] {
  return disabledRulesSchema.parse(value ?? []);
}

export function parseMirrors(value: unknown): MirrorChoice {
  return mirrorsSchema.parse(value ?? {});
}

/**
 * Stored layouts and how each older one becomes the next. Version 1 of `disabledSites` held the exact
 * host names the switch was used on (`www.taobao.com`); version 2 held them without `www.` (see
 * `siteOf`), each covering its subdomains. Version 3 keeps the same entries: a host entry still covers
 * that host and its subdomains, while an entry that is a registrable domain now covers the whole site,
 * its sibling domains included (see `entryCovers`), and "only this host" may store a `www.` host.
 */
export const migrations = {
  disabledSites: {
    2: (old: unknown) => [...new Set(parseDisabledSites(old).map(siteOf))],
    3: (old: unknown) => parseDisabledSites(old),
  },
} as const;

/**
 * Whether Unwall is off on a host: an entry covers its subdomains, and a registrable domain its
 * sibling domains too.
 * @example isSiteDisabled(['weibo.com'], 'm.weibo.cn') // true
 */
export function isSiteDisabled(disabled: readonly string[], host: string): boolean {
  return disabled.some((entry) => entryCovers(entry, host));
}

export type UserRuleField = 'host' | 'pathPrefix' | 'param' | 'encoding';
/** A failed check names the wrong fields and, as message keys, why (`ruleInvalid_publicSuffix`). */
export type UserRuleCheck =
  { ok: true; rule: UserRule } | { ok: false; fields: UserRuleField[]; reasons: string[] };

/**
 * Checks a rule typed in the options page and names the fields that are wrong.
 * @example checkUserRule({ host: 'go.example.com', pathPrefix: '/out', param: 'to', encoding: 'url' }).ok // true
 */
export function checkUserRule(draft: Record<UserRuleField, string>): UserRuleCheck {
  const candidate = {
    ...draft,
    host: draft.host.trim().toLowerCase(),
    pathPrefix: draft.pathPrefix.trim() || '/',
  };
  const result = userRuleSchema.safeParse({ ...candidate, param: candidate.param.trim() });
  if (result.success) return { ok: true, rule: result.data };
  const { issues } = result.error;
  const fields = new Set(issues.map((issue) => issue.path[0] as UserRuleField));
  const reasons = new Set(
    issues.map((issue) => `ruleInvalid_${issue.code === 'custom' ? issue.message : String(issue.path[0])}`),
  );
  return { ok: false, fields: [...fields], reasons: [...reasons] };
}
