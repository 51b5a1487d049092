import { ruleOn, type Refusal, type Translation } from './translation';

/**
 * uBlock Origin's `urlskip=` filter option, read into Unwall's user-rule language. The format, from
 * gorhill/uBlock src/js/urlskip.js (and the "urlskip" section of uBO's Static filter syntax wiki page,
 * https://github.com/gorhill/uBlock/wiki/Static-filter-syntax): a network filter whose option
 * `urlskip=` lists space-separated steps, `?name` (a query parameter's value), `&i` (the name of the
 * i-th parameter), `/regex/` (its first capture group), `+https`, `-base64`, `-safebase64`,
 * `-uricomponent` and `-blocked`. Unwall's rules say a host (and its subdomains), a path prefix, one
 * query parameter and URL or base64: so only `||host/path…$urlskip=?name` with `-uricomponent`,
 * `-base64`/`-safebase64` or a `+https` that adds nothing (the filter already requires `name=http`)
 * translates; the rest is refused with its reason.
 */

/** Options that only narrow where uBO applies the filter (all Unwall rules are on links anyway). */
const HARMLESS_OPTIONS = new Set([
  'doc',
  'document',
  '1p',
  'first-party',
  'strict1p',
  'important',
  'match-case',
]);

interface Pattern {
  host: string;
  path: string;
  /** The rest of the pattern after the path (`*^url=http`): it only narrows the filter. */
  rest: string;
}

function readPattern(pattern: string): Pattern | Refusal {
  if (pattern.startsWith('/') && pattern.endsWith('/')) return 'regexPattern';
  if (!pattern.startsWith('||')) return 'noHost';
  const body = pattern.slice(2);
  const hostEnd = body.search(/[/^?*|]/);
  const host = (hostEnd < 0 ? body : body.slice(0, hostEnd)).toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return 'hostWildcard';
  const after = hostEnd < 0 ? '' : body.slice(hostEnd).replace(/^\^/, '');
  const pathEnd = after.search(/[?*^|]/);
  const path = pathEnd < 0 ? after : after.slice(0, pathEnd);
  return { host, path: path.startsWith('/') ? path : '/', rest: pathEnd < 0 ? '' : after.slice(pathEnd) };
}

function splitOptions(options: string): { skip: string | null; others: string[] } {
  const parts = options.split(',');
  const at = parts.findIndex((p) => p.startsWith('urlskip='));
  return at < 0
    ? { skip: null, others: parts }
    : { skip: parts[at]!.slice(8), others: parts.filter((_, i) => i !== at) };
}

/** The steps, read into a parameter and an encoding, or the reason they cannot be. */
function readSteps(
  steps: string[],
  pattern: Pattern,
): { param: string; encoding: 'url' | 'base64' } | Refusal {
  const [first, ...rest] = steps.filter((s) => s !== '-blocked');
  if (!first?.startsWith('?') || first.length < 2) return first?.startsWith('/') ? 'regex' : 'step';
  const param = first.slice(1);
  let encoding: 'url' | 'base64' = 'url';
  for (const step of rest) {
    if (step.startsWith('?')) return 'nestedParam';
    if (step === '-uricomponent' && encoding === 'url') continue;
    if ((step === '-base64' || step === '-safebase64') && encoding === 'url') encoding = 'base64';
    else if (step === '+https' && encoding === 'url' && pattern.rest.includes(`${param}=http`)) continue;
    else if (step === '+https') return 'noScheme';
    else return 'step';
  }
  return { param, encoding };
}

/**
 * One line of a uBO filter list as an Unwall rule, or why it cannot be one; null for a comment or a
 * blank line.
 * @example fromUblockLine('||l.threads.net/?u=http$doc,urlskip=?u', 1) // { where: '1', source: …, rule: { host: 'l.threads.net', pathPrefix: '/', param: 'u', encoding: 'url' } }
 */
export function fromUblockLine(line: string, number: number): Translation | null {
  const source = line.trim();
  if (!source || source.startsWith('!') || source.startsWith('[')) return null;
  const where = String(number);
  if (source.startsWith('@@')) return { where, source, refused: 'exception' };
  const dollar = source.lastIndexOf('$');
  if (dollar < 0 || source.includes('##') || source.includes('#@#'))
    return { where, source, refused: 'notUrlskip' };
  const { skip, others } = splitOptions(source.slice(dollar + 1));
  if (skip === null) return { where, source, refused: 'notUrlskip' };
  const foreign = others.filter((o) => !HARMLESS_OPTIONS.has(o));
  if (foreign.length > 0) return { where, source, refused: 'option', detail: foreign.join(',') };
  const pattern = readPattern(source.slice(0, dollar));
  if (typeof pattern === 'string') return { where, source, refused: pattern };
  const read = readSteps(skip.split(' ').filter(Boolean), pattern);
  if (typeof read === 'string') return { where, source, refused: read, detail: skip };
  return { where, source, rule: ruleOn(pattern.host, pattern.path, read.param, read.encoding) };
}
