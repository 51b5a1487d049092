import type { FoundLink } from '@/utils/links';
import { platforms } from '@/utils/platforms';
import { isChineseUi, t } from './i18n';
import { kindKeys } from './page-text';

const byId = new Map(platforms.map((p) => [p.id, p]));

/** A platform's name in the UI's language, or '' when it is not known. */
export function platformName(id: string | null): string {
  const platform = id ? byId.get(id) : undefined;
  if (!platform) return '';
  return isChineseUi() ? platform.names.zh : platform.names.en;
}

/** What a found link is, in the UI's language: `Taobao share text`, `淘宝分享口令`. */
export function what(platform: string | null, kind: FoundLink['kind']): string {
  const name = platformName(platform);
  const label = t(kindKeys[kind]);
  return name ? (isChineseUi() ? `${name}${label}` : `${name} ${label}`) : label;
}
