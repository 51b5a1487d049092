import type { PageLink } from '@/utils/protocol';
import { t } from './i18n';

/**
 * Tooltips in the page, in the browser's language. What a link is (`Taobao share text`) comes with
 * the link from the background, which knows the platforms; the page script does not carry them.
 */
export const kindKeys: Record<PageLink['kind'], string> = {
  share: 'kindShare',
  url: 'kindUrl',
  obfuscated: 'kindObfuscated',
  scheme: 'kindScheme',
  wrapper: 'kindWrapper',
  generic: 'kindGeneric',
  token: 'kindToken',
};

/** The tooltip of an inserted link or token. */
export function describePageLink(link: PageLink): string {
  const subject = link.label || t(kindKeys[link.kind]);
  if (link.kind === 'token') return t(link.url ? 'tooltipSearch' : 'tooltipToken', subject);
  return t('tooltipLink', subject);
}

/** What a token control says once it copied its token: which app to paste it in. */
export function describeCopied(link: PageLink): string {
  return link.app ? t('tokenCopiedApp', link.app) : t('tokenCopied');
}

/** The note added to the tooltip of an anchor Unwall pointed at its direct address: what it was, and its old address. */
export function describeAnchor(link: PageLink, original: string): string {
  return t('tooltipAnchor', [link.label || t(kindKeys[link.kind]), original]);
}
