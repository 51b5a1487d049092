// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PageLink } from '@/utils/protocol';
import { rewriteAnchor } from './anchors';
import { createLedger } from './ledger';
import { linkifyTextNode } from './linkify';

const link = (start: number, end: number, original: string): PageLink =>
  ({
    start,
    end,
    original,
    url: 'https://3.cn/x',
    kind: 'share',
    platform: 'jd',
    label: 'JD',
    app: 'JD',
  }) as PageLink;

describe('restoring one fix by its id', () => {
  it('gives an anchor its own href, title and style back, and declines it', () => {
    document.body.innerHTML = '<a id="a" href="https://link.zhihu.com/?target=x" style="color: red">x</a>';
    const a = document.getElementById('a') as HTMLAnchorElement;
    const ledger = createLedger();
    const made = rewriteAnchor(a, 'wrapper', 'https://a.cn/', 'note', '#0f766e')!;
    const id = ledger.addAnchor(a, made, 'https://link.zhihu.com/?target=x');
    expect(a.style.getPropertyValue('text-decoration-style')).toBe('dotted');
    expect(ledger.restore(id)).toBe(true);
    expect(a.outerHTML).toBe('<a id="a" href="https://link.zhihu.com/?target=x" style="color: red">x</a>');
    expect(ledger.isDeclined(a)).toBe(true);
    expect(ledger.restore(id)).toBe(false);
  });

  it('turns one inserted link back into its text, the others stay, and the text reads the same', () => {
    document.body.innerHTML = '<p id="p">a 【京东】1 b 【京东】2 c</p>';
    const p = document.getElementById('p')!;
    const ledger = createLedger();
    const linked = linkifyTextNode(
      p.firstChild as Text,
      [link(2, 7, '【京东】1'), link(10, 15, '【京东】2')],
      {
        describe: () => 'JD',
      },
    );
    const [first, second] = ledger.addText(linked);
    expect(ledger.restore(first!)).toBe(true);
    expect(p.textContent).toBe('a 【京东】1 b 【京东】2 c');
    expect(p.querySelectorAll('a')).toHaveLength(1);
    expect(ledger.byId(second!)).not.toBeNull();
    ledger.undo();
    expect(p.innerHTML).toBe('a 【京东】1 b 【京东】2 c');
  });

  it('refuses an id that names an element the page has changed since', () => {
    document.body.innerHTML = '<a id="a" href="https://link.zhihu.com/?target=x">x</a>';
    const a = document.getElementById('a') as HTMLAnchorElement;
    const ledger = createLedger();
    const id = ledger.addAnchor(a, rewriteAnchor(a, 'wrapper', 'https://a.cn/', 'n')!, 'x');
    a.setAttribute('href', 'https://page.example/');
    expect(ledger.restore(id)).toBe(false);
    expect(a.getAttribute('href')).toBe('https://page.example/');
  });
});
