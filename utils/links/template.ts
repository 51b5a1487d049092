/** Filling a route's `to` template; the steps and filters are documented in pattern.ts. */
import { decodeBase36Triplets, decodeBase64, decodeEmbeddedUrl, decodeHostPath } from './decode';
import type { PatternClass } from './pattern';

/** Space and control characters: a plain-text part with one of them is not a part of an address. */
const unsafeText = /[\s\p{Cc}]/u;

function fromBase64(value: string): string | null {
  // URLSearchParams read a literal `+` of the base64 alphabet as a space.
  return decodeBase64(value.replace(/ /g, '+'));
}

const filters: Record<string, (value: string) => string | null> = {
  url: decodeEmbeddedUrl,
  base64: (value) => {
    const decoded = fromBase64(value);
    return decoded === null ? null : decodeEmbeddedUrl(decoded);
  },
  base64text: (value) => {
    const decoded = fromBase64(value);
    return decoded === null || unsafeText.test(decoded) ? null : decoded;
  },
  hostpath: decodeHostPath,
  base36triplets: (value) => {
    const decoded = decodeBase36Triplets(value);
    return decoded === null ? null : decodeEmbeddedUrl(decoded);
  },
};

function fillValue(value: string, cls: PatternClass | undefined, filter: string | undefined): string | null {
  if (filter !== undefined) return Object.hasOwn(filters, filter) ? filters[filter]!(value) : null;
  if (cls === 'url') return decodeEmbeddedUrl(value);
  if (cls === 'rest') return value;
  return encodeURIComponent(value);
}

/**
 * Fills a `to` template with what a route's patterns caught; null when a value is missing or does
 * not decode, or a filter is unknown (fail closed).
 * @example fillTemplate('{p|base64}?{q|base64text}', { p: 'aHR0cHM6Ly9hLmNuL3g', q: 'Yj0x' }, new Map()) // 'https://a.cn/x?b=1'
 */
export function fillTemplate(
  template: string,
  vars: Record<string, string>,
  slots: ReadonlyMap<string, PatternClass>,
): string | null {
  let failed = false;
  const out = template.replace(
    /\{([a-zA-Z][a-zA-Z0-9]*)(?:\|([a-z0-9]+))?\}/g,
    (_, name: string, filter?: string) => {
      const value = vars[name];
      const filled = value === undefined ? null : fillValue(value, slots.get(name), filter);
      if (filled === null) failed = true;
      return filled ?? '';
    },
  );
  return failed ? null : out;
}
