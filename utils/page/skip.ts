/**
 * Text Unwall never rewrites: form fields and editable regions (the user's own typing), scripts and
 * styles, templates, SVG and MathML text, and text already inside a link.
 *
 * `code` and `pre` ARE processed for what is blocked: share texts and wrapped links are often pasted
 * into code blocks precisely to stop a forum from mangling them, wrapping the span in a link keeps
 * every character (copying the block gives the same text), and code editors that must not change
 * are editable regions or textareas, which are skipped. Plain addresses there are left alone (see
 * `isCode`).
 */
const SKIP_SELECTOR = [
  'a',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'title',
  'svg',
  'math',
  'iframe',
  'object',
  '[data-unwall-ui]',
  'span[data-unwall]',
].join(',');

/**
 * Whether an element is in an editable region, read from the markup (`contenteditable`, `designMode`).
 * `isContentEditable` would say the same but needs computed style, and after each batch of inserted
 * links that means restyling the page again.
 */
export function isEditable(element: Element): boolean {
  if (element.ownerDocument.designMode === 'on') return true;
  const host = element.closest('[contenteditable]');
  // `?? ''`: on SVG and MathML elements the selector matches the attribute in any case, `getAttribute` does not.
  return host !== null && (host.getAttribute('contenteditable') ?? '').toLowerCase() !== 'false';
}

const SKIP_OR_EDITABLE = `${SKIP_SELECTOR},[contenteditable]`;

/** Whether a text node (by its parent element) must be left alone. */
export function isSkippedText(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent) return true;
  // One walk up for both questions: the nearest element that is skipped or says whether it is editable.
  const nearest = parent.closest(SKIP_OR_EDITABLE);
  if (!nearest) return parent.ownerDocument.designMode === 'on';
  if (nearest.matches(SKIP_SELECTOR)) return true;
  if ((nearest.getAttribute('contenteditable') ?? '').toLowerCase() !== 'false') return true;
  // Not editable from here up (`contenteditable="false"`), but it may still sit inside a skipped element.
  return isSkippedElement(nearest);
}

/** Whether an element and everything inside it must be left alone. */
export function isSkippedElement(element: Element): boolean {
  return isEditable(element) || element.closest(SKIP_SELECTOR) !== null;
}

const CODE_SELECTOR = 'code,pre,kbd,samp,tt';

/**
 * Whether a text node is code. A plain address in code was blocked by nothing (`registry.npmmirror.com`
 * in an install command): it is left as it is, so a click there selects and copies instead of opening
 * a tab, and nothing is counted as fixed.
 */
export function isCode(node: Text): boolean {
  return node.parentElement?.closest(CODE_SELECTOR) != null;
}
