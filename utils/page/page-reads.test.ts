// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPageEngine } from '@/utils/links';
import type { PageFeatures, PageRead } from '@/utils/protocol';
import { localScanEngine } from './local-engine';
import { anchorsReading, readAttributes, targetReader } from './page-reads';
import { createScanner } from './scanner';

const LINK = 'https://www.baidu.com/link?url=zU0uKJ7uVd4FZcXPqsLhdGUbvbCNEG5jxS7ZxKx8bBC';
const box: PageRead = {
  hosts: ['www.baidu.com'],
  wildcards: [],
  from: [{ attribute: 'mu', within: '.result' }],
};

function anchorIn(html: string): HTMLAnchorElement {
  document.body.innerHTML = html;
  return document.querySelector('a')!;
}

describe('targetReader', () => {
  it('reads the one carrier of the attribute in the anchor’s box', () => {
    const a = anchorIn(`<div class="result" mu="https://a.example/"><h3><a href="${LINK}">A</a></h3></div>`);
    expect(targetReader([box])(a, 'www.baidu.com')).toBe('https://a.example/');
  });

  it('reads a carrier inside the box, not only the box itself', () => {
    const a = anchorIn(
      `<div class="result"><a href="${LINK}">A</a><span mu=" https://a.example/ "></span></div>`,
    );
    expect(targetReader([box])(a, 'www.baidu.com')).toBe('https://a.example/');
  });

  it.each([
    [
      'two carriers in one box',
      `<div class="result" mu="https://a.example/"><a href="${LINK}">A</a><i mu="https://b.example/"></i></div>`,
    ],
    ['no box around the anchor', `<div mu="https://a.example/"><a href="${LINK}">A</a></div>`],
    ['an empty value', `<div class="result" mu=" "><a href="${LINK}">A</a></div>`],
  ])('reads nothing with %s', (_, html) => {
    expect(targetReader([box])(anchorIn(html), 'www.baidu.com')).toBeNull();
  });

  it('reads nothing for anchors on other hosts, nor with no rules', () => {
    const a = anchorIn(`<div class="result" mu="https://a.example/"><a href="${LINK}">A</a></div>`);
    expect(targetReader([box])(a, 'evil.example')).toBeNull();
    expect(targetReader()(a, 'www.baidu.com')).toBeNull();
  });

  it('tries the sources in order, and reads the whole text of the anchor', () => {
    const read: PageRead = { hosts: [], wildcards: ['t.co'], from: [{ attribute: 'title' }, { text: true }] };
    const titled = anchorIn('<a href="https://t.co/x" title="https://a.example/">a.example</a>');
    expect(targetReader([read])(titled, 'www.t.co')).toBe('https://a.example/');
    const plain = anchorIn('<a href="https://t.co/x"><span>https://</span>b.example/x</a>');
    expect(targetReader([read])(plain, 'www.t.co')).toBe('https://b.example/x');
  });

  it('survives a selector the page cannot parse', () => {
    const bad: PageRead = { ...box, from: [{ attribute: 'mu', within: '[[' }] };
    expect(targetReader([bad])(anchorIn(`<a href="${LINK}">A</a>`), 'www.baidu.com')).toBeNull();
  });
});

describe('the scanner with a page-target rule', () => {
  const engine = createPageEngine([]);
  const features: PageFeatures = {
    kinds: ['wrapper'],
    marker: false,
    reads: engine.pageReadsFor('www.baidu.com'),
  };
  const contexts: AbortController[] = [];
  afterEach(() => contexts.splice(0).forEach((c) => c.abort()));

  function scanner(scan = localScanEngine(engine, undefined, 'www.baidu.com')) {
    const context = new AbortController();
    contexts.push(context);
    return createScanner({
      doc: document,
      engine: scan,
      describe: () => '',
      describeAnchor: () => '',
      onFixed: () => {},
      signal: context.signal,
    });
  }

  const page = (mu: string) =>
    `<div id="content_left"><div class="result" mu="${mu}"><h3><a href="${LINK}">A</a></h3></div></div>`;

  it('rewrites a result link to the target its box keeps', async () => {
    document.body.innerHTML = page('https://developer.mozilla.org/');
    const s = scanner();
    s.start(features);
    await s.flush();
    expect(document.querySelector('a')!.href).toBe('https://developer.mozilla.org/');
  });

  it('leaves the link when the background knows the page under another host', async () => {
    document.body.innerHTML = page('https://developer.mozilla.org/');
    const s = scanner(localScanEngine(engine, undefined, 'evil.example'));
    s.start(features);
    await s.flush();
    expect(document.querySelector('a')!.getAttribute('href')).toBe(LINK);
  });

  it('reads an anchor again when the page changes the value it was read from', async () => {
    document.body.innerHTML = page('https://developer.mozilla.org/');
    const s = scanner();
    s.start(features);
    await s.flush();
    expect(document.querySelector('a')!.href).toBe('https://developer.mozilla.org/');
    document.querySelector('.result')!.setAttribute('mu', 'https://go.dev/');
    await new Promise((done) => setTimeout(done, 0));
    await s.flush();
    expect(document.querySelector('a')!.href).toBe('https://go.dev/');
  });

  it('drops an answer when the page changed the value it keeps before the answer came', async () => {
    document.body.innerHTML = page('https://developer.mozilla.org/');
    const local = localScanEngine(engine, undefined, 'www.baidu.com');
    const s = scanner({
      ...local,
      resolve: async (request) => {
        document.querySelector('.result')!.setAttribute('mu', 'https://other.example/');
        return local.resolve(request);
      },
    });
    s.start(features);
    await s.flush();
    await s.idle();
    expect(document.querySelector('a')!.href).not.toBe('https://developer.mozilla.org/');
  });
});

describe('what the page may change under a page-target rule', () => {
  const reads: PageRead[] = [
    box,
    { hosts: ['t.co'], wildcards: [], from: [{ attribute: 'title' }, { attribute: 'mu' }, { text: true }] },
  ];

  it('names each attribute the rules read once', () => {
    expect(readAttributes(reads)).toEqual(['mu', 'title']);
    expect(readAttributes()).toEqual([]);
  });

  it('finds the anchors that may have read an attribute: the element, inside it, and in its box', () => {
    document.body.innerHTML = `<div class="result" mu="https://a.example/"><h3><a id="one" href="${LINK}">A</a></h3><span id="carrier"></span><a id="two" href="${LINK}">B</a></div><a id="out" href="${LINK}">C</a>`;
    const ids = (el: Element) => anchorsReading(el, reads).map((a) => a.id);
    expect(ids(document.querySelector('#carrier')!)).toEqual(['one', 'two']);
    expect(ids(document.querySelector('#one')!)).toEqual(['one', 'two']);
    expect(ids(document.querySelector('#out')!)).toEqual(['out']);
  });
});
