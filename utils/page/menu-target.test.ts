// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPageEngine } from '@/utils/links';
import { clickTrapOf } from '@/utils/links/click-traps';
import { platforms } from '@/utils/platforms';
import type { PageFeatures } from '@/utils/protocol';
import { localScanEngine } from './local-engine';
import { DARK_TEAL } from './mark-color';
import { createScanner } from './scanner';

const engine = localScanEngine(createPageEngine([]));
const features: PageFeatures = {
  kinds: ['share', 'url', 'wrapper', 'scheme', 'token'],
  marker: true,
  trap: clickTrapOf(platforms, 'www.facebook.com'),
};
const WRAPPER = 'https://link.zhihu.com/?target=https%3A%2F%2Fgithub.com%2Fx';
const SHIM = 'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fshim&amp;h=AT0abc';
const PAGE = `<p><a id="wrap" href="${WRAPPER}" title="Repo">repo</a></p>
<p id="share">看看 【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开</p>
<p><a id="own" href="https://www.facebook.com/groups/1">group</a></p>
<p><a id="kept" href="https://example.org/" data-lynx-mode="hover">elsewhere</a></p>
<p><a id="shim" href="${SHIM}" data-lynx-mode="hover">shimmed</a></p>`;

const contexts: AbortController[] = [];
afterEach(() => contexts.splice(0).forEach((c) => c.abort()));

async function open() {
  document.body.innerHTML = PAGE;
  const context = new AbortController();
  contexts.push(context);
  const restored: number[] = [];
  const scanner = createScanner({
    doc: document,
    engine,
    describe: () => 'note',
    describeAnchor: () => 'note',
    keptNote: 'kept',
    onFixed: () => {},
    onRestored: (ids) => restored.push(...ids),
    signal: context.signal,
    color: () => DARK_TEAL,
  });
  scanner.start(features);
  await scanner.flush();
  return { scanner, restored };
}

const el = (selector: string) => document.querySelector(selector) as HTMLAnchorElement;
const rightClick = (target: Element) =>
  target.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, button: 2 }));

describe('the fix the context menu was opened on', () => {
  it('restores the rewritten anchor right-clicked, as the popup row does, and reports it', async () => {
    const { scanner, restored } = await open();
    const a = el('#wrap');
    expect(a.getAttribute('href')).toBe('https://github.com/x');
    rightClick(a);
    expect(scanner.act({ type: 'made', action: 'restore', clicked: a.href })).toEqual({
      restored: true,
      original: null,
    });
    expect(a.getAttribute('href')).toBe(WRAPPER);
    expect(a.getAttributeNames().sort()).toEqual(['href', 'id', 'title']);
    expect(a.getAttribute('title')).toBe('Repo');
    expect(restored).toHaveLength(1);
  });

  it('gives the recorded original of the anchor, and of a link made from an address in text as written', async () => {
    const { scanner } = await open();
    rightClick(el('#wrap'));
    const clicked = el('#wrap').href;
    expect(scanner.act({ type: 'made', action: 'original', clicked })).toEqual({
      restored: false,
      original: WRAPPER,
    });
    // A link made from text: the text as written, where it is an address.
    const linked = el('#share a');
    rightClick(linked);
    expect(scanner.act({ type: 'made', action: 'original', clicked: linked.href }).original).toBe(
      linked.textContent,
    );
  });

  it('puts a trap link back as the page had it: its tracking attribute, style and title', async () => {
    const { scanner } = await open();
    const a = el('#kept');
    expect(a.hasAttribute('data-lynx-mode')).toBe(false);
    expect(a.getAttribute('title')).toBe('kept');
    rightClick(a);
    expect(scanner.act({ type: 'made', action: 'original', clicked: a.href }).original).toBeNull();
    expect(scanner.act({ type: 'made', action: 'restore', clicked: a.href }).restored).toBe(true);
    expect(a.outerHTML).toBe('<a id="kept" href="https://example.org/" data-lynx-mode="hover">elsewhere</a>');
  });

  it('puts a rewritten link on a trapped page back whole, its tracking attribute too', async () => {
    const { scanner } = await open();
    const a = el('#shim');
    const before = '<a id="shim" href="' + SHIM + '" data-lynx-mode="hover">shimmed</a>';
    expect(a.getAttribute('href')).toBe('https://example.com/shim');
    expect(a.hasAttribute('data-lynx-mode')).toBe(false);
    rightClick(a);
    expect(scanner.act({ type: 'made', action: 'restore', clicked: a.href }).restored).toBe(true);
    await new Promise((ok) => setTimeout(ok, 10));
    expect(a.outerHTML).toBe(before);
  });

  it.each([
    ['a link that is not one of Unwall’s', '#own', (a: HTMLAnchorElement) => a.href],
    ['another link than the menu names', '#wrap', () => 'https://github.com/other'],
  ])('does nothing on %s', async (_, selector, clickedOf) => {
    const { scanner } = await open();
    const before = document.body.innerHTML;
    rightClick(el(selector));
    const clicked = clickedOf(el(selector));
    expect(scanner.act({ type: 'made', action: 'restore', clicked })).toEqual({
      restored: false,
      original: null,
    });
    expect(scanner.act({ type: 'made', action: 'original', clicked })).toEqual({
      restored: false,
      original: null,
    });
    expect(document.body.innerHTML).toBe(before);
  });

  it('does nothing when the right-click was on no fix after one on a fix', async () => {
    const { scanner } = await open();
    rightClick(el('#wrap'));
    rightClick(el('#own'));
    const reply = scanner.act({ type: 'made', action: 'restore', clicked: el('#wrap').href });
    expect(reply.restored).toBe(false);
    expect(el('#wrap').getAttribute('href')).toBe('https://github.com/x');
  });

  it('does nothing on a fix the page has reused since the right-click, and acts on no stale target', async () => {
    const { scanner } = await open();
    const a = el('#wrap');
    rightClick(a);
    const clicked = a.href;
    a.setAttribute('href', 'https://github.com/x?page=2');
    a.setAttribute('href', clicked);
    a.removeAttribute('data-unwall-href');
    expect(scanner.act({ type: 'made', action: 'original', clicked })).toEqual({
      restored: false,
      original: null,
    });
    expect(scanner.act({ type: 'made', action: 'restore', clicked }).restored).toBe(false);
    expect(a.getAttribute('href')).toBe(clicked);
  });
});
