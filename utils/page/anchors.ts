import { HREF_ATTR, ORIGINAL_ATTR, UNWALL_ATTR } from './style';

export interface AnchorFix {
  original: string;
  url: string;
  kind: 'wrapper' | 'scheme';
}

const httpOnly = /^https?:\/\//i;
/** The anchor's own tooltip, kept to put back. */
const TITLE_ATTR = 'data-unwall-title';

/**
 * Points an existing anchor (a wrapper or an app link) at its direct address, given as `url`. The
 * anchor's own text is never touched; the old href stays in an attribute and the tooltip.
 */
export function rewriteAnchor(
  a: HTMLAnchorElement,
  url: string,
  describe: (fix: AnchorFix) => string,
): AnchorFix | null {
  const href = a.getAttribute('href');
  if (!href || a.getAttribute(HREF_ATTR) === href || !httpOnly.test(url)) return null;
  const fix: AnchorFix = { original: a.href, url, kind: /^https?:$/.test(a.protocol) ? 'wrapper' : 'scheme' };
  if (!a.hasAttribute(ORIGINAL_ATTR)) {
    a.setAttribute(ORIGINAL_ATTR, href);
    if (a.title) a.setAttribute(TITLE_ATTR, a.title);
  }
  a.setAttribute(UNWALL_ATTR, fix.kind);
  a.setAttribute(HREF_ATTR, url);
  a.setAttribute('href', url);
  const note = describe(fix);
  const own = a.getAttribute(TITLE_ATTR);
  a.title = own ? `${own}\n${note}` : note;
  return fix;
}

/** Gives rewritten anchors their own href back. */
export function restoreAnchors(root: ParentNode): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>(`a[${ORIGINAL_ATTR}]`)) {
    a.setAttribute('href', a.getAttribute(ORIGINAL_ATTR)!);
    const own = a.getAttribute(TITLE_ATTR);
    if (own) a.title = own;
    else a.removeAttribute('title');
    for (const name of [ORIGINAL_ATTR, HREF_ATTR, UNWALL_ATTR, TITLE_ATTR]) a.removeAttribute(name);
  }
}
