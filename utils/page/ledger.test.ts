// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createLedger, isIntact, type Made } from './ledger';
import { JD_URL, plainLink } from './test-link';
import { linkifyTextNode } from './linkify';

function rewritten(href: string): [HTMLAnchorElement, Made] {
  const a = document.createElement('a');
  a.setAttribute('href', href);
  a.setAttribute('data-unwall-href', href);
  a.setAttribute('data-unwall', 'wrapper');
  a.setAttribute('title', 'note');
  document.body.append(a);
  return [
    a,
    { kind: 'anchor', value: href, original: { href: 'https://w.example/?u=1', title: null }, title: 'note' },
  ];
}

describe('the ledger of what Unwall made', () => {
  it('tells an element still as Unwall made it from one the page changed', () => {
    const [a, made] = rewritten('https://t.example/');
    expect(isIntact(a, made)).toBe(true);
    a.setAttribute('href', 'https://bank.example/');
    expect(isIntact(a, made)).toBe(false);
    a.setAttribute('href', 'https://t.example/');
    a.removeAttribute('data-unwall-href');
    expect(isIntact(a, made)).toBe(false);
    const span = document.createElement('span');
    span.setAttribute('data-unwall', 'token');
    span.setAttribute('data-unwall-token', '￥AbCdEfGhJk2￥');
    span.textContent = '￥AbCdEfGhJk2￥';
    const token: Made = { kind: 'token', value: '￥AbCdEfGhJk2￥', text: '￥AbCdEfGhJk2￥', note: '' };
    expect(isIntact(span, token)).toBe(true);
    span.textContent = 'other';
    expect(isIntact(span, token)).toBe(false);
  });

  it("drops a changed element with Unwall's marks, and leaves the page's own title", () => {
    const ledger = createLedger();
    const [a, made] = rewritten('https://t.example/');
    ledger.add(a, made);
    a.setAttribute('href', 'https://bank.example/');
    a.setAttribute('title', 'Bank');
    expect(ledger.intact(a)).toBeNull();
    expect(ledger.has(a)).toBe(false);
    expect(a.getAttributeNames().sort()).toEqual(['href', 'title']);
    expect(a.getAttribute('title')).toBe('Bank');
  });

  it('undo restores intact anchors and leaves changed ones as the page made them', () => {
    const ledger = createLedger();
    const [kept, keptMade] = rewritten('https://t.example/');
    const [changed, changedMade] = rewritten('https://u.example/');
    ledger.add(kept, keptMade);
    ledger.add(changed, changedMade);
    changed.setAttribute('href', 'https://page.example/');
    ledger.undo();
    expect(kept.getAttribute('href')).toBe('https://w.example/?u=1');
    expect(kept.hasAttribute('title')).toBe(false);
    expect(changed.getAttribute('href')).toBe('https://page.example/');
    expect(changed.getAttributeNames().filter((n) => n.startsWith('data-unwall'))).toEqual([]);
  });

  it('lets go of elements the page removed once it has grown', () => {
    const ledger = createLedger();
    const made: Made = {
      kind: 'anchor',
      value: 'https://t.example/',
      original: { href: 'x', title: null },
      title: '',
    };
    const removed = Array.from({ length: 1999 }, () => document.createElement('a'));
    removed.forEach((a) => ledger.add(a, made));
    expect(removed.every((a) => ledger.has(a))).toBe(true);
    const kept = document.body.appendChild(document.createElement('a'));
    ledger.add(kept, made);
    expect(removed.filter((a) => ledger.has(a))).toEqual([]);
    expect(ledger.has(kept)).toBe(true);
  });
});

describe('what the ledger knows beside the elements Unwall made', () => {
  it('knows the nodes it put into the page until the page writes to one', () => {
    const ledger = createLedger();
    const p = document.body.appendChild(document.createElement('p'));
    p.append(`看 ${JD_URL} 看看`);
    const node = p.firstChild as Text;
    ledger.addText(
      linkifyTextNode(node, [plainLink(2)], {
        describe: () => '',
      }),
    );
    const [link, tail] = [p.querySelector('a')!, p.lastChild!];
    expect([ledger.isInserted(link), ledger.isInserted(tail), ledger.isInserted(node)]).toEqual([
      true,
      true,
      false,
    ]);
    ledger.release(tail);
    expect(ledger.isInserted(tail)).toBe(false);
    expect(ledger.isInserted(link)).toBe(true);
  });

  it('counts the hrefs the page puts back on an anchor, and forgets them with undo', () => {
    const ledger = createLedger();
    const [a, made] = rewritten('https://t.example/');
    for (let round = 0; round < 4; round++) ledger.addAnchor(a, made, 'https://w.example/?u=1');
    expect(ledger.intact(a)).toBe(made);
    expect(ledger.isFoughtHref(a, 'https://w.example/?u=1')).toBe(true);
    ledger.undo();
    expect(ledger.isFoughtHref(a, 'https://w.example/?u=1')).toBe(false);
    expect(ledger.has(a)).toBe(false);
  });
});
