/**
 * QR codes only an app reads (payment, sign-in, mini-program and group codes), from the platform
 * files' `appOnlyCodes`. A code is matched on its whole text, step by step:
 * 1. The text, trimmed, must be one address: a scheme, `://`, and no white space.
 * 2. An http(s) address matches a code by its host (exact, or `*.` and a domain); any other scheme
 *    by its name, case-insensitively.
 * 3. The code's `path` pattern (`utils/links/pattern.ts`), when it has one, must match the path: the
 *    pathname for http(s); for an app scheme, what follows `scheme://` up to the query, without
 *    trailing slashes (as scheme routes read it).
 * Anything that does not parse matches nothing (fail closed: the text is then read as links).
 */
import type { AppOnlyKind, Platform } from '@/utils/platforms/schema';
import { compilePattern, matchPattern, type CompiledPattern } from './pattern';
// Relative, not `@/`: the build config loads the engine before the alias exists.
import { hasSchemeAndSlashes, isHttpScheme, isUnderDomain, schemeOf } from '../url';

export interface AppOnlyCodeMatch {
  kind: AppOnlyKind;
  /** The platform whose app reads the code (its id and names). */
  platform: string;
  app: { en: string; zh: string };
}

interface CompiledCode extends AppOnlyCodeMatch {
  hosts: readonly string[];
  schemes: readonly string[];
  path: CompiledPattern | null;
}

/** The registry's app-only codes, compiled once: what `appOnlyCodeIn` reads. */
export type AppOnlyCodes = readonly CompiledCode[];

/**
 * Compiles the platforms' app-only codes (throws on a bad pattern, so a bad platform file fails its test).
 * @example compileAppOnlyCodes(platforms).length > 0 // true
 */
export function compileAppOnlyCodes(platforms: readonly Platform[]): AppOnlyCodes {
  return platforms.flatMap((p) =>
    (p.appOnlyCodes ?? []).map((code) => ({
      kind: code.kind,
      platform: p.id,
      app: p.names,
      hosts: code.hosts ?? [],
      schemes: code.schemes ?? [],
      path: code.path === undefined ? null : compilePattern(code.path),
    })),
  );
}

interface CodeTarget {
  scheme: string;
  host: string | null;
  path: string;
}

function targetOf(text: string): CodeTarget | null {
  const scheme = schemeOf(text);
  if (!scheme || /\s/.test(text) || !hasSchemeAndSlashes(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (isHttpScheme(scheme)) return { scheme, host: url.hostname, path: url.pathname };
  return { scheme, host: null, path: (url.host + url.pathname).replace(/\/+$/, '') };
}

function hostMatches(hosts: readonly string[], host: string): boolean {
  return hosts.some((h) => (h.startsWith('*.') ? isUnderDomain(host, h.slice(2)) : host === h));
}

function matches(code: CompiledCode, target: CodeTarget): boolean {
  const where =
    target.host === null ? code.schemes.includes(target.scheme) : hostMatches(code.hosts, target.host);
  return where && (code.path === null || matchPattern(code.path, target.path) !== null);
}

/**
 * The app-only code a QR code's text is, or null: a payment, sign-in, mini-program or group code
 * that no browser can use, and the app that reads it.
 * @example appOnlyCodeIn(compileAppOnlyCodes(platforms), 'wxp://f2f0abc')?.kind // 'payment'
 * @example appOnlyCodeIn(compileAppOnlyCodes(platforms), 'https://item.jd.com/1.html') // null
 */
export function appOnlyCodeIn(codes: AppOnlyCodes, text: string): AppOnlyCodeMatch | null {
  const target = targetOf(text.trim());
  const code = target && codes.find((c) => matches(c, target));
  return code ? { kind: code.kind, platform: code.platform, app: code.app } : null;
}
