// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import wechat from '@/utils/platforms/wechat';
import { clickContinue, isBlockPage, readPageTarget } from './interstitial';

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

describe('readPageTarget from elements, and the continue control', () => {
  const page = (body: string, attrs = '') =>
    new DOMParser().parseFromString(`<!doctype html><html><body ${attrs}>${body}</body></html>`, 'text/html');

  it('reads an attribute of a listed element (segmentfault keeps it on the body)', () => {
    const doc = page('<p>leaving</p>', 'data-url="https://a.example/x?y=1"');
    expect(readPageTarget(doc, { attributes: [{ selector: 'body', name: 'data-url' }] })).toBe(
      'https://a.example/x?y=1',
    );
  });

  it('takes off the parameters its platform adds, and keeps the rest', () => {
    const doc = page('<div id="textline">https://a.example/x?y=1&continueFlag=abc#top</div>');
    const url = readPageTarget(doc, { selectors: ['#textline'], strip: ['continueFlag'] });
    expect(url).toBe('https://a.example/x?y=1#top');
  });

  it('reads no script, data or relative address, and survives a selector it cannot parse', () => {
    const doc = page('<a class="go" href="javascript:alert(1)">go</a><i data-url="/x"></i>');
    const rule = { selectors: ['[[', 'a.go'], attributes: [{ selector: 'i', name: 'data-url' }] };
    expect(readPageTarget(doc, rule)).toBeNull();
  });

  it('clicks the first continue control that is on the page, once', () => {
    const doc = page('<div class="wrapper"><button class="ant-btn">继续访问</button></div>');
    let clicks = 0;
    doc.querySelector('button')!.addEventListener('click', () => clicks++);
    expect(clickContinue(doc, ['[[', 'a.missing', '.wrapper button.ant-btn'])).toBe(true);
    expect(clicks).toBe(1);
    expect(clickContinue(doc, ['a.missing'])).toBe(false);
  });
});
