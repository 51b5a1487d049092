// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Batcher } from './batcher';
import { candidatesFor } from './candidates';
import { limits, type ScanEngine } from '@/utils/protocol';
import { createLedger } from './ledger';

const wrapper = 'https://link.zhihu.com/?target=https%3A%2F%2Fa.cn%2F';

/** Candidates for one run, with what reached the batcher. */
function collect(mayNeed = true) {
  const added: string[] = [];
  const batcher = {
    addText: (_node: Text, text: string) => added.push(text),
    addAnchor: (_a: HTMLAnchorElement, attribute: string, href: string) => added.push(`${attribute} ${href}`),
    isBusy: () => false,
  } as unknown as Batcher;
  const engine: ScanEngine = {
    mayContainLinks: () => true,
    mayNeedDirectUrl: () => mayNeed,
    resolve: () => ({ texts: [], hrefs: [] }),
  };
  const ledger = createLedger();
  return { visitor: candidatesFor({ engine, ledger, batcher }), added, ledger };
}

function anchor(href: string): HTMLAnchorElement {
  const a = document.body.appendChild(document.createElement('a'));
  a.setAttribute('href', href);
  return a;
}

describe('the candidates of one run', () => {
  it('asks about texts outside skipped regions', () => {
    document.body.innerHTML = '<p>看</p><textarea>写</textarea>';
    const { visitor, added } = collect();
    visitor.text(document.querySelector('p')!.firstChild as Text, '看');
    visitor.text(document.querySelector('textarea')!.firstChild as Text, '写');
    expect(added).toEqual(['看']);
  });

  it('asks about an anchor with its href as written and as the browser resolved it', () => {
    const { visitor, added } = collect();
    visitor.anchor(anchor(wrapper));
    visitor.anchor(anchor('taobao://item.taobao.com/item.htm?id=1'));
    expect(added).toEqual([
      `${wrapper} ${wrapper}`,
      'taobao://item.taobao.com/item.htm?id=1 taobao://item.taobao.com/item.htm?id=1',
    ]);
  });

  it('leaves out anchors without href, long hrefs, what the engine rules out, and editable ones', () => {
    // (An anchor of a kind switched off is asked about: the engine says its kind, the answer is not applied.)
    const a = collect();
    a.visitor.anchor(document.body.appendChild(document.createElement('a')));
    a.visitor.anchor(anchor(`https://x.example/?${'a'.repeat(limits.href)}`));
    const b = collect(false);
    b.visitor.anchor(anchor(wrapper));
    const c = collect();
    const editable = anchor(wrapper);
    editable.setAttribute('contenteditable', 'true');
    c.visitor.anchor(editable);
    expect([a.added, b.added, c.added]).toEqual([[], [], []]);
  });

  it('leaves out what Unwall made, and an anchor the page keeps putting the same href back on', () => {
    const { visitor, added, ledger } = collect();
    const made = anchor('https://a.cn/');
    made.setAttribute('data-unwall-href', 'https://a.cn/');
    const record = {
      kind: 'anchor',
      value: 'https://a.cn/',
      original: { href: wrapper, title: null },
      title: '',
    } as const;
    ledger.add(made, record);
    visitor.anchor(made);
    const fought = anchor(wrapper);
    for (let round = 0; round < 4; round++) ledger.addAnchor(fought, record, wrapper);
    visitor.anchor(fought);
    expect(added).toEqual([]);
  });
});
