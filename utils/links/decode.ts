/** Small decoders the rules need. Each returns null instead of throwing on bad input. */

// Relative, not `@/`: the build config loads the engine before the alias exists.
import { hasSchemeAndSlashes } from '../url';

/**
 * An address embedded in a parameter, percent-decoded until it starts with `scheme://` (covers
 * plain, colon-only `https%3A//` and double-encoded targets). Null when it never gets there.
 * @example decodeEmbeddedUrl('https%253A%252F%252Fa.cn') // 'https://a.cn'
 */
export function decodeEmbeddedUrl(value: string): string | null {
  let current = value.trim();
  for (let round = 0; round < 4; round++) {
    if (hasSchemeAndSlashes(current)) return current;
    if (!current.includes('%')) return null;
    try {
      current = decodeURIComponent(current).trim();
    } catch {
      return null;
    }
  }
  return hasSchemeAndSlashes(current) ? current : null;
}

/**
 * Standard or url-safe base64, padded or not, decoded as UTF-8; null when it is not valid text.
 * @example decodeBase64('aHR0cHM6Ly9hLmNu') // 'https://a.cn'
 */
export function decodeBase64(value: string): string | null {
  const normal = value.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(normal) || normal.length % 4 === 1) return null;
  try {
    const binary = atob(normal + '='.repeat((4 - (normal.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Decodes the HTML entities a copy from page source leaves behind (`&amp;`, `&#x2f;`, `&#47;`).
 * @example decodeEntities('a=1&amp;b=2') // 'a=1&b=2'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, body: string) => {
    if (body[0] !== '#') return namedEntities[body.toLowerCase()] ?? whole;
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Text written as three base-36 digits per character (`02W` is 104, `h`): pc6.com's `gourl`, read
 * by MerielVaren/remove-link-redirects (`customDecode`) and pURLfy-rules. Null when it is not that.
 * @example decodeBase36Triplets('02W03803803403701M01B01B') // 'https://'
 */
export function decodeBase36Triplets(value: string): string | null {
  if (value.length === 0 || value.length % 3 !== 0 || !/^[0-9A-Za-z]+$/.test(value)) return null;
  const codes = value.match(/.{3}/g)!.map((triplet) => parseInt(triplet, 36));
  return String.fromCharCode(...codes);
}

const hostFirst = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?=[/?#:]|$)/;

/**
 * A target written without its scheme (`example.org/a%3Fb%3D1`), percent-decoded once; null unless
 * it starts with a host name. The caller writes the scheme.
 * @example decodeHostPath('example.org/a%3Fb%3D1') // 'example.org/a?b=1'
 */
export function decodeHostPath(value: string): string | null {
  try {
    const decoded = decodeURIComponent(value);
    return hostFirst.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}
