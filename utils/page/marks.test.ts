// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPageEngine } from '@/utils/links';
import { clickTrapOf } from '@/utils/links/click-traps';
import { platforms } from '@/utils/platforms';
import type { PageFeatures } from '@/utils/protocol';
import type { Made } from './ledger';
import { localScanEngine } from './local-engine';
import { DARK_TEAL } from './mark-color';
import { createScanner } from './scanner';

const engine = localScanEngine(createPageEngine([]));
const features: PageFeatures = {
  kinds: ['share', 'url', 'obfuscated', 'token', 'wrapper', 'scheme'],
  marker: true,
  trap: clickTrapOf(platforms, 'www.facebook.com'),
};

/**
 * Every kind of change Unwall makes to a page, with a page that gets it and the element it changes.
 * The ledger's kinds are listed by their type (a new kind of fix fails to compile here until it has a
 * case); `trap` is a link whose page's click tracking Unwall took off (the click traps), which the
 * ledger does not record.
 */
const fixes: Record<Made['kind'] | 'trap', { html: string; fixed: string }> = {
  link: { html: '<p>看看 【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开</p>', fixed: 'p a' },
  token: { html: '<p>快抢 ￥dAEYbi4KO4D￥ 打开淘宝</p>', fixed: 'p span[data-unwall]' },
  anchor: {
    html: '<p><a href="https://link.zhihu.com/?target=https%3A%2F%2Fgithub.com%2Fx" title="Repo">x</a></p>',
    fixed: 'a',
  },
  trap: {
    html: '<p><a href="https://github.com/x" style="color: red" data-lynx-mode="hover" data-lynx-uri="https://l.facebook.com/l.php?u=x">x</a></p>',
    fixed: 'a',
  },
};
const appLink = '<p><a href="taobao://item.taobao.com/item.htm?id=601009971043">商品</a></p>';

const contexts: AbortController[] = [];
afterEach(() => contexts.splice(0).forEach((c) => c.abort()));

async function fix(html: string) {
  document.body.innerHTML = html;
  const context = new AbortController();
  contexts.push(context);
  const scanner = createScanner({
    doc: document,
    engine,
    describe: () => 'note',
    describeAnchor: () => 'note',
    keptNote: 'kept',
    onFixed: () => {},
    signal: context.signal,
    color: () => DARK_TEAL,
  });
  scanner.start(features);
  await scanner.flush();
  await new Promise((ok) => setTimeout(ok, 10));
  return scanner;
}

/** A page as the reader and the page's script see it: its text and, per element, its attributes (in any order). */
function shape(root: Element): string[] {
  const attributes = (el: Element) => [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
  return [
    root.innerHTML.replace(/<[^>]*>/g, ''),
    ...[...root.querySelectorAll('*')].map(
      (el) => `${el.localName}/${el.childNodes.length} ${attributes(el).join(' ')}`,
    ),
  ];
}

/** Unwall's mark as set on the element: a dotted (link) or dashed (token) underline in the mark's colour. */
function markOf(el: Element | null): string | null {
  const style = (el as HTMLElement | null)?.style;
  if (!style || !style.getPropertyValue('text-decoration-line').includes('underline')) return null;
  if (style.getPropertyValue('text-decoration-color') !== DARK_TEAL) return null;
  return style.getPropertyValue('text-decoration-style') || null;
}

describe('the one mark on every kind of fix', () => {
  it.each(Object.entries(fixes))('a %s fix carries the mark', async (_, { html, fixed }) => {
    await fix(html);
    const el = document.querySelector(fixed);
    expect(el?.outerHTML).not.toBe(html);
    expect(['dotted', 'dashed']).toContain(markOf(el));
  });

  it('an app link rewritten to its web address carries it too', async () => {
    await fix(appLink);
    expect(document.querySelector('a')!.getAttribute('href')).toMatch(/^https:/);
    expect(markOf(document.querySelector('a'))).toBe('dotted');
  });

  it.each(Object.entries(fixes))(
    'switching off puts a %s fix back exactly as the page had it, mark and all',
    async (_, { html }) => {
      const scanner = await fix(html);
      const before = document.createElement('body');
      before.innerHTML = html;
      scanner.stop();
      expect(shape(document.body)).toEqual(shape(before));
      expect(document.body.childNodes).toHaveLength(before.childNodes.length);
    },
  );

  it('a trap link gets no mark where the marker is switched off', async () => {
    document.body.innerHTML = fixes.trap.html;
    const context = new AbortController();
    contexts.push(context);
    const scanner = createScanner({
      doc: document,
      engine,
      describe: () => '',
      describeAnchor: () => '',
      onFixed: () => {},
      signal: context.signal,
      color: () => DARK_TEAL,
    });
    scanner.start({ ...features, marker: false });
    expect(document.querySelector('a')!.hasAttribute('data-lynx-uri')).toBe(false);
    expect(markOf(document.querySelector('a'))).toBeNull();
  });
});
