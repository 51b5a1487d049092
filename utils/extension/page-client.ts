import { browser } from 'wxt/browser';
import { createPageFilter, type PageFilter } from '@/utils/links/page-filter';
import {
  limits,
  type FixedLink,
  type MadeReply,
  type MadeRequest,
  type Message,
  type MessageType,
  type PagePermit,
  type Reply,
  type ScanEngine,
} from '@/utils/protocol';
import { hostOfHref } from '@/utils/url';
import { PAGE_KEYS } from '@/utils/settings/keys';

/**
 * The content script's side of the page service: it asks the background (which holds the rules and
 * the validated settings) and runs only the cheap filter itself. Built for the script every page
 * runs: no rules, no zod, no polyfill.
 */
export function ask<K extends MessageType>(message: Message<K>): Promise<Reply<K>> {
  // The one place a reply gets its type: the background answers each type as the protocol says.
  return browser.runtime.sendMessage(message) as Promise<Reply<K>>;
}

/** Fire and forget: the background may be asleep or the extension reloaded; losing a report is harmless. */
export function send(message: Message): void {
  void browser.runtime.sendMessage(message).catch(() => {});
}

/** Tells the background what was fixed, in messages no larger than it takes. */
export function reportFixed(items: readonly FixedLink[]): void {
  const trimmed = items.map((i) => ({
    ...i,
    original: i.original.slice(0, limits.original),
    label: i.label.slice(0, limits.label),
  }));
  for (let at = 0; at < trimmed.length; at += limits.items) {
    send({ type: 'fixed', items: trimmed.slice(at, at + limits.items) });
  }
}

/** The host the per-site switch applies to; `srcdoc` and `about:blank` frames belong to their creator's. */
export function siteHost(): string {
  if (location.hostname) return location.hostname;
  return hostOfHref(self.origin) ?? '';
}

/** After `load` (a scan must not delay it), or at most 2 s after the DOM is ready on pages that load long. */
export function loaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((done) => {
    addEventListener('load', () => done(), { once: true });
    const late = () => setTimeout(done, 2000);
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', late, { once: true });
    else late();
  });
}

/** A scan engine whose filter comes from the background's hello and whose answers come from the background. */
export function remoteScanEngine(): ScanEngine & { setFilter(data: PagePermit['filter']): void } {
  let filter: PageFilter | null = null;
  return {
    setFilter: (data) => (filter = createPageFilter(data)),
    mayContainLinks: (text) => filter!.mayContainLinks(text),
    mayNeedDirectUrl: (protocol, host, href) => filter!.mayNeedDirectUrl(protocol, host, href),
    resolve: (request) => ask({ type: 'resolve', ...request }),
  };
}

/** Calls back when a setting or the pause changes in storage; returns the unsubscribe function. */
export function onSettingsChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && PAGE_KEYS.some((key) => key in changes)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A `made` request as the popup or the menu sends it (checked by hand: the page's script carries no zod). */
function isMadeRequest(message: unknown): message is MadeRequest {
  const m = message as { type?: unknown; action?: unknown; id?: unknown; clicked?: unknown } | null;
  if (m?.type !== 'made' || (m.action !== 'restore' && m.action !== 'original')) return false;
  if ('clicked' in m) return typeof m.clicked === 'string' && m.clicked.length <= limits.href;
  return Number.isSafeInteger(m.id) && (m.id as number) > 0;
}

/**
 * Whether a message comes from the extension itself: the popup, or the background (the context
 * menu's click). A content script's message (another page's) comes with its web page's address, so it
 * is never heard. (A background sender names its address in Chrome; it may not in every browser, which
 * is why a missing address alone does not refuse a sender without a tab.)
 */
function isFromExtension(sender: { id?: string; url?: string; tab?: unknown }): boolean {
  const own = browser.runtime.getURL('/');
  if (sender.id !== browser.runtime.id) return false;
  // An extension page may sit in a tab (Firefox gives its popup and the paste page one; so does
  // Firefox for Android): its own address decides. Without an address, only a sender with no tab.
  return sender.url !== undefined ? sender.url.startsWith(own) : sender.tab === undefined;
}

/**
 * Answers the popup's and the context menu's requests about one fix in this frame, from the
 * extension's own pages and its background only. Returns the unsubscribe function.
 */
export function onMadeRequest(act: (request: MadeRequest) => MadeReply): () => void {
  const listener = (message: unknown, sender: { id?: string; url?: string; tab?: unknown }) => {
    if (!isFromExtension(sender) || !isMadeRequest(message)) return undefined;
    return Promise.resolve(act(message));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Tells the background which fixes the user put back, so they leave the popup's list and the badge. */
export function reportRestored(ids: number[]): void {
  send({ type: 'restored', ids });
}
