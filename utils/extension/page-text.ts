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

/**
 * The last line of a fixed link's tooltip: its mark is an underline, no control of its own, so the
 * tooltip says where the undo is (the context menu; the popup's row of the fix has it too).
 */
const withUndo = (note: string) => `${note}\n${t('tooltipUndo')}`;

/** The tooltip of an inserted link or token (a token control is no link: it has no link menu). */
export function describePageLink(link: PageLink): string {
  const subject = link.label || t(kindKeys[link.kind]);
  if (link.kind === 'token') return t(link.url ? 'tooltipSearch' : 'tooltipToken', subject);
  return withUndo(t('tooltipLink', subject));
}

/** The tooltip of a link on a page that traps clicks, whose tracking Unwall took off. */
export function describeKept(): string {
  return t('tooltipKept');
}

/** What a token control says once it copied its token: which app to paste it in. */
export function describeCopied(link: PageLink): string {
  return link.app ? t('tokenCopiedApp', link.app) : t('tokenCopied');
}

/** The note added to the tooltip of an anchor Unwall pointed at its direct address: what it was, and its old address. */
export function describeAnchor(link: PageLink, original: string): string {
  return withUndo(t('tooltipAnchor', [link.label || t(kindKeys[link.kind]), original]));
}
