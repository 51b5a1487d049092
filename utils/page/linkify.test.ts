// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageLink } from '@/utils/protocol';
import { createLedger } from './ledger';
import { plainLink } from './test-link';
import { linkifyTextNode, restoreText } from './linkify';

/** A text and sorted, non-overlapping, non-empty spans of it, some links and some tokens. */
const textWithSpans = fc
  .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }))
  .map(([text, cuts]) => {
    const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
    const links: PageLink[] = [];
    for (let i = 0; i + 1 < points.length; i += 2) {
      const [start, end] = [points[i]!, points[i + 1]!];
      links.push({
        start,
        end,
        original: text.slice(start, end),
        url: i % 4 === 0 ? `https://example.com/${i}` : null,
        platform: null,
        kind: i % 4 === 0 ? 'url' : 'token',
        label: '',
        app: '',
      });
    }
    return { text, links };
  })
  .filter(({ links }) => links.length > 0);

describe('linkifyTextNode', () => {
  it('keeps the text character for character, wraps exactly the spans, in order, and can be undone', () => {
    fc.assert(
      fc.property(textWithSpans, ({ text, links }) => {
        const box = document.createElement('div');
        box.append('before|', text, '|after');
        const node = box.childNodes[1] as Text;
        const linked = linkifyTextNode(node, links, { describe: (l) => l.kind });
        const { pieces, made } = linked;
        expect(box.textContent).toBe(`before|${text}|after`);
        expect(box.childNodes[1]).toBe(node);
        expect([...box.childNodes].slice(2, -1)).toEqual(pieces);
        expect(made.map(([el]) => el.textContent)).toEqual(links.map((l) => l.original));
        expect(made.map(([, made]) => made.value)).toEqual(links.map((l) => l.url ?? l.original));
        for (const piece of pieces) {
          if (piece.nodeType === Node.TEXT_NODE) expect((piece as Text).data).not.toBe('');
        }
        restoreText(linked);
        expect(box.textContent).toBe(`before|${text}|after`);
        expect([...box.childNodes]).toHaveLength(3);
        expect((box.childNodes[1] as Text).data).toBe(text);
        expect(box.childNodes[1]).toBe(node);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the page's own text node in its place, so a framework can still insert before it, write to it and remove it", () => {
    for (const start of [0, 2]) {
      const box = document.createElement('p');
      const text = `${'看 '.slice(0, start)}https://3.cn/2odH-z1a 然后`;
      box.append(text);
      const held = box.firstChild as Text;
      const url = 'https://3.cn/2odH-z1a';
      const linked = linkifyTextNode(held, [plainLink(start)], { describe: () => '' });
      expect(held.parentNode).toBe(box);
      expect(box.firstChild).toBe(held);
      expect(box.querySelector('a')?.textContent).toBe(url);
      const ledger = createLedger();
      ledger.addText(linked);
      box.insertBefore(document.createTextNode('新 '), held);
      held.data = `${text} 更多`;
      ledger.pageChangedText(held, 'wrote');
      expect(box.textContent).toBe(`新 ${text} 更多`);
      expect(box.querySelector('a')).toBeNull();
      box.removeChild(held);
      expect(box.textContent).toBe('新 ');
    }
  });

  it('makes links for web addresses and copy controls for tokens', () => {
    const box = document.createElement('div');
    box.textContent = 'see https://a.cn/x and ￥AbCdEfGhJk2￥ now';
    const text = box.firstChild as Text;
    const { made } = linkifyTextNode(
      text,
      [
        {
          start: 4,
          end: 18,
          original: 'https://a.cn/x',
          url: 'https://a.cn/x',
          platform: null,
          kind: 'url',
          label: '',
          app: '',
        },
        {
          start: 23,
          end: 36,
          original: '￥AbCdEfGhJk2￥',
          url: null,
          platform: 'taobao',
          kind: 'token',
          token: 'AbCdEfGhJk2',
          label: '',
          app: '',
        },
      ],
      { describe: (l) => `${l.kind}!` },
    );
    expect(made.map(([el, made]) => [el.tagName, made.value, el.title])).toEqual([
      ['A', 'https://a.cn/x', 'url!'],
      ['SPAN', 'AbCdEfGhJk2', 'token!'],
    ]);
    expect(made[0]![0].getAttribute('href')).toBe('https://a.cn/x');
    expect(box.innerHTML).toMatch(
      /^see <a [^>]*>https:\/\/a\.cn\/x<\/a> and <span [^>]*>￥AbCdEfGhJk2￥<\/span> now$/,
    );
  });
});
