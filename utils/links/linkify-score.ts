/**
 * Scores the text half of the engine on the best linkifiers' own test fixtures (linkify-it's
 * `links.txt` and `not_links.txt`, linkifyjs's parser and IP tables) and on the Chinese cases, as
 * copied in `tests/fixtures/linkify` (see the README there for sources and licences).
 *
 * Unwall's scope, the same as the README's: addresses written with an `http://` or `https://` scheme
 * whose host is a domain name (not an IP address) and that a browser can open; and a known platform's
 * host written without a scheme, with a path. Out of scope: e-mail addresses, IP addresses, other
 * schemes (`ftp:`, `mailto:`, `file:`), `//host` without a scheme, bare domains or `www.` without a
 * scheme on hosts no platform owns, and two kinds Unwall refuses as link targets everywhere (see
 * `safeHttpUrl`): hosts without a dot (`localhost`, intranet names: nobody's share link) and
 * addresses with a user name or password before the host (`https://taobao.com:x@evil.cn/`, the
 * classic way to make one host look like another). Out-of-scope expectations are not counted as misses; a link
 * Unwall finds where the fixture expects none, or cut differently, is a false positive either way.
 */

export type LinkifySuite = 'linkify-it' | 'linkifyjs' | 'cjk';

export interface LinkifyCase {
  suite: LinkifySuite;
  /** Where the case is: `links.txt:12`, `parser:3`, the CJK case's index. */
  id: string;
  text: string;
  /** Every link the fixture expects, as written in the text. */
  expected: string[];
  /** For the Chinese cases, their category (`glue-after`, `cjk-in-url`…). */
  category?: string;
  /**
   * Set for a case that expects Chinese, Japanese or Korean text inside a link (`…/wiki/道_(消歧义)`,
   * `http://example.comテスト`): such expectations conflict with the glued cases (`中文https://penguin.ooo英文`
   * must stop before `英文`), so these cases are scored apart, as the fixtures' README says.
   */
  apart?: boolean;
}

const cjkScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Marks the cases scored apart (see `LinkifyCase.apart`).
 * @example markApart([{ suite: 'cjk', id: 'x', text: 'a', expected: ['https://a.cn/道'] }])[0].apart // true
 */
export function markApart(cases: LinkifyCase[]): LinkifyCase[] {
  return cases.map((c) => (c.expected.some((link) => cjkScript.test(link)) ? { ...c, apart: true } : c));
}

export interface LinkifyScore {
  /** In-scope expected links, and how many of them Unwall found, cut exactly. */
  inScope: number;
  found: number;
  missed: { id: string; expected: string; got: string[] }[];
  falsePositives: { id: string; text: string; got: string }[];
}

/**
 * The cases of linkify-it's two fixture files, read as its own test reads them: `%` starts a comment
 * line; in `links.txt` a line followed by a blank line is a link as a whole, else the next line is
 * the link it must give; every other line of `not_links.txt` gives no link.
 * @example linkifyItCases('My http://a.com site\nhttp://a.com\n', '')[0].expected // ['http://a.com']
 */
export function linkifyItCases(links: string, notLinks: string): LinkifyCase[] {
  const cases: LinkifyCase[] = [];
  const lines = links.split(/\r?\n/).map((line) => line.replace(/^%.*/, ''));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const next = lines[i + 1] ?? '';
    cases.push({
      suite: 'linkify-it',
      id: `links.txt:${i + 1}`,
      text: line,
      expected: [next.trim() ? next : line],
    });
    if (next.trim()) i++;
  }
  notLinks.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^%.*/, '');
    if (line.trim())
      cases.push({ suite: 'linkify-it', id: `not_links.txt:${i + 1}`, text: line, expected: [] });
  });
  return cases;
}

type ParserCase = { text: string; tokens: [string, string][] };
type IpCases = { valid: { text: string; type: string }[]; invalid: string[] };

/**
 * The cases of linkifyjs's parser table (its `url` and `email` tokens are the links) and of its IP
 * plugin's valid and invalid inputs.
 * @example linkifyjsCases([{ text: 'a http://b.cn', tokens: [['text', 'a '], ['url', 'http://b.cn']] }], { valid: [], invalid: [] })[0].expected // ['http://b.cn']
 */
export function linkifyjsCases(parser: ParserCase[], ip: IpCases): LinkifyCase[] {
  const links = (c: ParserCase) =>
    c.tokens.filter(([type]) => type === 'url' || type === 'email').map(([, v]) => v);
  return [
    ...parser.map((c, i) => ({
      suite: 'linkifyjs' as const,
      id: `parser:${i + 1}`,
      text: c.text,
      expected: links(c),
    })),
    ...ip.valid.map((c, i) => ({
      suite: 'linkifyjs' as const,
      id: `ip-valid:${i + 1}`,
      text: c.text,
      expected: [c.text],
    })),
    ...ip.invalid.map((text, i) => ({
      suite: 'linkifyjs' as const,
      id: `ip-invalid:${i + 1}`,
      text,
      expected: [],
    })),
  ];
}

type CjkCase = { text: string; links: (string | { span: string })[]; category: string };

/**
 * The Chinese and Japanese cases: each link as written in the text (a full-width one by its span).
 * @example cjkCases([{ text: '链接http://t.cn/R', links: ['http://t.cn/R'], category: 'glue-before' }])[0].category // 'glue-before'
 */
export function cjkCases(cases: CjkCase[]): LinkifyCase[] {
  return cases.map((c, i) => ({
    suite: 'cjk',
    id: `cjk:${i + 1}`,
    text: c.text,
    expected: c.links.map((link) => (typeof link === 'string' ? link : link.span)),
    category: c.category,
  }));
}

const webLink = /^https?:\/\/([^\s/?#@]*@)?([^\s/?#:]+)/i;

/**
 * Whether an expected link is in Unwall's scope (see the top of this file); `knownHost` tells a
 * platform's host.
 * @example isInScope('http://192.168.1.1/', () => false) // false
 */
export function isInScope(link: string, knownHost: (host: string) => boolean): boolean {
  const web = webLink.exec(link.normalize('NFKC'));
  if (web) {
    const host = web[2]!;
    if (web[1] || !host.includes('.') || /^[\d.]+$/.test(host) || host.startsWith('[')) return false;
    return URL.canParse(link.normalize('NFKC'));
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//') || link.includes('@')) return false;
  const slash = link.indexOf('/');
  return slash > 0 && knownHost(link.slice(0, slash).toLowerCase());
}

/**
 * Scores a finder (text → the links it finds, as written) over the cases.
 * @example scoreLinkify([{ suite: 'cjk', id: 'x', text: '看https://a.cn/x', expected: ['https://a.cn/x'] }], (t) => [t.slice(1)], () => false).found // 1
 */
export function scoreLinkify(
  cases: readonly LinkifyCase[],
  find: (text: string) => string[],
  knownHost: (host: string) => boolean,
): LinkifyScore {
  const score: LinkifyScore = { inScope: 0, found: 0, missed: [], falsePositives: [] };
  for (const c of cases) {
    const got = find(c.text);
    for (const expected of c.expected.filter((link) => isInScope(link, knownHost))) {
      score.inScope++;
      if (got.includes(expected)) score.found++;
      else score.missed.push({ id: c.id, expected, got });
    }
    for (const link of got.filter((link) => !c.expected.includes(link))) {
      score.falsePositives.push({ id: c.id, text: c.text, got: link });
    }
  }
  return score;
}

/**
 * Every case of the five fixture files, read by name through `read` (the project's copy or another).
 * @example loadLinkifyCases((name) => readFileSync(join(dir, name), 'utf8')).length // 500 or so
 */
export function loadLinkifyCases(read: (name: string) => string): LinkifyCase[] {
  return markApart([
    ...linkifyItCases(read('linkify-it-links.txt'), read('linkify-it-not-links.txt')),
    ...linkifyjsCases(
      JSON.parse(read('linkifyjs-parser-cases.json')) as ParserCase[],
      JSON.parse(read('linkifyjs-ip-cases.json')) as IpCases,
    ),
    ...cjkCases(JSON.parse(read('cjk-cases.json')) as CjkCase[]),
  ]);
}

/**
 * The finder to score: the links a text gives that open a page (tokens aside), as written.
 * @example linkFinder(findLinks)('看 https://a.cn/x。') // ['https://a.cn/x']
 */
export function linkFinder(
  findLinks: (text: string) => readonly { kind: string; url: string | null; original: string }[],
): (text: string) => string[] {
  return (text) =>
    findLinks(text)
      .filter((l) => l.kind !== 'token' && l.url !== null)
      .map((l) => l.original);
}
