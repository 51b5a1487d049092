import { describe, expect, it } from 'vitest';
import { hostileUnits } from '../../bench/hostile-units';
import { MAX_LINKS_PER_TEXT } from './find-links';
import { findLinks, toDirectUrl } from './index';
import { MAX_HREF_LENGTH } from '../url';

/**
 * Every hostile unit, a megabyte of it (host-shaped units at their own size), through the engine.
 * The linear engine needs about a third of a second for the costliest on a quiet machine; the
 * test's timeout is only a guard, far from that, against a path that looks again at text it has
 * seen (the old trimming of `)` took minutes here, a token run 20 s). Speed itself is measured by
 * the bench's hostile-growth table, not here.
 */
const GUARD_MS = 15_000;
const MEGABYTE = 1_000_000;

describe('hostile input', () => {
  it.each(hostileUnits.map((u) => [u.name, u] as const))(
    'a run of %s finishes, with every found span in bounds and in order',
    (_, unit) => {
      const text = unit.text(unit.testSize ?? MEGABYTE);
      let end = 0;
      for (const link of findLinks(text)) {
        expect(link.start).toBeGreaterThanOrEqual(end);
        expect(link.end).toBeLessThanOrEqual(text.length);
        end = link.end;
      }
      expect(toDirectUrl(text)).toBeNull();
    },
    GUARD_MS,
  );
});

describe('a text of more links than any real one', () => {
  const over = MAX_LINKS_PER_TEXT + 500;
  it.each([
    ['addresses', (i: number) => `https://a.cn/${i} `],
    ['tokens', (i: number) => `￥dAEYbi4${String(i).padStart(4, '0')}￥ `],
    ['share texts', (i: number) => `【淘宝】https://e.tb.cn/h.x${i} `],
  ])('of %s is read for its first MAX_LINKS_PER_TEXT, in order', (_, piece) => {
    const pieces = Array.from({ length: over }, (_, i) => piece(i));
    const links = findLinks(pieces.join(''));
    expect(links.length).toBe(MAX_LINKS_PER_TEXT);
    expect(links.map((l) => l.original)).toEqual(
      pieces.slice(0, MAX_LINKS_PER_TEXT).map((p) => p.replace(/^【淘宝】/, '').trim()),
    );
  });

  it('under the limit, a text is read to its end', () => {
    const pieces = Array.from({ length: MAX_LINKS_PER_TEXT - 1 }, (_, i) => `https://a.cn/${i} `);
    const links = findLinks(pieces.join('') + '￥dAEYbi4KO4D￥');
    expect(links.length).toBe(MAX_LINKS_PER_TEXT);
    expect(links.at(-1)!.original).toBe('￥dAEYbi4KO4D￥');
  });
});

describe('a link written longer than the href limit', () => {
  const query = (n: number) => 'https://a.cn/?' + 'a=1&amp;'.repeat(n) + 'z=2';
  it('is refused whole, even when its entities would decode it under the limit', () => {
    const long = query(Math.ceil(MAX_HREF_LENGTH / 8) + 1);
    expect(long.length).toBeGreaterThan(MAX_HREF_LENGTH);
    expect(findLinks(`看 ${long} 好`).length).toBe(0);
  });

  it('hides no second link inside it: the scan goes on after its end', () => {
    const long = `https://a.cn/${'x'.repeat(MAX_HREF_LENGTH)}/https://b.cn/inside`;
    const links = findLinks(`${long} 再看 https://c.cn/after`);
    expect(links.map((l) => l.original)).toEqual(['https://c.cn/after']);
  });

  it('is kept up to the limit', () => {
    const fits = query(Math.floor((MAX_HREF_LENGTH - 20) / 8));
    const kept = findLinks(`看 ${fits} 好`).map((l) => l.original === fits);
    expect(kept).toEqual([true]);
  });
});
