import { decodeEntities } from '@/utils/links/decode';
import { hostOfHref, safeHttpUrl } from '@/utils/url';
import type { PageInterstitial } from '@/utils/platforms/schema';
import { readAssignedStrings } from './script-value';

/** JavaScript string escapes a page may write a URL with (`\/`, `\x2f`, `\u002f`). */
function unescapeScriptString(text: string): string {
  return text.replace(
    /\\(?:x([0-9a-f]{2})|u([0-9a-f]{4})|(.))/gi,
    (_, hex?: string, uni?: string, other?: string) =>
      hex || uni ? String.fromCharCode(parseInt((hex ?? uni)!, 16)) : other!,
  );
}

/** A script the browser runs as JavaScript: a `text/template` or JSON block may hold any text. */
function isJavaScript(script: Element): boolean {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
  return ['', 'text/javascript', 'application/javascript', 'module'].includes(type);
}

/**
 * The target the inline scripts assign to one of the exact key paths. Every assignment must name the
 * same address: a page that assigns two (or one that is not http(s)) gives none (fail closed).
 */
function fromScripts(doc: Document, keys: readonly string[]): string | null {
  for (const key of keys) {
    const object = key.slice(0, key.indexOf('.'));
    const values = new Set<string | null>();
    for (const script of doc.querySelectorAll('script:not([src])')) {
      const text = script.textContent ?? '';
      if (!isJavaScript(script) || !text.includes(object)) continue;
      for (const raw of readAssignedStrings(text, key)) {
        values.add(safeHttpUrl(decodeEntities(unescapeScriptString(raw)).trim()));
      }
    }
    if (values.size > 0) return values.size === 1 ? [...values][0]! : null;
  }
  return null;
}

/** The first of the elements a selector names whose value is an http(s) address. */
function firstAddress(
  doc: Document,
  selector: string,
  valueOf: (el: Element) => string | null,
): string | null {
  let elements: NodeListOf<Element>;
  try {
    elements = doc.querySelectorAll(selector);
  } catch {
    return null;
  }
  for (const el of elements) {
    const url = safeHttpUrl(decodeEntities(valueOf(el) ?? '').trim());
    if (url) return url;
  }
  return null;
}

const hrefOrText = (el: Element) => (el instanceof HTMLAnchorElement ? el.href : el.textContent);

function fromElements(doc: Document, rule: PageRead): string | null {
  for (const selector of rule.selectors ?? []) {
    const url = firstAddress(doc, selector, hrefOrText);
    if (url) return url;
  }
  for (const { selector, name } of rule.attributes ?? []) {
    const url = firstAddress(doc, selector, (el) => el.getAttribute(name));
    if (url) return url;
  }
  return null;
}

/** The target without the parameters its platform adds on the way out. */
function stripped(url: string, names: readonly string[]): string {
  if (!names.length) return url;
  const target = new URL(url);
  names.forEach((name) => target.searchParams.delete(name));
  return target.href;
}

type PageRead = Pick<PageInterstitial, 'selectors' | 'scriptKeys' | 'attributes' | 'strip'>;

/**
 * The target of an interstitial that keeps it only in the page (weixin110, t.cn): from an inline
 * script's assignment, else from the listed elements' text, href or attribute; entities and script
 * escapes decoded; the platform's own added parameters taken off; http(s) only.
 */
export function readPageTarget(doc: Document, rule: PageRead): string | null {
  const url = fromScripts(doc, rule.scriptKeys ?? []) ?? fromElements(doc, rule);
  return url && stripped(url, rule.strip ?? []);
}

/**
 * Clicks the page's own "continue" control (a page that gives its target only to a click), once:
 * the first listed selector that names an element on the page. False when there is none.
 */
export function clickContinue(doc: Document, selectors: readonly string[]): boolean {
  for (const selector of selectors) {
    let el: Element | null;
    try {
      el = doc.querySelector(selector);
    } catch {
      continue;
    }
    if (el instanceof HTMLElement) {
      el.click();
      return true;
    }
  }
  return false;
}

export interface BarLabels {
  message: string;
  open: string;
  close: string;
}

const barFont = 'font:14px/1.4 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;';
const buttonStyle = 'border:1px solid #fff;border-radius:4px;padding:4px 10px;font:inherit;cursor:pointer;';

/**
 * At phone widths (a viewport of 480 px or less) every part of a bar takes a line of its own. The bar
 * lives in inline styles (a `<style>` in the page would fall under the page's CSP), and inline styles
 * have no media queries: a minimum width of 100% of the bar's content box when that box is at most
 * 452 px (480 less the bar's 2 × 14 px padding), else 0, does the same.
 */
const stackWhenNarrow = 'box-sizing:border-box;min-width:clamp(0px,(453px - 100%) * 999,100%);';

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text: string, css: string) {
  const el = doc.createElement(tag);
  el.textContent = text;
  el.style.cssText = css;
  return el;
}

/** A bar fixed to the top of the page, in a shadow root so the page's styles and scripts leave it alone. */
function mountBar(doc: Document, role: 'status' | 'alert', background: string, children: HTMLElement[]) {
  const host = doc.createElement('div');
  host.setAttribute('data-unwall-ui', 'bar');
  host.style.cssText = 'position:fixed;top:0;left:0;right:0;z-index:2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  const bar = doc.createElement('div');
  bar.setAttribute('role', role);
  bar.style.cssText =
    `display:flex;flex-wrap:wrap;gap:12px;align-items:center;padding:10px 14px;background:${background};color:#fff;` +
    barFont +
    'box-shadow:0 2px 6px rgba(0,0,0,.25);';
  for (const child of children) child.style.cssText += stackWhenNarrow;
  bar.append(...children);
  root.append(bar);
  doc.documentElement.append(host);
  return host;
}

/**
 * A clear bar at the top of an interstitial page with the direct link (when skipping is off). The link
 * reads as its host; the full address is its tooltip and its href.
 */
export function showDirectBar(doc: Document, url: string, labels: BarLabels): HTMLElement {
  const link = element(
    doc,
    'a',
    `${labels.open}: ${hostOfHref(url) ?? url}`,
    'color:#fff;font-weight:600;word-break:break-all;flex:1;',
  );
  link.href = url;
  link.title = url;
  link.rel = 'noopener noreferrer';
  const close = element(
    doc,
    'button',
    '×',
    'background:none;border:0;color:#fff;font-size:20px;cursor:pointer;',
  );
  close.type = 'button';
  close.setAttribute('aria-label', labels.close);
  const host = mountBar(doc, 'status', '#0f766e', [element(doc, 'span', labels.message, ''), link, close]);
  close.addEventListener('click', () => host.remove());
  return host;
}

export interface WarningLabels {
  /** The platform's verdict in plain words: "Steam warns that this link may be unsafe." */
  verdict: string;
  /** Before the target's host: "The link leads to". */
  leadsTo: string;
  continue: string;
  stay: string;
}

/**
 * The bar on a platform's warning page: its verdict, the target's host in large type (the full address
 * beside it), and the user's choice. Continue opens the target only if it is http(s); stay closes the
 * bar and leaves the platform's page as it is.
 */
export function showWarningBar(doc: Document, url: string, labels: WarningLabels): HTMLElement | null {
  const target = safeHttpUrl(url);
  if (!target) return null;
  const verdict = element(doc, 'strong', labels.verdict, 'flex-basis:100%;');
  const leadsTo = element(doc, 'span', `${labels.leadsTo}:`, '');
  const host = element(
    doc,
    'span',
    hostOfHref(target) ?? target,
    'font-size:20px;font-weight:700;word-break:break-all;',
  );
  host.setAttribute('data-unwall-part', 'host');
  const full = element(doc, 'span', target, 'opacity:.85;font-size:12px;word-break:break-all;flex:1;');
  const go = element(doc, 'button', labels.continue, `${buttonStyle}background:transparent;color:#fff;`);
  const stay = element(
    doc,
    'button',
    labels.stay,
    `${buttonStyle}background:#fff;color:#7f1d1d;font-weight:600;`,
  );
  go.type = stay.type = 'button';
  const bar = mountBar(doc, 'alert', '#7f1d1d', [verdict, leadsTo, host, full, stay, go]);
  go.addEventListener('click', () => doc.defaultView?.location.assign(target));
  stay.addEventListener('click', () => bar.remove());
  return bar;
}

/**
 * Whether a page-read interstitial is in fact its platform's block page: its text holds one of the
 * block page's words (the notice and the block page share one address).
 */
export function isBlockPage(doc: Document, rule: Pick<PageInterstitial, 'warning'>): boolean {
  const text = doc.documentElement.textContent ?? '';
  return (rule.warning?.markers ?? []).some((marker) => text.includes(marker));
}
