/**
 * Addresses written without their scheme inside another address's path: the two forms the generic
 * fallback reads. Both come out as https (never a downgrade; a site that serves only http fails to
 * load, it never leads elsewhere).
 */
import { parse } from 'tldts';

/** A host name followed by a path. */
const hostThenPath = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/[^\s]*$/i;
/** Media files: what podcast measurement prefixes stand before. */
const MEDIA_FILE = /\.(?:mp3|m4a|m4b|mp4|m4v|aac|ogg|oga|opus|wav|flac|mov|webm)$/i;
const ENCODED_SLASH = /%2f/i;

/** A host under a top-level domain of the Public Suffix List's ICANN section (not `redirect.mp3`). */
function isWebHost(host: string): boolean {
  const parsed = parse(host);
  return parsed.isIcann === true && parsed.domain !== null && parsed.isIp !== true;
}

/**
 * A path segment that is a whole address with its slashes encoded and no scheme (Postmark's link
 * tracking: `click.pstmrk.it/3s/example.org%2Fa%3Fb%3D1/…`): a `%2F` is what sets it apart from a
 * plain segment.
 * @example encodedHostPath('example.org%2Fa%3Fb%3D1') // 'https://example.org/a?b=1'
 * @example encodedHostPath('v1.2') // null
 */
export function encodedHostPath(segment: string): string | null {
  if (!ENCODED_SLASH.test(segment)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const found = hostThenPath.exec(decoded);
  return found && isWebHost(found[1]!) ? `https://${decoded}` : null;
}

/**
 * A media file's address written as `host/path` after a podcast measurement prefix (Podtrac's
 * `dts.podtrac.com/redirect.mp3/`, Chartable's `chtbl.com/track/ID/`, OP3's `op3.dev/e/`: the prefix
 * comes before the enclosure's address without its scheme, https://op3.dev/setup). Only when the
 * path ends in a media file, so that a page path with a dotted segment is never read as a host.
 * @example mediaHostPath(['', 'e', 'example.org', 'a.mp3']) // 'https://example.org/a.mp3'
 * @example mediaHostPath(['', 'docs', 'v1.2', 'index.html']) // null
 */
export function mediaHostPath(segments: readonly string[]): string | null {
  if (!MEDIA_FILE.test(segments[segments.length - 1] ?? '')) return null;
  const at = segments.findIndex((segment, i) => i < segments.length - 1 && isWebHost(segment));
  return at < 0 ? null : `https://${segments.slice(at).join('/')}`;
}
