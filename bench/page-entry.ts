/**
 * What the benchmark runs inside a page (bundled to one script): the floor, Unwall's scanner with the
 * engine in the page (the same code as the content script plus the background's engine, run
 * synchronously so its whole cost is counted), and two peer linkifiers.
 */
import linkifyElement from 'linkify-element';
import { LinkifyIt, type Match } from 'linkify-it';
import { createPageEngine } from '@/utils/links';
import { localScanEngine } from '@/utils/page/local-engine';
import { createScanner } from '@/utils/page/scanner';
import type { PageLink, ResolveReply } from '@/utils/protocol';
import { defaultFeatures, enabledKinds } from '@/utils/settings/features';

const engine = localScanEngine(createPageEngine([]));
const all = { kinds: enabledKinds(defaultFeatures), marker: true };
/** The floor's one precompiled test: does the text hold `://`? */
const floorTest = /:\/\//;
let scanner: ReturnType<typeof createScanner> | null = null;
let fixedCount = 0;
const linkifyIt = new LinkifyIt();

function floor(): { ms: number; hits: number } {
  const t0 = performance.now();
  let hits = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (floorTest.test((n as Text).data)) hits++;
  return { ms: performance.now() - t0, hits };
}

/**
 * The least any implementation of Unwall's job must do, with no link finding at all: the walk with
 * Unwall's own prefilter (it must also let through links written without `://`: `点com`, 口令 tokens,
 * ids), then each link wrapped (the text node split, one element with its href around the link's own
 * text) and each anchor given its new href. Where the links are is found beforehand, not timed.
 */
function jobFloor(): { ms: number; writes: number } {
  const spans = new Map<Text, [number, number]>();
  const untimed = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = untimed.nextNode(); n; n = untimed.nextNode()) {
    const found = /https?:\/\/[\x21-\x7e]+/.exec((n as Text).data);
    if (found) spans.set(n as Text, [found.index, found.index + found[0].length]);
  }
  const t0 = performance.now();
  const hits: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (engine.mayContainLinks((n as Text).data)) hits.push(n as Text);
  const anchors = document.querySelectorAll('#feed a[href]');
  let writes = 0;
  for (const node of hits) {
    const span = spans.get(node);
    if (!span) continue;
    const link = node.splitText(span[0]);
    if (span[1] - span[0] < link.length) link.splitText(span[1] - span[0]);
    const a = document.createElement('a');
    a.setAttribute('href', link.data);
    link.replaceWith(a);
    a.append(link);
    writes++;
  }
  for (const a of anchors) {
    a.setAttribute('href', 'https://example.com/');
    writes++;
  }
  return { ms: performance.now() - t0, writes };
}

function unwall(): { ms: number; fixed: number } {
  fixedCount = 0;
  scanner = createScanner({
    doc: document,
    engine,
    describe: (link) => link.label,
    describeAnchor: (link, original) => `${link.label} ${original}`,
    onFixed: (items) => (fixedCount += items.length),
    signal: new AbortController().signal,
  });
  const t0 = performance.now();
  scanner.start(all);
  void scanner.flush();
  return { ms: performance.now() - t0, fixed: fixedCount };
}

/**
 * The same as `unwall`, with the engine warmed first on another feed's links (as the background's
 * engine is once it has served a few pages); the page's own code stays cold.
 */
function unwallWarm(warmUp: { texts: string[]; hrefs: string[] }): { ms: number; fixed: number } {
  for (let i = 0; i < 3; i++) engine.resolve(warmUp);
  return unwall();
}

/** Appends `html` to the scanned page and times Unwall's work on it alone (after the page's own append). */
async function append(html: string): Promise<{ ms: number; fixed: number }> {
  const before = fixedCount;
  // Let the scanner see its own first pass's mutations first (it would, in the idle time after it).
  await new Promise((ok) => setTimeout(ok, 300));
  await scanner!.idle();
  const box = document.createElement('section');
  box.innerHTML = html;
  document.querySelector('#feed')!.append(box);
  // Mutation records are delivered in a microtask; let them arrive, then do the queued work.
  await Promise.resolve();
  const t0 = performance.now();
  void scanner!.flush();
  return { ms: performance.now() - t0, fixed: fixedCount - before };
}

/**
 * The page's own share: the same scan and rewrite, with the engine's answers looked up (computed
 * beforehand, as the background computes them in the extension, off the page's thread).
 */
function unwallPage(): { ms: number; fixed: number } {
  const texts = new Map<string, PageLink[]>();
  const hrefs = new Map<string, PageLink | null>();
  const dry = createScanner({
    doc: document,
    engine: {
      ...engine,
      resolve(request) {
        const reply = engine.resolve(request) as ResolveReply;
        request.texts.forEach((t, i) => texts.set(t, reply.texts[i]!));
        request.hrefs.forEach((h, i) => hrefs.set(h, reply.hrefs[i]!));
        return { texts: [], hrefs: [] };
      },
    },
    describe: () => '',
    describeAnchor: () => '',
    onFixed: () => {},
    signal: new AbortController().signal,
  });
  dry.start(all);
  void dry.flush();
  dry.stop();
  let fixed = 0;
  const cached = createScanner({
    doc: document,
    engine: {
      ...engine,
      resolve: (request) => ({
        texts: request.texts.map((t) => texts.get(t) ?? []),
        hrefs: request.hrefs.map((h) => hrefs.get(h) ?? null),
      }),
    },
    describe: (link) => link.label,
    describeAnchor: (link, original) => `${link.label} ${original}`,
    onFixed: (items) => (fixed += items.length),
    signal: new AbortController().signal,
  });
  const t0 = performance.now();
  cached.start(all);
  void cached.flush();
  return { ms: performance.now() - t0, fixed };
}

function peer(): { ms: number; links: number } {
  const t0 = performance.now();
  linkifyElement(document.querySelector('#feed') as HTMLElement);
  const ms = performance.now() - t0;
  return { ms, links: document.querySelectorAll('#feed a').length };
}

/**
 * The second peer, `linkify-it` (markdown-it's linkifier, the most used one): a TreeWalker over the
 * feed's text nodes outside links, `match` on each, and each match wrapped as `linkify-element` wraps
 * (the text node replaced by text nodes and `<a href>` elements holding the link's own text). The
 * instance is made when the script loads, as Unwall's engine is; its patterns compile there.
 */
function peerIt(): { ms: number; links: number } {
  const t0 = performance.now();
  const walker = document.createTreeWalker(
    document.querySelector('#feed')!,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    (n) =>
      n.nodeType === Node.TEXT_NODE
        ? NodeFilter.FILTER_ACCEPT
        : (n as Element).tagName === 'A'
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP,
  );
  const found: [Text, Match[]][] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const matches = linkifyIt.match((n as Text).data);
    if (matches) found.push([n as Text, matches]);
  }
  for (const [node, matches] of found) node.replaceWith(...linked(node.data, matches));
  const ms = performance.now() - t0;
  return { ms, links: document.querySelectorAll('#feed a').length };
}

/** `text` as text nodes and links, one `<a>` per match. */
function linked(text: string, matches: Match[]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.index > at) nodes.push(document.createTextNode(text.slice(at, m.index)));
    const a = document.createElement('a');
    a.setAttribute('href', m.url);
    a.appendChild(document.createTextNode(m.raw));
    nodes.push(a);
    at = m.lastIndex;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

Object.assign(window, {
  unwallBench: { floor, jobFloor, unwall, unwallWarm, unwallPage, append, peer, peerIt },
});
