import { decodeEntities } from '@/utils/links/decode';
import { safeHttpUrl } from '@/utils/links/resolve';
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

function fromSelectors(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const el of doc.querySelectorAll(selector)) {
      const candidate = el instanceof HTMLAnchorElement ? el.href : (el.textContent ?? '');
      const url = safeHttpUrl(decodeEntities(candidate).trim());
      if (url) return url;
    }
  }
  return null;
}

/**
 * The target of an interstitial that keeps it only in the page (weixin110): from an inline script's
 * assignment, else from the listed elements; entities and script escapes decoded; http(s) only.
 */
export function readPageTarget(
  doc: Document,
  rule: Pick<PageInterstitial, 'selectors' | 'scriptKeys'>,
): string | null {
  return fromScripts(doc, rule.scriptKeys ?? []) ?? fromSelectors(doc, rule.selectors ?? []);
}

export interface BarLabels {
  message: string;
  open: string;
  close: string;
}

/** A clear bar at the top of an interstitial page with the direct link (when skipping is off). */
export function showDirectBar(doc: Document, url: string, labels: BarLabels): HTMLElement {
  const host = doc.createElement('div');
  host.setAttribute('data-unwall-ui', 'bar');
  host.style.cssText = 'position:fixed;top:0;left:0;right:0;z-index:2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  const bar = doc.createElement('div');
  bar.setAttribute('role', 'status');
  bar.style.cssText =
    'display:flex;gap:12px;align-items:center;padding:10px 14px;background:#0f766e;color:#fff;' +
    'font:14px/1.4 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;box-shadow:0 2px 6px rgba(0,0,0,.25);';
  const text = doc.createElement('span');
  text.textContent = labels.message;
  const link = doc.createElement('a');
  link.href = url;
  link.rel = 'noopener noreferrer';
  link.textContent = `${labels.open}: ${url}`;
  link.style.cssText = 'color:#fff;font-weight:600;word-break:break-all;flex:1;';
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', labels.close);
  close.style.cssText = 'background:none;border:0;color:#fff;font-size:20px;cursor:pointer;';
  close.addEventListener('click', () => host.remove());
  bar.append(text, link, close);
  root.append(bar);
  doc.documentElement.append(host);
  return host;
}
