// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createLinkedTexts } from './linked-texts';
import { plainLink } from './test-link';
import { linkifyTextNode } from './linkify';
import type { Made } from './made';

const url = 'https://3.cn/2odH-z1a';
const text = `看 ${url} 看看`;

/** A paragraph whose text node was linked, with the records the ledger would hold. */
function linkedParagraph() {
  const p = document.body.appendChild(document.createElement('p'));
  p.append(text);
  const node = p.firstChild as Text;
  const linked = linkifyTextNode(
    node,
    [{ start: 2, end: 2 + url.length, original: url, url, platform: 'jd', kind: 'url', label: '', app: '' }],
    {
      describe: () => '',
    },
  );
  const records = new Map<Element, Made>(linked.made);
  const texts = createLinkedTexts(records);
  texts.keep(linked);
  return { p, node, linked, records, texts };
}

describe('the page texts Unwall linked', () => {
  it('knows the pieces it put after a text node, and none for any other node', () => {
    const { p, node, linked, texts } = linkedParagraph();
    expect(texts.piecesOf(node)).toEqual(linked.pieces);
    expect(linked.pieces.at(-1)?.textContent).toBe(' 看看');
    expect(texts.piecesOf(p)).toEqual([]);
  });

  it("takes its pieces away when the page writes a new text, and keeps the page's", () => {
    const { p, node, records, texts } = linkedParagraph();
    node.data = '新的';
    expect(texts.pageChangedText(node, 'wrote')).toBe(true);
    expect(p.innerHTML).toBe('新的');
    expect(records.size).toBe(0);
    expect(texts.piecesOf(node)).toEqual([]);
    expect(texts.pageChangedText(node, 'wrote')).toBe(false);
  });

  it('keeps every character on the page when the page cuts its text short', () => {
    const { p, node, records, texts } = linkedParagraph();
    node.splitText(1);
    texts.pageChangedText(node, 'cut');
    expect(p.textContent).toBe(text);
    expect(p.querySelector('a')).toBeNull();
    expect(records.size).toBe(0);
  });

  it('leaves a text alone once the page put it back whole three times', () => {
    const { node, texts } = linkedParagraph();
    for (let round = 0; round < 3; round++) {
      expect(texts.isFought(node)).toBe(false);
      node.data = text;
      texts.pageChangedText(node, 'wrote');
      texts.keep(linkifyTextNode(node, [plainLink(2)], { describe: () => '' }));
    }
    expect(texts.isFought(node)).toBe(true);
  });

  it('undo gives the page its node back whole, or unwraps what it cannot give back whole', () => {
    const whole = linkedParagraph();
    whole.texts.undo();
    expect(whole.p.childNodes).toHaveLength(1);
    expect(whole.p.firstChild).toBe(whole.node);
    expect(whole.node.data).toBe(text);
    expect(whole.records.size).toBe(0);
    const moved = linkedParagraph();
    const elsewhere = document.body.appendChild(document.createElement('div'));
    elsewhere.append(moved.node);
    moved.texts.undo();
    expect(moved.p.querySelector('a')).toBeNull();
    expect(moved.p.textContent).toBe(`${url} 看看`);
    expect(elsewhere.textContent).toBe('看 ');
    expect(moved.texts.piecesOf(moved.node)).toEqual([]);
  });
});
