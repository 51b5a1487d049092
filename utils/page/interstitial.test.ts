// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import wechat from '@/utils/platforms/wechat';
import { isBlockPage, readPageTarget } from './interstitial';

const rule = wechat.pageInterstitials![0]!;

/** A parsed page (its scripts are never run), with a plain-text block that is not a script. */
function pageWith(scripts: string[], type = ''): Document {
  const tags = scripts.map((text) => `<script${type && ` type="${type}"`}>${text}</script>`).join('');
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${tags}</head><body></body></html>`,
    'text/html',
  );
}

describe('readPageTarget on a weixin110 page', () => {
  it('reads cgiData.url, entities and script escapes decoded', () => {
    const doc = pageWith([
      "var cgiData = { imgurl: 'https://img.example/', url: 'https:&#x2f;&#x2f;a.example\\/x' };",
    ]);
    expect(readPageTarget(doc, rule)).toBe('https://a.example/x');
  });

  it.each([
    ["var cgiData = { imgurl: 'https://evil.example/' };"],
    ["var cgiData = { xurl: 'https://evil.example/' };"],
    ['var s = "cgiData.url = \'https://evil.example/\'";'],
    ['var cgiData = { desc: "url: \'https://evil.example/\'" };'],
  ])('takes no target from %j', (script) => {
    expect(readPageTarget(pageWith([script]), { scriptKeys: rule.scriptKeys })).toBeNull();
  });

  it('takes none when two scripts assign different targets', () => {
    const doc = pageWith(["cgiData.url = 'https://a.example/'", "cgiData.url = 'https://evil.example/'"]);
    expect(readPageTarget(doc, { scriptKeys: rule.scriptKeys })).toBeNull();
  });

  it('reads no script that is not JavaScript (a template block can hold any text)', () => {
    const doc = pageWith(["cgiData.url = 'https://evil.example/'"], 'text/template');
    expect(readPageTarget(doc, { scriptKeys: rule.scriptKeys })).toBeNull();
  });

  it('takes none that is not http(s)', () => {
    const doc = pageWith(["var cgiData = { url: 'javascript:alert(1)' };"]);
    expect(readPageTarget(doc, { scriptKeys: rule.scriptKeys })).toBeNull();
  });
});

describe('isBlockPage tells weixin110 notice and block page apart by their words', () => {
  const fixture = (name: string) =>
    new DOMParser().parseFromString(
      readFileSync(
        resolve(
          import.meta.dirname,
          '../../tests/fixtures/pages/weixin110.qq.com/cgi-bin/mmspamsupport-bin',
          name,
        ),
        'utf8',
      ),
      'text/html',
    );

  it('the notice is not a block page', () => {
    expect(isBlockPage(fixture('newredirectconfirmcgi'), rule)).toBe(false);
  });

  it('the "已停止访问该网页" page is one', () => {
    expect(isBlockPage(fixture('blocked.html'), rule)).toBe(true);
  });
});
