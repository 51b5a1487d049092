import { decodeEmbeddedUrl } from '@/utils/links/decode';
import type { OpenWrapper } from '@/utils/links/open-wrappers';
import { MAX_HREF_LENGTH, safeHttpUrl } from '@/utils/url';

/**
 * What the page-world script decides on each `window.open` call, with only the list of simple
 * wrappers it was handed (no rules, no engine). It only ever gives the direct http(s) target of a
 * known wrapper, decoded from the very address the page passed: a page could open that itself, so
 * whoever fills the list (even the page) cannot make it open anything the page could not.
 */

/** Wrappers inside wrappers followed at most (loops end here); deeper chains are left alone. */
const MAX_DEPTH = 6;
/** More entries than the registry has: a longer list is not Unwall's, and is refused. */
const MAX_WRAPPERS = 500;

function isHttpUrl(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'http:';
}

/**
 * The target a listed wrapper carries in this address, percent-decoded; undefined when no listed
 * wrapper takes the address, null when one does but its target does not decode (the engine then
 * refuses the whole chain, and so does the guard).
 */
function unwrapOnce(href: string, base: string, wrappers: readonly OpenWrapper[]): string | null | undefined {
  const url = new URL(href, base);
  if (!isHttpUrl(url)) return undefined;
  const w = wrappers.find((e) => e.host === url.hostname && e.path === url.pathname);
  // The whole query as written, as the engine reads it: `URL` would escape some of its characters.
  const start = href.indexOf('?');
  const raw = start < 0 ? '' : href.slice(start + 1).split('#')[0];
  const value = w && (w.param === null ? raw : url.searchParams.get(w.param));
  return value ? decodeEmbeddedUrl(value) : undefined;
}

/**
 * The direct http(s) address to open instead of `input`, or null to leave the call as the page made
 * it: `input` not a string (the page's own objects are never converted here), too long, not a listed
 * wrapper, or a target that is not a safe http(s) address. A relative input is read against `base`,
 * as `window.open` reads it.
 */
export function directOpenTarget(
  input: unknown,
  base: string,
  wrappers: readonly OpenWrapper[],
): string | null {
  if (typeof input !== 'string' || input.length > MAX_HREF_LENGTH || wrappers.length === 0) return null;
  let current = input;
  try {
    for (let depth = 0; depth <= MAX_DEPTH; depth++) {
      const next = unwrapOnce(current, base, wrappers);
      if (next === undefined) return depth === 0 ? null : safeHttpUrl(current);
      if (next === null) return null;
      current = next;
    }
  } catch {
    return null;
  }
  return null;
}

function isOpenWrapper(value: unknown): value is OpenWrapper {
  if (typeof value !== 'object' || value === null) return false;
  const { host, path, param } = value as Record<string, unknown>;
  return (
    typeof host === 'string' && typeof path === 'string' && (param === null || typeof param === 'string')
  );
}

/** The list handed over as JSON text; anything else gives an empty list (nothing is rewritten). */
export function readOpenWrappers(detail: unknown): OpenWrapper[] {
  if (typeof detail !== 'string' || detail.length > MAX_WRAPPERS * 200) return [];
  try {
    const list: unknown = JSON.parse(detail);
    if (!Array.isArray(list) || list.length > MAX_WRAPPERS || !list.every(isOpenWrapper)) return [];
    return list.map(({ host, path, param }) => ({ host, path, param }));
  } catch {
    return [];
  }
}
