// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createApplier } from './apply-answer';
import type { Batch } from './batcher';
import type { FixedLink, PageFeatures, PageLink, ResolveReply } from '@/utils/protocol';
import { createLedger } from './ledger';

const all: PageFeatures = {
  kinds: ['share', 'url', 'obfuscated', 'token', 'wrapper', 'scheme'],
  marker: true,
};
const url = 'https://3.cn/2odH-z1a';
const text = `【京东】${url} 看看`;
const share: PageLink = {
  start: 4,
  end: 4 + url.length,
  original: url,
  url,
  platform: 'jd',
  kind: 'share',
  label: 'JD.com share text',
  app: 'JD.com',
};
const wrapper = 'https://link.zhihu.com/?target=https%3A%2F%2Fa.cn%2F';
/** The engine's link for an href: what the background answers for an anchor. */
const direct = (target: string, kind: PageLink['kind'] = 'wrapper'): PageLink => ({
  start: 0,
  end: wrapper.length,
  original: wrapper,
  url: target,
  platform: 'zhihu',
  kind,
  label: 'Zhihu redirect wrapper',
  app: 'Zhihu',
});

/** An applier with what it reported, the walks it moved and how often it applied quietly. */
function applier() {
  const ledger = createLedger();
  const reports: FixedLink[][] = [];
  const moved: Node[][] = [];
  let quiet = 0;
  const apply = createApplier({
    ledger,
    describe: () => 'share',
    describeAnchor: (link, original) => `${link.label}, was ${original}`,
    linked: (node, pieces) => moved.push([node, ...pieces]),
    quietly: (change) => (quiet++, change()),
    onFixed: (fixed) => reports.push(fixed),
  });
  return { apply, ledger, reports, moved, quiet: () => quiet };
}

function batch(nodes: Text[], anchors: HTMLAnchorElement[] = []): Batch {
  const attributes = anchors.map((a) => a.getAttribute('href')!);
  return {
    nodes,
    texts: nodes.map((n) => n.data),
    chars: 0,
    anchors,
    attributes,
    hrefs: anchors.map((a) => a.href),
    reads: anchors.map(() => null),
  };
}

function paragraph(): Text {
  const p = document.body.appendChild(document.createElement('p'));
  p.textContent = text;
  return p.firstChild as Text;
}

describe('applying answers', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('links a text, records it, moves the walks off it, and reports once, quietly, with the share text as written', () => {
    const { apply, ledger, reports, moved, quiet } = applier();
    const node = paragraph();
    apply(batch([node]), { texts: [[share]], hrefs: [] }, all);
    const a = node.parentElement!.querySelector('a')!;
    expect(a.getAttribute('href')).toBe(url);
    expect(ledger.intact(a)).not.toBeNull();
    expect(moved[0]![0]).toBe(node);
    expect(reports).toEqual([
      [{ original: text, url, kind: 'share', platform: 'jd', label: 'JD.com share text', id: 1 }],
    ]);
    expect(quiet()).toBe(1);
  });

  it('rewrites an anchor still as it was sent, and reports nothing when nothing was fixed', () => {
    const { apply, ledger, reports } = applier();
    const a = document.body.appendChild(document.createElement('a'));
    a.setAttribute('href', wrapper);
    const stale = document.body.appendChild(document.createElement('a'));
    stale.setAttribute('href', wrapper);
    const sent = batch([], [a, stale]);
    stale.setAttribute('href', 'https://page.example/');
    apply(sent, { texts: [], hrefs: [direct('https://a.cn/'), direct('https://a.cn/')] }, all);
    expect([a.getAttribute('href'), stale.getAttribute('href')]).toEqual([
      'https://a.cn/',
      'https://page.example/',
    ]);
    expect(ledger.has(a)).toBe(true);
    expect(a.getAttribute('title')).toBe(`Zhihu redirect wrapper, was ${wrapper}`);
    // The site of an unwrapped anchor is reported with it (the popup names it).
    expect(reports).toEqual([
      [
        {
          original: wrapper,
          url: 'https://a.cn/',
          kind: 'wrapper',
          platform: 'zhihu',
          label: 'Zhihu redirect wrapper',
          id: 1,
        },
      ],
    ]);
    apply(batch([]), { texts: [], hrefs: [] }, all);
    expect(reports).toHaveLength(1);
  });

  it('never takes an answer that gives an anchor another kind than its address has', () => {
    const { apply, reports } = applier();
    const a = document.body.appendChild(document.createElement('a'));
    a.setAttribute('href', wrapper);
    const app = document.body.appendChild(document.createElement('a'));
    app.setAttribute('href', 'taobao://item.taobao.com/item.htm?id=1');
    const sent = batch([], [a, app]);
    const lying = { texts: [], hrefs: [direct('https://a.cn/', 'url'), direct('https://a.cn/', 'wrapper')] };
    apply(sent, lying, { ...all, kinds: ['url', 'wrapper'] });
    expect([a.getAttribute('href'), app.getAttribute('href')]).toEqual([
      wrapper,
      'taobao://item.taobao.com/item.htm?id=1',
    ]);
    expect(reports).toEqual([]);
  });

  it('leaves an anchor alone when the page may not unblock the kind the engine says it is', () => {
    const { apply, reports } = applier();
    const a = document.body.appendChild(document.createElement('a'));
    a.setAttribute('href', wrapper);
    apply(batch([], [a]), { texts: [], hrefs: [direct('https://a.cn/')] }, { ...all, kinds: ['share'] });
    expect(a.getAttribute('href')).toBe(wrapper);
    expect(reports).toEqual([]);
  });

  it('never applies an answer that fails a check: a bad span, a non-http target, a missing answer', () => {
    const { apply, reports } = applier();
    const nodes = [paragraph(), paragraph()];
    const a = document.body.appendChild(document.createElement('a'));
    a.setAttribute('href', wrapper);
    const reply: ResolveReply = { texts: [[{ ...share, start: 5 }]], hrefs: [direct('javascript:alert(1)')] };
    apply(batch(nodes, [a]), reply, all);
    expect(document.querySelectorAll('p a')).toHaveLength(0);
    expect(a.getAttribute('href')).toBe(wrapper);
    expect(reports).toEqual([]);
  });

  it('a node the page made throw costs only itself', () => {
    const { apply, reports } = applier();
    const [broken, fine] = [paragraph(), paragraph()];
    broken.splitText = () => {
      throw new Error('moved mid-split');
    };
    apply(batch([broken, fine]), { texts: [[share], [share]], hrefs: [] }, all);
    expect(fine.parentElement!.querySelector('a')).not.toBeNull();
    expect(reports[0]).toHaveLength(1);
  });
});
