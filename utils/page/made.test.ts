// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { restoreMade, unmark, type Made } from './made';

function rewritten(): [HTMLAnchorElement, Made] {
  const a = document.createElement('a');
  for (const [name, value] of [
    ['href', 'https://t.example/'],
    ['data-unwall-href', 'https://t.example/'],
    ['data-unwall-original', 'https://w.example/?u=1'],
    ['data-unwall', 'wrapper'],
    ['title', 'Post\nnote'],
  ])
    a.setAttribute(name!, value!);
  const original = { href: 'https://w.example/?u=1', title: 'Post' };
  return [a, { kind: 'anchor', value: 'https://t.example/', original, title: 'Post\nnote' }];
}

describe('one element Unwall made', () => {
  it("unmarking takes Unwall's attributes off and gives back the page's title", () => {
    const [a, made] = rewritten();
    unmark(a, made);
    expect(a.getAttributeNames().sort()).toEqual(['href', 'title']);
    expect(a.getAttribute('title')).toBe('Post');
    expect(a.getAttribute('href')).toBe('https://t.example/');
  });

  it('restores an intact anchor to its own href and title', () => {
    const [a, made] = rewritten();
    restoreMade(a, made);
    expect(a.getAttribute('href')).toBe('https://w.example/?u=1');
    expect(a.getAttribute('title')).toBe('Post');
    expect(a.getAttributeNames().filter((n) => n.startsWith('data-unwall'))).toEqual([]);
  });

  it('leaves an anchor the page changed pointing where the page put it', () => {
    const [a, made] = rewritten();
    a.setAttribute('href', 'https://page.example/');
    restoreMade(a, made);
    expect(a.getAttribute('href')).toBe('https://page.example/');
    expect(a.getAttributeNames().filter((n) => n.startsWith('data-unwall'))).toEqual([]);
  });

  it('turns an intact inserted link back into plain text, and leaves one the page took over', () => {
    const box = document.createElement('p');
    box.innerHTML =
      'a <a href="https://x.cn/" data-unwall="url" data-unwall-href="https://x.cn/">https://x.cn/</a> b';
    const link = box.querySelector('a')!;
    const made: Made = { kind: 'link', value: 'https://x.cn/', text: 'https://x.cn/', note: '' };
    restoreMade(link, made);
    expect(box.innerHTML).toBe('a https://x.cn/ b');
    box.innerHTML = 'a <a href="https://x.cn/" data-unwall="url" data-unwall-href="https://x.cn/">news</a>';
    restoreMade(box.querySelector('a')!, made);
    expect(box.innerHTML).toBe('a <a href="https://x.cn/">news</a>');
  });
});
