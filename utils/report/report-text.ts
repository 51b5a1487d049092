import { defaultFeatures, featureNames, type Features } from '@/utils/settings/features';
import { addressShape } from './address-shape';

/** What a problem report says: nothing the user typed, searched or saw beyond the page's shape. */
export interface ReportFacts {
  version: string;
  /** The browser's name and major version only (see `browserName`). */
  browser: string;
  /** The page's address, reduced to its shape here. */
  page?: string | null;
  /** The platform whose rules the page's site falls under. */
  site?: string | null;
  /** What Unwall fixed on the page: which platform's rule, of which kind. */
  fixes?: readonly { platform: string | null; kind: string }[];
  features?: Features;
}

/** Client hints where the browser gives them (Chromium), else the user-agent string (Firefox). */
export interface BrowserHints {
  brands?: readonly { brand: string; version: string }[];
  userAgent: string;
}

const PREFERRED = ['Microsoft Edge', 'Opera', 'Brave', 'Google Chrome', 'Chromium'];
const FROM_USER_AGENT: readonly [RegExp, string][] = [
  [/Android.*Firefox\/(\d+)/, 'Firefox for Android'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/Edg\/(\d+)/, 'Microsoft Edge'],
  [/Chrome\/(\d+)/, 'Chromium'],
];

/**
 * The browser's brand and major version, nothing else (no platform, no build).
 * @example browserName({ brands: [{ brand: 'Not.A/Brand', version: '99' }, { brand: 'Google Chrome', version: '142' }], userAgent: '' }) // 'Google Chrome 142'
 * @example browserName({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:142.0) Gecko/20100101 Firefox/142.0' }) // 'Firefox 142'
 */
export function browserName({ brands = [], userAgent }: BrowserHints): string {
  const brand = PREFERRED.map((name) => brands.find((b) => b.brand === name)).find(Boolean);
  if (brand) return `${brand.brand} ${brand.version.split('.')[0]}`;
  for (const [pattern, name] of FROM_USER_AGENT) {
    const major = pattern.exec(userAgent)?.[1];
    if (major) return `${name} ${major}`;
  }
  return 'unknown';
}

/** `taobao share ×2, zhihu wrapper`: each rule once, with how often it applied. */
function countFixes(fixes: ReportFacts['fixes'] = []): string {
  const counts = new Map<string, number>();
  for (const { platform, kind } of fixes) {
    const rule = `${platform ?? 'any site'} ${kind}`;
    counts.set(rule, (counts.get(rule) ?? 0) + 1);
  }
  return [...counts].map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule)).join(', ');
}

/** The switches the user set otherwise than the defaults: `generic on, marker off`. */
function changedSwitches(features: Features | undefined): string[] {
  if (!features) return [];
  return featureNames
    .filter((name) => features[name] !== defaultFeatures[name])
    .map((name) => `${name} ${features[name] ? 'on' : 'off'}`);
}

/**
 * The report's text, in English for the project's issue tracker: facts first, then the questions
 * the reporter answers. Only the lines with something to say.
 * @example reportText({ version: '0.1.0', browser: 'Firefox 142' }).split('\n')[0] // 'Unwall 0.1.0'
 */
export function reportText(facts: ReportFacts): string {
  const page = facts.page ? addressShape(facts.page) : null;
  const changed = changedSwitches(facts.features);
  const fixes = countFixes(facts.fixes);
  return [
    `Unwall ${facts.version}`,
    `Browser: ${facts.browser}`,
    page ? `Page: ${page}` : null,
    page ? `Site rules: ${facts.site ?? 'none'}` : null,
    fixes ? `Fixed on the page: ${fixes}` : null,
    changed.length > 0 ? `Switches changed from the defaults: ${changed.join(', ')}` : null,
    '',
    'What happened:',
    '',
    'What I expected:',
    '',
  ]
    .filter((line) => line !== null)
    .join('\n');
}
