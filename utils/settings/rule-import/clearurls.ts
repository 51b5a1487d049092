import { ruleOn, type Refusal, type Translation } from './translation';

/**
 * ClearURLs `redirections`, read into Unwall's user-rule language. The format (ClearURLs/Rules
 * data.min.json, documented at https://docs.clearurls.xyz/1.27.3/specs/rules/): `providers` maps a
 * name to `urlPattern`, `rules`, `rawRules`, `referralMarketing`, `exceptions`, `redirections` and
 * flags; each redirection is a JavaScript regular expression over the whole address whose first
 * capture group is the target, percent-decoded. Linkumori keeps that format and adds, per provider,
 * `rules[]` objects `{ kind: 'redirection', match, action: { type: 'redirect' }, preprocessors }` and
 * `domainRedirections` (`||host^$redirect=https://fixed.target/`), per Linkumori's rule-syntax
 * document ("Current Rule Syntax", `ClearURLsData` provider fields).
 *
 * Only one shape of expression says what a user rule says: scheme, a literal host (with or without
 * ClearURLs' "any subdomain" prefix), a literal path, then a query parameter whose whole value is the
 * capture group. Every other regular-expression feature is refused, never guessed at.
 */

const SCHEME = /^\^?https\??:\\\/\\\//;
const ANY_SUBDOMAIN = /^\(\?:\[a-z0-9-\]\+\\\.\)\*\??/;
const ANY_TLD = /^\(\?:\\\.\[a-z\]\{2,\}\)\{1,\}/;
const LITERAL = /^(?:[A-Za-z0-9_~!,;:@=-]|\\[./\-_~])+/;
const ANYTHING = /^\.[*+]\??/;
const CAPTURE = /^\((?:https\?)?\[\^&(?:#)?\][*+]\)(?:\.\*|\$)?$/;

type Shape = { host: string; path: string; param: string } | Refusal;

const unescape = (text: string) => text.replace(/\\(.)/g, '$1');

/** The host part: `(?:[a-z0-9-]+\.)*?` (optional) and a literal host; a wildcard top-level domain is refused. */
function readHost(rest: string): { host: string; rest: string } | Refusal {
  const after = rest.replace(ANY_SUBDOMAIN, '');
  const literal = /^(?:[a-z0-9-]|\\\.)+/.exec(after)?.[0] ?? '';
  if (ANY_TLD.test(after.slice(literal.length))) return 'hostWildcard';
  const host = unescape(literal);
  if (!host.includes('.')) return 'regex';
  return { host, rest: after.slice(literal.length) };
}

/** After the path: `\?` and the parameter, or `.*?` and the parameter, then the capture group alone. */
function readQuery(rest: string): { param: string } | Refusal {
  const afterMark = rest
    .replace(/^\\\?/, '')
    .replace(ANYTHING, '')
    .replace(/^\(\?:\.\*&\)\?/, '');
  const named = /^([A-Za-z0-9_.-]+)=(.*)$/.exec(afterMark);
  if (!named) return /^\(/.test(afterMark) || /\\\/\(/.test(rest) ? 'targetInPath' : 'regex';
  return CAPTURE.test(named[2]!) ? { param: named[1]! } : 'regex';
}

function readRedirection(expression: string): Shape {
  if (!SCHEME.test(expression)) return 'regex';
  const host = readHost(expression.replace(SCHEME, ''));
  if (typeof host === 'string') return host;
  const literalPath = LITERAL.exec(host.rest)?.[0] ?? '';
  const path = unescape(literalPath);
  const afterPath = host.rest.slice(literalPath.length);
  if (path && !path.startsWith('/')) return 'regex';
  if (afterPath.startsWith('(') || /\\\/\(/.test(host.rest)) return 'targetInPath';
  const query = readQuery(afterPath);
  if (typeof query === 'string') return query;
  // `.*?` right after the path lets the parameter sit further down the path too: a prefix still holds.
  return { host: host.host, path: path.replace(/[^/]*$/, '') || '/', param: query.param };
}

/**
 * One ClearURLs redirection (a regular expression) as an Unwall rule, or why it cannot be one.
 * @example fromRedirection('^https?:\\/\\/(?:[a-z0-9-]+\\.)*?steamcommunity\\.com\\/linkfilter\\/\\?url=([^&]*)', 'steamcommunity · 1') // { …, rule: { host: 'steamcommunity.com', pathPrefix: '/linkfilter/', param: 'url', encoding: 'url' } }
 */
export function fromRedirection(expression: string, where: string, base64 = false): Translation {
  const shape = readRedirection(expression);
  if (typeof shape === 'string') return { where, source: expression, refused: shape };
  return {
    where,
    source: expression,
    rule: ruleOn(shape.host, shape.path, shape.param, base64 ? 'base64' : 'url'),
  };
}

interface Provider {
  redirections?: unknown;
  rules?: unknown;
  domainRedirections?: unknown;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Linkumori's `rules[]` objects of kind `redirection`: their `match`, base64 when a preprocessor says so. */
function linkumoriRedirections(rules: unknown): { match: string; base64: boolean }[] {
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule) => {
    const r = rule as { kind?: unknown; match?: unknown; preprocessors?: unknown };
    if (r?.kind !== 'redirection' || typeof r.match !== 'string') return [];
    const steps = Array.isArray(r.preprocessors)
      ? r.preprocessors.map((p) => (p as { type?: unknown })?.type ?? p)
      : [];
    return [{ match: r.match, base64: steps.includes('base64Decode') }];
  });
}

function fromProvider(name: string, provider: Provider): Translation[] {
  const plain = strings(provider.redirections).map((r, i) =>
    fromRedirection(r, `${name} · redirections ${i + 1}`),
  );
  const extended = linkumoriRedirections(provider.rules).map((r, i) =>
    fromRedirection(r.match, `${name} · rules ${i + 1}`, r.base64),
  );
  const fixed = strings(provider.domainRedirections).map((source, i): Translation => ({
    where: `${name} · domainRedirections ${i + 1}`,
    source,
    refused: 'fixedTarget',
  }));
  return [...plain, ...extended, ...fixed];
}

/**
 * Every redirection of a ClearURLs (or Linkumori) rules file, each translated or refused.
 * @example fromClearUrls('{"providers":{"x":{"urlPattern":"x","redirections":["^https?:\\\\/\\\\/go\\\\.example\\\\.com\\\\/\\\\?u=([^&]+)"]}}}')[0] // { …, rule: { host: 'go.example.com', pathPrefix: '/', param: 'u', encoding: 'url' } }
 */
export function fromClearUrls(text: string): Translation[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [{ where: '1', source: text.slice(0, 80), refused: 'notJson' }];
  }
  const providers = (data as { providers?: unknown })?.providers;
  if (typeof providers !== 'object' || providers === null)
    return [{ where: '1', source: text.slice(0, 80), refused: 'notJson' }];
  const all = Object.entries(providers as Record<string, Provider>).flatMap(([name, p]) =>
    fromProvider(name, p ?? {}),
  );
  return all.length > 0 ? all : [{ where: '1', source: text.slice(0, 80), refused: 'noRedirections' }];
}
