import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRules } from './default-rules';
import { findLinks } from './index';
import { isInScope, linkFinder, linkifyItCases, loadLinkifyCases, scoreLinkify } from './linkify-score';
import { platformOfHost } from './rules';

const copy = resolve(import.meta.dirname, '../../tests/fixtures/linkify');
const shared = resolve(import.meta.dirname, '../../../shared/linkify-fixtures');
const cases = loadLinkifyCases((name) => readFileSync(resolve(copy, name), 'utf8'));
const known = (host: string) => platformOfHost(defaultRules, host) !== null;
const find = linkFinder(findLinks);

describe('the linkifiers’ fixtures', () => {
  it.each(readdirSync(copy))(
    '%s is byte for byte the shared copy, where one sits beside the project',
    (name) => {
      if (!existsSync(shared)) return;
      expect(readFileSync(resolve(copy, name)).equals(readFileSync(resolve(shared, name)))).toBe(true);
    },
  );

  it('are read as linkify-it reads them: a link line, or a line and the link it gives', () => {
    const read = linkifyItCases('% comment\nMy http://a.com site\nhttp://a.com\n\nhttp://b.com\n\n', 'x.y\n');
    expect(read.map((c) => [c.text, c.expected])).toEqual([
      ['My http://a.com site', ['http://a.com']],
      ['http://b.com', ['http://b.com']],
      ['x.y', []],
    ]);
  });

  it.each([
    ['http://example.com/a', true],
    ['HTTP://GOOGLE.COM', true],
    ['http://192.168.1.1/abc', false],
    ['http://localhost:8000', false],
    ['http://user:pass@example.com', false],
    ['ftp://example.com', false],
    ['example.com/foo', false],
    ['www.bilibili.com/video/BV1xx411c7mD', true],
    ['name@example.com', false],
  ])('scope: %s is %s', (link, inScope) => {
    expect(isInScope(link, known)).toBe(inScope);
  });

  it('give in-scope recall of at least 0.98 and no false positive on linkify-it’s and linkifyjs’s own cases', () => {
    const score = scoreLinkify(
      cases.filter((c) => c.suite !== 'cjk' && !c.apart),
      find,
      known,
    );
    expect(score.inScope).toBeGreaterThan(90);
    expect(score.found / score.inScope, JSON.stringify(score.missed)).toBeGreaterThanOrEqual(0.98);
    expect(score.falsePositives).toEqual([]);
  });

  it('find every link of the Chinese cases, cut exactly, and nothing else', () => {
    const score = scoreLinkify(
      cases.filter((c) => c.suite === 'cjk' && !c.apart),
      find,
      known,
    );
    expect(score.inScope).toBe(44);
    expect(score.missed).toEqual([]);
    expect(score.falsePositives).toEqual([]);
  });
});
