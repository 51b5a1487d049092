import { decodeEntities } from '@/utils/links/decode';
import { safeHttpUrl } from '@/utils/links/resolve';
import type { PageInterstitial } from '@/utils/platforms/schema';

/** JavaScript string escapes a page may write a URL with (`\/`, `\x2f`, `\u002f`). */
function unescapeScriptString(text: string): string {
  return text.replace(
    /\\(?:x([0-9a-f]{2})|u([0-9a-f]{4})|(.))/gi,
    (_, hex?: string, uni?: string, other?: string) =>
      hex || uni ? String.fromCharCode(parseInt((hex ?? uni)!, 16)) : other!,
  );
}

function fromScripts(doc: Document, keys: readonly string[]): string | null {
  for (const key of keys) {
    const [object, property] = key.split('.') as [string, string?];
    if (!property) continue;
    const assignment = new RegExp(`["']?${property}["']?\\s*:\\s*(["'])([^"'\\n]{1,2048})\\1`);
    for (const script of doc.querySelectorAll('script:not([src])')) {
      const text = script.textContent ?? '';
      if (!text.includes(object)) continue;
      const found = assignment.exec(text);
      const url = found && safeHttpUrl(decodeEntities(unescapeScriptString(found[2]!)).trim());
      if (url) return url;
    }
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
