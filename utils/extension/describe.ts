import type { FoundLink } from '@/utils/links';
import { platforms } from '@/utils/platforms';
import { isChineseUi, t } from './i18n';
import { kindKeys } from './page-text';

const byId = new Map(platforms.map((p) => [p.id, p]));

/** Which of a platform's names to show: the pages pass their Traditional forms (`pickText`). */
export type NameOf = (names: { en: string; zh: string }) => string;

/** The name as the data writes it, in the UI's language (the background carries no Traditional forms). */
const asWritten: NameOf = (names) => (isChineseUi() ? names.zh : names.en);

/** A platform's name in the UI's language, or '' when it is not known. */
export function platformName(id: string | null, nameOf: NameOf = asWritten): string {
  const platform = id ? byId.get(id) : undefined;
  return platform ? nameOf(platform.names) : '';
}

/** What a found link is, in the UI's language: `Taobao share text`, `淘宝分享口令`. */
export function what(platform: string | null, kind: FoundLink['kind'], nameOf: NameOf = asWritten): string {
  const name = platformName(platform, nameOf);
  const label = t(kindKeys[kind]);
  return name ? (isChineseUi() ? `${name}${label}` : `${name} ${label}`) : label;
}
