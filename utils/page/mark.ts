/** The attribute on `<html>` that says Unwall's content script ran in this document. */
export const RAN_ATTRIBUTE = 'data-unwall';

/**
 * Marks a document as seen by Unwall, so tests (and curious users) can tell the script ran.
 * @example markScriptRan(document) // <html data-unwall="ready">
 */
export function markScriptRan(doc: Document): void {
  doc.documentElement.setAttribute(RAN_ATTRIBUTE, 'ready');
}
