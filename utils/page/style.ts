/** Marks every element Unwall inserts or rewrites; the page layer never touches others. */
export const UNWALL_ATTR = 'data-unwall';
/** The direct address of an inserted or rewritten link, re-asserted when it is clicked. */
export const HREF_ATTR = 'data-unwall-href';
/** The href an existing anchor had before Unwall rewrote it. */
export const ORIGINAL_ATTR = 'data-unwall-original';
/** On `<html>`: the link marker is switched off. */
export const NO_MARKER_ATTR = 'data-unwall-no-marker';

const STYLE_ID = 'unwall-style';

/**
 * Inline, layout-neutral styles: inserted links keep the text's font, size and spacing; the marker is
 * a dotted underline only (no padding, no icon that would push text around).
 */
const css = `
a[${UNWALL_ATTR}]:not([${ORIGINAL_ATTR}]), span[${UNWALL_ATTR}] {
  font: inherit !important; color: inherit !important; letter-spacing: inherit !important;
  display: inline !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
  background: none !important; cursor: pointer;
  text-decoration: underline dotted #0f766e; text-decoration-thickness: 1.5px; text-underline-offset: 2px;
}
span[${UNWALL_ATTR}] { text-decoration-style: dashed; }
html[${NO_MARKER_ATTR}] a[${UNWALL_ATTR}]:not([${ORIGINAL_ATTR}]), html[${NO_MARKER_ATTR}] span[${UNWALL_ATTR}] {
  text-decoration: inherit;
}
`;

/** Adds Unwall's small stylesheet to a document once. */
export function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
}
