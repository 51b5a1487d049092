import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromClearUrls } from './clearurls';
import { exampleFor, previewImport } from './preview';
import { fromUblockLine } from './ublock';

const fixtures = resolve(import.meta.dirname, '../../../tests/fixtures/rule-import');
const read = (name: string) => readFileSync(resolve(fixtures, name), 'utf8');

const ublockLines = read('ublock-privacy.txt')
  .split('\n')
  .map((line, i) => [line, i + 1] as const)
  .filter(([line]) => line.trim() && !line.startsWith('!'));

/** What each real uBO line becomes: `host path param encoding`, or the reason it is refused. */
const ublockExpected: Record<string, string> = {
  '||l.threads.net/?u=http$doc,urlskip=?u': 'l.threads.net / u url',
  '||llo.to/e/*^url=http$doc,urlskip=?url': 'llo.to /e/ url url',
  '||steamcommunity.com/linkfilter/?u=http$doc,urlskip=?u': 'steamcommunity.com /linkfilter/ u url',
  '||mcpedl.com/leaving/?url=http$doc,urlskip=?url +https': 'mcpedl.com /leaving/ url url',
  '||clixgalore.com/Lead.aspx*^LP=$doc,urlskip=?LP -uricomponent +https': 'refused noScheme',
  '/Prod/link-tracker?*redirectUrl=aHR0c$doc,urlskip=?redirectUrl -base64 -uricomponent': 'refused noHost',
  '/t/*^url=http$doc,urlskip=?url,to=gopjn.com|pjatr.com|pjtra.com|pntra.com|pntrac.com|pntrs.com':
    'refused option',
  '||de/trck/eclick/*^url=http$doc,to=pvn.mediamarkt.de|pvn.saturn.de,urlskip=?url': 'refused option',
  '||bing.com/ck/a*^u=a1aHR0c$doc,urlskip=/[?&]u=a1(aHR0c[^&#]+)/ -safebase64': 'refused regex',
  '||link.theskimm.com/click/*/aHR0c$doc,urlskip=/\\/click\\/[^\\/]+\\/(aHR0c[^\\/]+)/ -base64':
    'refused regex',
  '||app.hive.co/email/elt/*^next=http$doc,urlskip=?next': 'app.hive.co /email/elt/ next url',
  '||www.google.*/url?sa=*&source=*&cd=&ved=*&url=$urlskip=?url,doc,1p': 'refused hostWildcard',
  '||pixiv.net/jump.php?$urlskip=&1': 'refused step',
  '||example.com/path/to/tracker$urlskip=?url ?to': 'refused nestedParam',
  'html.duckduckgo.com,lite.duckduckgo.com##+js(href-sanitizer, a[href^="//duckduckgo.com/l/?uddg="], ?uddg)':
    'refused notUrlskip',
};

const summary = (t: ReturnType<typeof fromUblockLine>) =>
  t === null
    ? 'skipped'
    : 'rule' in t
      ? `${t.rule.host} ${t.rule.pathPrefix} ${t.rule.param} ${t.rule.encoding}`
      : `refused ${t.refused}`;

describe('uBlock Origin urlskip= lines', () => {
  it.each(ublockLines)('%s', (line, number) => {
    expect(summary(fromUblockLine(line, number))).toBe(ublockExpected[line]);
  });

  it('skips comments and blank lines, and refuses exceptions', () => {
    expect(fromUblockLine('! a comment', 1)).toBeNull();
    expect(fromUblockLine('   ', 2)).toBeNull();
    expect(summary(fromUblockLine('@@||a.example.com^$urlskip=?u', 3))).toBe('refused exception');
  });

  it('reads -base64 and -safebase64 as a base64 target', () => {
    expect(summary(fromUblockLine('||go.example.org/r$urlskip=?t -safebase64', 1))).toBe(
      'go.example.org /r t base64',
    );
  });
});

/** What each real ClearURLs redirection becomes, in file order. */
const clearUrlsExpected = [
  ['google · redirections 1', 'refused hostWildcard'],
  ['google · redirections 2', 'refused hostWildcard'],
  ['google · redirections 3', 'refused hostWildcard'],
  ['doubleclick · redirections 1', 'refused hostWildcard'],
  ['googleadservices · redirections 1', 'googleadservices.com / adurl url'],
  ['amazon-adsystem · redirections 1', 'refused hostWildcard'],
  ['youtube · redirections 1', 'refused regex'],
  ['steamcommunity · redirections 1', 'steamcommunity.com /linkfilter/ url url'],
];

describe('ClearURLs redirections', () => {
  const translated = fromClearUrls(read('clearurls-data.json'));
  it.each(clearUrlsExpected.map(([where, expected], i) => [where, expected, i] as const))(
    '%s',
    (where, expected, i) => {
      expect(translated[i]?.where).toBe(where);
      expect(summary(translated[i]!)).toBe(expected);
    },
  );

  it.each([
    [
      'a literal sub-path target',
      '^https?:\\/\\/(?:[a-z0-9-]+\\.)*?x\\.example\\.com\\/out\\/(.*)',
      'refused targetInPath',
    ],
    ['a class in the host', '^https?:\\/\\/[a-z]+\\.example\\.com\\/\\?u=([^&]*)', 'refused regex'],
    ['a literal after the value', '^https?:\\/\\/x\\.example\\.com\\/\\?u=([^&]*)&z', 'refused regex'],
    [
      'a plain host and parameter',
      '^https?:\\/\\/x\\.example\\.com\\/go\\?u=([^&]*)',
      'x.example.com / u url',
    ],
  ])('reads %s', (_, expression, expected) => {
    const text = JSON.stringify({ providers: { p: { urlPattern: '.*', redirections: [expression] } } });
    expect(summary(fromClearUrls(text)[0]!)).toBe(expected);
  });

  it("reads Linkumori's redirection rules and refuses its fixed-target domain redirections", () => {
    const rows = fromClearUrls(read('linkumori-provider.json'));
    expect(rows.map(summary)).toEqual(['example.com / target url', 'refused fixedTarget']);
  });

  it('refuses a file that is not a rules file', () => {
    expect(fromClearUrls('{"version": 1}').map(summary)).toEqual(['refused notJson']);
    expect(fromClearUrls('{"providers": {}}').map(summary)).toEqual(['refused noRedirections']);
  });
});

describe('the import preview', () => {
  it('checks each rule like one typed in, and shows it at work on an example', () => {
    const rows = previewImport(read('ublock-privacy.txt'));
    const threads = rows.find((r) => r.source.startsWith('||l.threads.net'));
    expect(threads).toMatchObject({
      ok: true,
      example: 'https://l.threads.net/?u=https%3A%2F%2Fexample.com%2Funwall-test',
      result: 'https://example.com/unwall-test',
    });
    // A login return parameter is refused by the user-rule check, whatever the source says.
    expect(rows.find((r) => r.source.startsWith('||app.hive.co'))).toMatchObject({
      ok: false,
      reasons: ['ruleInvalid_loginParam'],
    });
    expect(rows.filter((r) => r.ok).length).toBe(4);
    expect(rows.length).toBe(ublockLines.length);
  });

  it("uses the user's own test address on the rule's host", () => {
    const rule = { host: 'l.threads.net', pathPrefix: '/', param: 'u', encoding: 'url' } as const;
    const mine = 'https://l.threads.net/?u=https%3A%2F%2Fmine.example.org%2F&e=1';
    expect(exampleFor(rule, mine)).toBe(mine);
    expect(previewImport('||l.threads.net/?u=http$doc,urlskip=?u', mine)[0]).toMatchObject({
      result: 'https://mine.example.org/',
    });
    expect(exampleFor(rule, 'https://other.example.org/?u=x')).not.toContain('other');
  });

  it('never adds a rule whose example gives anything but http(s)', () => {
    for (const row of previewImport(read('ublock-privacy.txt'))) {
      if (row.ok && row.result !== null) expect(row.result).toMatch(/^https?:\/\//);
    }
  });
});
