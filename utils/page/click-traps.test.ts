// @vitest-environment happy-dom
// The browser follows the links these tests click; here no click may leave for the network.
// @vitest-environment-options {"settings":{"navigation":{"disableMainFrameNavigation":true,"disableChildPageNavigation":true,"disableFallbackToSetURL":true}}}
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPageEngine } from '@/utils/links';
import { clickTrapOf } from '@/utils/links/click-traps';
import { platforms } from '@/utils/platforms';
import type { PageFeatures } from '@/utils/protocol';
import { localScanEngine } from './local-engine';
import { createScanner } from './scanner';

const engine = localScanEngine(createPageEngine([]));
const facebook = clickTrapOf(platforms, 'www.facebook.com');
const onFacebook: PageFeatures = { kinds: ['wrapper', 'url'], marker: false, trap: facebook };
const elsewhere: PageFeatures = { kinds: ['wrapper', 'url'], marker: false, trap: null };

const shim = (target: string) => `https://l.facebook.com/l.php?u=${encodeURIComponent(target)}&h=AT0abc`;
const TRACKING =
  'data-lynx-uri="https://l.facebook.com/l.php?u=x" data-lynx-mode="hover" onmousedown="void 0"';

const contexts: AbortController[] = [];
/** What the page's own click tracking saw: the event types that reached it. */
let pageSaw: string[] = [];

/**
 * A Facebook-style page: its script, on window in the capture phase (registered after Unwall, which
 * registers at document_start), swaps its link shim into a link's href on a press, a click or a
 * right-click, before the browser follows the link.
 */
function load(html: string) {
  document.documentElement.innerHTML = `<body>${html}</body>`;
  const context = new AbortController();
  contexts.push(context);
  const scanner = createScanner({
    doc: document,
    engine,
    describe: () => '',
    describeAnchor: () => '',
    onFixed: () => {},
    signal: context.signal,
  });
  for (const type of ['mousedown', 'pointerdown', 'click', 'auxclick', 'contextmenu', 'keydown']) {
    const rewrite = (event: Event) => {
      const a = (event.target as Element).closest('a');
      if (!a) return;
      pageSaw.push(event.type);
      if (!a.href.startsWith('https://l.facebook.com/')) a.href = shim(a.href);
    };
    window.addEventListener(type, rewrite, { capture: true, signal: context.signal });
  }
  return scanner;
}

const link = () => document.querySelector('a')!;
/** Dispatches a user's event on the link; true when something cancelled it. */
const cancelled = (event: Event) => !link().dispatchEvent(event);
const mouse = (type: string, init: MouseEventInit = {}) =>
  new MouseEvent(type, { bubbles: true, cancelable: true, ...init });
const attributesOf = (el: Element) => [...el.attributes].map((a) => a.name).sort();
const settle = () => new Promise((ok) => setTimeout(ok, 10));

describe('a page that traps clicks on links that are already direct', () => {
  beforeEach(() => {
    pageSaw = [];
  });
  afterEach(() => {
    contexts.splice(0).forEach((c) => c.abort());
  });

  it('a click on a direct link to another site goes to the address it shows: the mousedown rewriter never runs', () => {
    const scanner = load(`<a href="https://github.com/x" target="_blank">repo</a>`);
    scanner.start(onFacebook);
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click'])
      expect(cancelled(mouse(type))).toBe(false);
    expect(link().getAttribute('href')).toBe('https://github.com/x');
    expect(pageSaw).toEqual([]);
  });

  it('a middle click, a ctrl-click and a right-click keep their default and never reach the page', () => {
    const scanner = load(`<a href="https://github.com/x">repo</a>`);
    scanner.start(onFacebook);
    expect(cancelled(mouse('mousedown', { button: 1 }))).toBe(false);
    expect(cancelled(mouse('auxclick', { button: 1 }))).toBe(false);
    expect(cancelled(mouse('click', { ctrlKey: true }))).toBe(false);
    expect(cancelled(mouse('contextmenu', { button: 2 }))).toBe(false);
    expect(link().getAttribute('href')).toBe('https://github.com/x');
    expect(pageSaw).toEqual([]);
  });

  it('Enter on the link never reaches the page, other keys do', () => {
    const scanner = load(`<a href="https://github.com/x">repo</a>`);
    scanner.start(onFacebook);
    const key = (k: string) => new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
    expect(cancelled(key('Enter'))).toBe(false);
    expect(pageSaw).toEqual([]);
    cancelled(key('j'));
    expect(pageSaw).toEqual(['keydown']);
  });

  it("takes the page's tracking attributes off the link, and only those", () => {
    const scanner = load(`<a href="https://github.com/x" class="x1" target="_blank" ${TRACKING}>repo</a>`);
    scanner.start(onFacebook);
    expect(attributesOf(link())).toEqual(['class', 'href', 'target']);
  });

  it('takes them off again when the page puts them back, and off links the page adds later', async () => {
    const scanner = load(`<a href="https://github.com/x" ${TRACKING}>repo</a>`);
    scanner.start(onFacebook);
    link().setAttribute('data-lynx-uri', shim('https://github.com/x'));
    document.body.insertAdjacentHTML(
      'beforeend',
      `<p><a id="late" href="https://example.org/" ${TRACKING}>late</a></p>`,
    );
    await settle();
    expect(attributesOf(link())).toEqual(['href']);
    expect(attributesOf(document.querySelector('#late')!)).toEqual(['href', 'id']);
  });

  it('lets a page that keeps putting them back keep them after a few rounds', async () => {
    const scanner = load(`<a href="https://github.com/x" data-lynx-mode="hover">repo</a>`);
    scanner.start(onFacebook);
    const putBack = () =>
      link().hasAttribute('data-lynx-mode') || link().setAttribute('data-lynx-mode', 'hover');
    const back = new MutationObserver(putBack);
    back.observe(link(), { attributes: true });
    putBack();
    await settle();
    back.disconnect();
    expect(link().getAttribute('data-lynx-mode')).toBe('hover');
  });

  it("unwraps the site's own shim, and keeps the link it fixed (even to the site itself) to its new address", async () => {
    const scanner = load(`<a href="${shim('https://www.facebook.com/events/1')}" ${TRACKING}>event</a>`);
    scanner.start(onFacebook);
    await scanner.flush();
    await settle();
    expect(link().getAttribute('href')).toBe('https://www.facebook.com/events/1');
    expect(attributesOf(link()).filter((n) => !n.startsWith('data-unwall'))).toEqual(['href', 'title']);
    expect(cancelled(mouse('mousedown'))).toBe(false);
    expect(pageSaw).toEqual([]);
  });

  it("a fixed link the page reuses for one of its own pages is the page's again, never sent to the old address", async () => {
    const scanner = load(`<a href="${shim('https://github.com/x')}">post</a>`);
    scanner.start(onFacebook);
    await scanner.flush();
    expect(link().getAttribute('href')).toBe('https://github.com/x');
    link().setAttribute('href', 'https://www.facebook.com/groups/1');
    cancelled(mouse('mousedown'));
    expect(pageSaw).toEqual(['mousedown']);
  });

  it("leaves the page's links to its own pages to the page", () => {
    const scanner = load(`<a href="https://www.facebook.com/groups/1" ${TRACKING}>group</a>`);
    scanner.start(onFacebook);
    cancelled(mouse('mousedown'));
    expect(pageSaw).toEqual(['mousedown']);
    expect(attributesOf(link())).toContain('data-lynx-uri');
  });

  it('leaves a link in an editable region to the editor', () => {
    const scanner = load(
      `<div contenteditable="true"><a href="https://github.com/x" ${TRACKING}>repo</a></div>`,
    );
    scanner.start(onFacebook);
    cancelled(mouse('mousedown'));
    expect(pageSaw).toEqual(['mousedown']);
    expect(attributesOf(link())).toContain('onmousedown');
  });

  it('leaves a page whose host no platform lists to the page', () => {
    const scanner = load(`<a href="https://github.com/x" ${TRACKING}>repo</a>`);
    scanner.start(elsewhere);
    cancelled(mouse('mousedown'));
    expect(pageSaw).toEqual(['mousedown']);
    expect(link().getAttribute('href')).toBe(shim('https://github.com/x'));
    expect(attributesOf(link())).toContain('data-lynx-uri');
  });

  it('gives back what it took off a link the page later pointed at its own pages, when switched off', async () => {
    const scanner = load(`<a href="https://github.com/x" ${TRACKING}>repo</a>`);
    scanner.start({ ...onFacebook, marker: true });
    expect(attributesOf(link())).toEqual(['href', 'style', 'title']);
    link().setAttribute('href', 'https://www.facebook.com/groups/1');
    await settle();
    scanner.stop();
    expect(attributesOf(link())).toEqual(['data-lynx-mode', 'data-lynx-uri', 'href', 'onmousedown']);
  });

  it('does nothing where Unwall is off, and gives the page its attributes back when switched off', () => {
    const off = load(`<a href="https://github.com/x" ${TRACKING}>repo</a>`);
    cancelled(mouse('mousedown'));
    expect(pageSaw).toEqual(['mousedown']);
    link().setAttribute('href', 'https://github.com/x');
    off.start(onFacebook);
    expect(attributesOf(link())).toEqual(['href']);
    off.stop();
    expect(attributesOf(link())).toEqual(['data-lynx-mode', 'data-lynx-uri', 'href', 'onmousedown']);
    cancelled(mouse('mousedown'));
    expect(pageSaw).toEqual(['mousedown', 'mousedown']);
  });
});
