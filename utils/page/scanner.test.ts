// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPageEngine } from '@/utils/links';
import { localScanEngine } from './local-engine';
import type { FixedLink, PageFeatures, ResolveReply, ScanEngine } from '@/utils/protocol';
import { DARK_TEAL } from './mark-color';
import { createScanner } from './scanner';

const feed = readFileSync(
  resolve(import.meta.dirname, '../../tests/fixtures/pages/weibo.com/feed/index.html'),
  'utf8',
);
const engine = localScanEngine(createPageEngine([]));
const all: PageFeatures = {
  kinds: ['share', 'url', 'obfuscated', 'token', 'wrapper', 'scheme'],
  marker: true,
};

/** Every scanner a test starts; each is stopped after its test, so none watches the next one's page. */
const contexts: AbortController[] = [];

function scannerFor(fixed: FixedLink[] = [], signal?: AbortSignal) {
  const context = new AbortController();
  contexts.push(context);
  signal?.addEventListener('abort', () => context.abort());
  return createScanner({
    doc: document,
    engine,
    describe: (l) => `${l.platform} ${l.kind}`,
    describeCopied: (l) => `copied ${l.platform}`,
    describeAnchor: (_, original) => `was ${original}`,
    onFixed: (items) => fixed.push(...items),
    signal: context.signal,
    // happy-dom computes styles slowly; the colour's choice has tests of its own (mark-color.test.ts).
    color: () => DARK_TEAL,
  });
}

/** The same engine answering later, as the background does, with an optional change to its answers. */
function laterEngine(change: (reply: ResolveReply) => ResolveReply = (r) => r): ScanEngine {
  return {
    ...engine,
    resolve: (request) =>
      new Promise((ok) => setTimeout(() => ok(change(engine.resolve(request) as ResolveReply)), 5)),
  };
}

function load(html: string, signal?: AbortSignal) {
  document.documentElement.innerHTML = html.replace(/<script>[\s\S]*?<\/script>/g, '');
  const fixed: FixedLink[] = [];
  return { scanner: scannerFor(fixed, signal), fixed };
}

const appendPost = () => {
  const post = document.createElement('div');
  post.id = 'late';
  post.textContent = '复制打开抖音，看看 https://v.douyin.com/iksNQqte/ 复制此链接';
  document.body.append(post);
};
const settle = () => new Promise((ok) => setTimeout(ok, 50));

describe('the page scanner on a saved feed', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '';
  });
  afterEach(() => {
    contexts.splice(0).forEach((c) => c.abort());
  });

  it('wraps every share text and leaves the text of the page unchanged', () => {
    const { scanner, fixed } = load(feed);
    const before = document.body.textContent;
    scanner.start(all);
    scanner.flush();
    expect(document.body.textContent).toBe(before);
    expect(document.querySelectorAll('body a[data-unwall]').length).toBeGreaterThanOrEqual(10);
    expect(fixed.length).toBe(document.querySelectorAll('body [data-unwall]').length);
  });

  it('changes nothing more when it runs a second time', () => {
    const { scanner } = load(feed);
    scanner.start(all);
    scanner.flush();
    const once = document.body.innerHTML;
    const second = scannerFor();
    second.start(all);
    second.flush();
    expect(document.body.innerHTML).toBe(once);
  });

  it('gives the same page again after being switched off and on', () => {
    const { scanner } = load(feed);
    scanner.start(all);
    scanner.flush();
    const once = document.body.innerHTML;
    scanner.start(all);
    scanner.flush();
    expect(document.body.innerHTML).toBe(once);
  });

  it('only ever sets http(s) hrefs', () => {
    const { scanner } = load(
      feed + '<p>https://link.zhihu.com/?target=javascript%3Aalert(1) taobao://evil.example/</p>',
    );
    scanner.start(all);
    scanner.flush();
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-unwall]')) {
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    }
  });

  it('never touches editable regions, form fields or existing link text', () => {
    const { scanner } = load(feed);
    scanner.start(all);
    scanner.flush();
    expect(document.querySelector('#editable [data-unwall]')).toBeNull();
    expect(document.querySelector('#textarea [data-unwall]')).toBeNull();
    expect(document.querySelector('#zhihu-wrapper')!.textContent).toBe('GitHub 项目');
  });

  it('puts everything back when stopped', () => {
    const { scanner } = load(feed);
    const before = document.body.textContent;
    scanner.start(all);
    scanner.flush();
    scanner.stop();
    expect(document.querySelectorAll('body [data-unwall]').length).toBe(0);
    expect(document.querySelector('#zhihu-wrapper')!.getAttribute('href')).toContain('link.zhihu.com');
    expect(document.body.textContent).toBe(before);
  });

  it('honours switched-off features', () => {
    const { scanner } = load(feed);
    scanner.start({ ...all, kinds: ['wrapper'] });
    scanner.flush();
    expect(document.querySelector('#taobao [data-unwall]')).toBeNull();
    expect(document.querySelector('#app-link')!.getAttribute('href')).toMatch(/^taobao:/);
    expect(document.querySelector('#zhihu-wrapper')!.getAttribute('href')).toBe(
      'https://github.com/unwall/anchor',
    );
  });

  it('rewrites content the page adds later', async () => {
    const { scanner } = load(feed);
    scanner.start(all);
    scanner.flush();
    appendPost();
    await settle();
    scanner.flush();
    expect(document.querySelector('#late a[data-unwall]')?.getAttribute('href')).toBe(
      'https://v.douyin.com/iksNQqte/',
    );
  });

  it('stops following the page once its context is invalidated', async () => {
    const context = new AbortController();
    const { scanner } = load(feed, context.signal);
    scanner.start(all);
    scanner.flush();
    context.abort();
    appendPost();
    await settle();
    scanner.flush();
    expect(document.querySelector('#late [data-unwall]')).toBeNull();
  });

  it('waits for answers that come later, and is done when flush settles', async () => {
    const { scanner, fixed } = load(feed);
    scanner.start(all, laterEngine());
    const pending = scanner.flush();
    expect(document.querySelectorAll('body a[data-unwall]').length).toBe(0);
    await pending;
    expect(document.querySelectorAll('body a[data-unwall]').length).toBeGreaterThanOrEqual(10);
    expect(fixed.length).toBe(document.querySelectorAll('body [data-unwall]').length);
  });

  it('drops answers that arrive after it was stopped', async () => {
    const { scanner } = load(feed);
    const before = document.body.innerHTML;
    scanner.start(all, laterEngine());
    const pending = scanner.flush();
    scanner.stop();
    await pending;
    await settle();
    expect(document.body.innerHTML).toBe(before);
  });

  it('leaves text alone when an answer changed meanwhile or its spans do not fit the text', async () => {
    const { scanner } = load(
      '<p id="a">【京东】https://3.cn/2odH-z1a</p><p id="b">【京东】https://3.cn/2odH-z1a</p>',
    );
    const shifted = (reply: ResolveReply) => ({
      ...reply,
      texts: reply.texts.map((links, i) =>
        i === 1 ? links.map((l) => ({ ...l, start: l.start + 1 })) : links,
      ),
    });
    scanner.start(all, laterEngine(shifted));
    const pending = scanner.flush();
    document.querySelector('#a')!.firstChild!.textContent = '今天天气不错';
    await pending;
    expect(document.querySelector('#a [data-unwall]')).toBeNull();
    expect(document.querySelector('#b [data-unwall]')).toBeNull();
    expect(document.body.textContent).toBe('今天天气不错【京东】https://3.cn/2odH-z1a');
  });

  it('never sets a non-http(s) address from an answer', async () => {
    const { scanner } = load(
      '<p>看 <a id="w" href="https://link.zhihu.com/?target=https%3A%2F%2Fa.cn%2F">a</a> 【京东】https://3.cn/2odH-z1a</p>',
    );
    const hostile = (reply: ResolveReply) => ({
      texts: reply.texts.map((links) => links.map((l) => ({ ...l, url: 'javascript:alert(1)' }))),
      hrefs: reply.hrefs.map((link) => link && { ...link, url: 'javascript:alert(1)' }),
    });
    scanner.start(all, laterEngine(hostile));
    await scanner.flush();
    expect(document.querySelector('#w')!.getAttribute('href')).toContain('link.zhihu.com');
    for (const el of document.querySelectorAll('[href]'))
      expect(el.getAttribute('href')).not.toMatch(/^javascript:/);
  });

  it('styles inserted links on themselves, with the marker only when it is on, and adds no stylesheet', () => {
    const { scanner } = load(feed);
    const sheets = document.querySelectorAll('style, link[rel=stylesheet]').length;
    scanner.start(all);
    scanner.flush();
    const link = document.querySelector<HTMLElement>('#jd a[data-unwall]')!;
    expect(link.style.getPropertyValue('text-decoration-style')).toBe('dotted');
    expect(link.style.getPropertyPriority('text-decoration-color')).toBe('important');
    expect(link.style.getPropertyPriority('font')).toBe('important');
    scanner.start({ ...all, marker: false });
    scanner.flush();
    const plain = document.querySelector<HTMLElement>('#jd a[data-unwall]')!;
    expect(plain.style.getPropertyValue('text-decoration')).toBe('inherit');
    expect(document.querySelectorAll('style, link[rel=stylesheet]').length).toBe(sheets);
  });

  it('puts back only what it changed: forged markup is never restored from', () => {
    const { scanner } = load(
      '<a id="forged" href="https://ok.example/" data-unwall-original="javascript:alert(1)">x</a>' +
        '<span id="span" data-unwall="token"><b>keep</b></span><p>【京东】https://3.cn/2odH-z1a</p>',
    );
    scanner.start(all);
    scanner.flush();
    scanner.stop();
    scanner.stop();
    expect(document.querySelector('#forged')!.getAttribute('href')).toBe('https://ok.example/');
    expect(document.querySelector('#span b')?.textContent).toBe('keep');
    expect(document.querySelectorAll('a[data-unwall]').length).toBe(0);
  });

  it('finishes the page when the page removes the node its walk paused at', async () => {
    // Two full batches in flight make the walk pause (at a node near the 500th post).
    const posts = Array.from({ length: 700 }, (_, i) => `<p id="p${i}">【京东】https://3.cn/2odH-z${i}a</p>`);
    const { scanner } = load(posts.join(''));
    scanner.start(all, laterEngine());
    await new Promise((ok) => setTimeout(ok, 2));
    expect(document.querySelectorAll('a[data-unwall]').length).toBe(0);
    for (let i = 470; i < 560; i++) document.getElementById(`p${i}`)!.remove();
    await scanner.idle();
    await settle();
    const left = [...document.querySelectorAll('p')];
    expect(left.length).toBe(610);
    expect(left.filter((p) => !p.querySelector('a[data-unwall]')).map((p) => p.id)).toEqual([]);
  });

  it('drops an answer meant for a run that was stopped and started again (with other rules)', async () => {
    const { scanner, fixed } = load(
      '<p>【京东】https://3.cn/2odH-z1a</p><p>【京东】https://3.cn/2odH-z2a</p>',
    );
    scanner.start(all, laterEngine());
    const first = scanner.flush();
    scanner.stop();
    scanner.start(
      all,
      laterEngine((reply) => ({ texts: reply.texts.map(() => []), hrefs: [] })),
    );
    await Promise.all([first, scanner.flush()]);
    await settle();
    expect(document.querySelectorAll('a[data-unwall]').length).toBe(0);
    expect(fixed.length).toBe(0);
  });

  it('still sees what the page changed right before an answer was applied', async () => {
    let answer: (() => void) | undefined;
    const waiting: ScanEngine = {
      ...engine,
      resolve: (request) => new Promise((ok) => (answer = () => ok(engine.resolve(request) as ResolveReply))),
    };
    const { scanner } = load('<p>【京东】https://3.cn/2odH-z1a</p>');
    scanner.start(all, waiting);
    void scanner.flush();
    // The answer is applied in the next microtask; the page's change is queued for the observer by then.
    answer!();
    appendPost();
    await settle();
    answer!();
    await scanner.flush();
    expect(document.querySelector('#late a[data-unwall]')?.getAttribute('href')).toBe(
      'https://v.douyin.com/iksNQqte/',
    );
  });

  it('drops an answer for a relative href that points elsewhere by the time it comes', async () => {
    const happy = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;
    happy.setURL('https://link.zhihu.com/');
    try {
      const { scanner } = load(
        '<p><a id="rel" href="?target=https%3A%2F%2Fa.cn%2F">a</a>' +
          '<a id="abs" href="https://link.zhihu.com/?target=https%3A%2F%2Fb.cn%2F">b</a></p>',
      );
      scanner.start(all, laterEngine());
      const done = scanner.flush();
      // The page's address changes while the answer is on its way (a single-page app's pushState):
      // the relative link now goes elsewhere, the absolute one does not.
      happy.setURL('https://other.example/');
      await done;
      expect(document.querySelector('#rel')!.getAttribute('href')).toBe('?target=https%3A%2F%2Fa.cn%2F');
      expect(document.querySelector('#abs')!.getAttribute('href')).toBe('https://b.cn/');
    } finally {
      happy.setURL('http://localhost:3000/');
    }
  });

  it('does not look again at the text it split itself', async () => {
    const asked: string[] = [];
    const counting: ScanEngine = {
      ...engine,
      resolve: (request) => {
        asked.push(...request.texts);
        return engine.resolve(request);
      },
    };
    // The text before the link passes the prefilter (`!`) but holds no link.
    const { scanner } = load('<p>注意! 【京东】https://3.cn/2odH-z1a 快看</p>');
    scanner.start(all, counting);
    scanner.flush();
    await settle();
    await scanner.flush();
    expect(asked).toEqual(['注意! 【京东】https://3.cn/2odH-z1a 快看']);
    expect(document.querySelector('p a[data-unwall]')?.textContent).toBe('https://3.cn/2odH-z1a');
  });

  it('looks again at text the page changes after it was linkified', async () => {
    const { scanner } = load('<p id="chat">【京东】https://3.cn/2odH-z1a 然后</p>');
    scanner.start(all);
    scanner.flush();
    const rest = document.querySelector('#chat a[data-unwall]')!.nextSibling as Text;
    rest.appendData(' 抖音 https://v.douyin.com/iksNQqte/');
    await settle();
    scanner.flush();
    expect([...document.querySelectorAll('#chat a[data-unwall]')].map((a) => a.getAttribute('href'))).toEqual(
      ['https://3.cn/2odH-z1a', 'https://v.douyin.com/iksNQqte/'],
    );
  });
});

const wrapperOf = (target: string) => `https://link.zhihu.com/?target=${encodeURIComponent(target)}`;

/** A click as a user makes it; true when something cancelled it. */
function click(el: Element): boolean {
  return !el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}

/** What the page's copy calls write, while a test runs. */
function watchClipboard(): string[] {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text: string) => (written.push(text), Promise.resolve()) },
  });
  return written;
}

describe('elements and text the page reuses after Unwall changed them', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '';
  });
  afterEach(() => {
    contexts.splice(0).forEach((c) => c.abort());
  });

  it('a reused anchor goes to the href the page gave it, never to the target Unwall set for the old one', async () => {
    const { scanner } = load(
      `<ul><li><a id="post" href="${wrapperOf('https://evil.example/')}">post 1</a></li></ul>`,
    );
    scanner.start(all);
    scanner.flush();
    const a = document.querySelector('#post')!;
    expect(a.getAttribute('href')).toBe('https://evil.example/');
    // "Next page": a keyed-by-index list reuses the same element for another item.
    a.setAttribute('href', 'https://bank.example/login');
    a.textContent = 'Bank login';
    expect(click(a)).toBe(false);
    expect(a.getAttribute('href')).toBe('https://bank.example/login');
    await settle();
    scanner.flush();
    expect(click(a)).toBe(false);
    expect(a.getAttribute('href')).toBe('https://bank.example/login');
    expect([...a.attributes].map((at) => at.name).filter((n) => n.startsWith('data-unwall'))).toEqual([]);
  });

  it("an anchor whose Unwall attributes a morphing update stripped is the page's: its click is neither cancelled nor copied", async () => {
    const written = watchClipboard();
    const { scanner } = load(`<p><a id="post" href="${wrapperOf('https://evil.example/')}">post 1</a></p>`);
    scanner.start(all);
    scanner.flush();
    const a = document.querySelector('#post')!;
    for (const name of [...a.attributes].map((at) => at.name)) a.removeAttribute(name);
    a.setAttribute('href', 'https://bank.example/login');
    expect(click(a)).toBe(false);
    expect(a.getAttribute('href')).toBe('https://bank.example/login');
    expect(written).toEqual([]);
  });

  it('an anchor the page rewrites again and again goes to its latest target', async () => {
    const { scanner } = load(`<p><a id="post" href="${wrapperOf('https://t1.example/')}">post</a></p>`);
    scanner.start(all);
    scanner.flush();
    const a = document.querySelector('#post')!;
    for (const n of [2, 3, 4, 5]) {
      a.setAttribute('href', wrapperOf(`https://t${n}.example/`));
      await settle();
      scanner.flush();
      expect(a.getAttribute('href')).toBe(`https://t${n}.example/`);
    }
    expect(click(a)).toBe(false);
    expect(a.getAttribute('href')).toBe('https://t5.example/');
    scanner.stop();
    // Undo gives back what the page has now, not the first href the element ever had.
    expect(a.getAttribute('href')).toBe(wrapperOf('https://t5.example/'));
  });

  it('gives up on a page that puts two wrappers back in turn', async () => {
    const [w1, w2] = [wrapperOf('https://t1.example/'), wrapperOf('https://t2.example/')];
    const { scanner } = load(`<p><a id="post" href="${w1}">post</a></p>`);
    scanner.start(all);
    scanner.flush();
    const a = document.querySelector('#post')!;
    for (let round = 0; round < 10; round++) {
      a.setAttribute('href', round % 2 ? w1 : w2);
      await settle();
      scanner.flush();
    }
    expect(a.getAttribute('href')).toBe(w1);
  });

  it('still gives up on a page that keeps putting the same wrapper back', async () => {
    const wrapper = wrapperOf('https://t1.example/');
    const { scanner } = load(`<p><a id="post" href="${wrapper}">post</a></p>`);
    scanner.start(all);
    scanner.flush();
    const a = document.querySelector('#post')!;
    for (let round = 0; round < 6; round++) {
      a.setAttribute('href', wrapper);
      await settle();
      scanner.flush();
    }
    expect(a.getAttribute('href')).toBe(wrapper);
  });

  it('a token control the page took over is not one: a click on it copies nothing', async () => {
    const written = watchClipboard();
    const { scanner } = load('<p id="t">【淘宝】￥6Wd2VnKq8aR￥ 复制本条</p>');
    scanner.start(all);
    scanner.flush();
    const span = document.querySelector('#t [data-unwall="token"]')!;
    expect(click(span)).toBe(true);
    expect(written).toHaveLength(1);
    span.removeAttribute('data-unwall-token');
    expect(click(span)).toBe(false);
    span.setAttribute('data-unwall-token', written[0]!);
    span.textContent = 'something else';
    expect(click(span)).toBe(false);
    expect(written).toHaveLength(1);
  });

  it('a token control copies with Enter and Space too, and says where to paste it', async () => {
    const written = watchClipboard();
    const { scanner } = load('<p id="t">【淘宝】￥6Wd2VnKq8aR￥ 复制本条</p>');
    scanner.start(all);
    scanner.flush();
    const span = document.querySelector<HTMLElement>('#t [data-unwall="token"]')!;
    expect(span.getAttribute('role')).toBe('button');
    expect(span.tabIndex).toBe(0);
    for (const key of ['Enter', ' ']) {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      expect(span.dispatchEvent(event)).toBe(false);
    }
    span.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true }));
    expect(written).toHaveLength(2);
    await settle();
    expect(document.querySelector('#t [data-unwall-ui="note"]')?.textContent).toBe('copied taobao');
  });

  it("text the page writes to after Unwall linked it shows the page's new text, read again", async () => {
    const { scanner } = load('<p id="post">【京东】https://3.cn/2odH-z1a 看看</p>');
    scanner.start(all);
    scanner.flush();
    const p = document.querySelector('#post')!;
    // A framework keeps its text node and writes the next page's post into it.
    const held = p.firstChild as Text;
    expect(p.querySelector('a')?.getAttribute('href')).toBe('https://3.cn/2odH-z1a');
    held.data = '第二页：复制打开抖音，看看 https://v.douyin.com/iksNQqte/ 复制此链接';
    await settle();
    expect(p.textContent).toBe('第二页：复制打开抖音，看看 https://v.douyin.com/iksNQqte/ 复制此链接');
    expect(p.querySelector('a[href="https://3.cn/2odH-z1a"]')).toBeNull();
    scanner.flush();
    expect(p.querySelector('a')?.getAttribute('href')).toBe('https://v.douyin.com/iksNQqte/');
  });

  it("text the page removes takes Unwall's pieces of it along", async () => {
    const { scanner } = load('<p id="post">【京东】https://3.cn/2odH-z1a 看看</p>');
    scanner.start(all);
    scanner.flush();
    const p = document.querySelector('#post')!;
    p.removeChild(p.firstChild!);
    p.append('新的文字');
    await settle();
    expect(p.textContent).toBe('新的文字');
  });

  it('undo gives the page its own text nodes back, whole', () => {
    const { scanner } = load('<p id="post">看 【京东】https://3.cn/2odH-z1a 看看</p>');
    const held = document.querySelector('#post')!.firstChild;
    scanner.start(all);
    scanner.flush();
    scanner.stop();
    expect(document.querySelector('#post')!.childNodes).toHaveLength(1);
    expect(document.querySelector('#post')!.firstChild).toBe(held);
    expect((held as Text).data).toBe('看 【京东】https://3.cn/2odH-z1a 看看');
  });

  it('leaves plain addresses in code alone and unblocks what is blocked there', () => {
    const { scanner, fixed } = load(
      '<pre><code>npm config set registry https://registry.npmmirror.com/\n【京东】https://3.cn/2odH-z1a</code></pre>' +
        '<p>see https://registry.npmmirror.com/ here</p>',
    );
    scanner.start(all);
    scanner.flush();
    expect([...document.querySelectorAll('code a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://3.cn/2odH-z1a',
    ]);
    // A plain address made clickable carries Unwall's mark like every other link it makes.
    const plain = document.querySelector<HTMLElement>('p a')!;
    expect(plain.style.getPropertyValue('text-decoration-style')).toBe('dotted');
    expect(fixed.map((f) => f.kind).sort()).toEqual(['share', 'url']);
  });

  it('a page that cuts or moves a linked text keeps every character of it on the page', async () => {
    const text = '看 【京东】https://3.cn/2odH-z1a 看看';
    const cases: [string, (p: Element, node: Text) => void][] = [
      ['split by a highlighter', (_p, node) => void node.splitText(1)],
      [
        'moved by wrapInner',
        (p, node) => {
          const span = document.createElement('span');
          span.append(...p.childNodes);
          p.append(span);
          void node;
        },
      ],
      ['its node moved to the end', (p, node) => void p.append(node)],
    ];
    for (const [name, change] of cases) {
      const { scanner } = load(`<p id="post">${text}</p>`);
      scanner.start(all);
      scanner.flush();
      const p = document.querySelector('#post')!;
      const node = p.firstChild as Text;
      const shown = p.textContent;
      change(p, node);
      await settle();
      scanner.flush();
      if (name !== 'its node moved to the end') expect(p.textContent, name).toBe(shown);
      else expect(p.textContent!.length, name).toBe(shown!.length);
      scanner.stop();
      contexts.splice(0).forEach((c) => c.abort());
    }
  });

  it("undo after a morphing update leaves what the page made of Unwall's pieces", async () => {
    const { scanner } = load('<p id="post">【京东】https://3.cn/2odH-z1a 看看</p>');
    scanner.start(all);
    scanner.flush();
    const p = document.querySelector('#post')!;
    // morphdom matches the children by position: Unwall's link becomes the page's, its tail the page's text.
    const a = p.querySelector('a')!;
    for (const name of a.getAttributeNames()) a.removeAttribute(name);
    a.setAttribute('href', '/bank');
    a.textContent = '银行';
    (a.nextSibling as Text).data = ' 详情';
    await settle();
    scanner.stop();
    expect(p.innerHTML).toBe('【京东】<a href="/bank">银行</a> 详情');
  });

  it('leaves alone a text the page keeps putting back whole', async () => {
    const text = '【京东】https://3.cn/2odH-z1a 看看';
    const { scanner } = load(`<p id="post">${text}</p>`);
    scanner.start(all);
    const p = document.querySelector('#post')!;
    const node = p.firstChild as Text;
    let links = 0;
    for (let round = 0; round < 8; round++) {
      scanner.flush();
      await settle();
      if (p.querySelector('a')) links++;
      // An anti-tamper script: its text node whole again, Unwall's pieces gone.
      node.data = text;
    }
    await settle();
    scanner.flush();
    expect(links).toBeLessThanOrEqual(4);
    expect(p.textContent).toBe(text);
    expect(p.querySelector('a')).toBeNull();
  });

  it("a token control in a region made editable since is the editor's: a click copies nothing", async () => {
    const written = watchClipboard();
    const { scanner } = load('<div id="post"><p id="t">【淘宝】￥6Wd2VnKq8aR￥ 复制本条</p></div>');
    scanner.start(all);
    scanner.flush();
    document.querySelector('#post')!.setAttribute('contenteditable', 'true');
    const span = document.querySelector('#t [data-unwall="token"]')!;
    expect(click(span)).toBe(false);
    expect(written).toEqual([]);
  });
});
