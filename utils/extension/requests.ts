import * as z from 'zod/mini';
import {
  limits,
  type FixedLink,
  type MadeReply,
  type MadeRequest,
  type Message,
  type TabState,
} from '@/utils/protocol';
import { isHttpHref } from '@/utils/url';

/**
 * The background's checks of what reaches it: every request of the wire protocol (`utils/protocol`)
 * as a zod schema built from the protocol's own limits. Only the background and the extension's pages
 * import this module: no content script carries zod (lint forbids it there).
 */

const text = (max: number) => z.string().check(z.maxLength(max));
// Only http(s) reaches the popup's links: an extension page must never get a `javascript:` href.
const httpUrl = z.nullable(text(limits.href).check(z.refine(isHttpHref)));
const kind = z.enum(['share', 'url', 'obfuscated', 'scheme', 'wrapper', 'generic', 'token']);

/** A page's id of a fix, or a frame's id: a whole number. */
const pageId = z.number().check(z.int(), z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER));

/** A fix a content script reports (one frame's). */
export const fixedLinkSchema = z.object({
  original: text(limits.original),
  url: httpUrl,
  kind,
  platform: z.nullable(text(limits.platform)),
  label: text(limits.label),
  id: z.optional(pageId),
  frame: z.optional(pageId),
});

const list = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.maxLength(limits.items));

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), host: text(limits.host) }),
  z.object({
    type: z.literal('resolve'),
    texts: list(text(limits.text)),
    hrefs: list(text(limits.href)),
    reads: z.optional(list(z.nullable(text(limits.href)))),
  }),
  z.object({ type: z.literal('interstitial'), url: text(limits.href) }),
  z.object({ type: z.literal('fixed'), items: list(fixedLinkSchema) }),
  z.object({ type: z.literal('getTab'), tabId: z.number() }),
  z.object({ type: z.literal('restored'), ids: list(pageId) }),
]);

/** What the popup (by the fix's id) or the context menu (by the right-clicked link) sends a frame about one fix, checked before it goes. */
const madeAction = { type: z.literal('made'), action: z.enum(['restore', 'original']) };
export const madeRequestSchema = z.union([
  z.object({ ...madeAction, id: pageId }),
  z.object({ ...madeAction, clicked: text(limits.href) }),
]);

/** What a frame answers about one fix: only an http(s) original is ever opened. */
export const madeReplySchema = z.object({
  restored: z.boolean(),
  original: httpUrl,
});

/** What the background answers about a tab (checked again by the popup that reads it). */
export const tabStateSchema = z.object({
  url: httpUrl,
  fixed: z.array(fixedLinkSchema).check(z.maxLength(limits.tabItems)),
  clickable: z.number().check(z.nonnegative()),
});

/** True when both types hold the same values: the schemas above say exactly what the protocol says. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemasMatchProtocol: [
  Same<z.infer<typeof messageSchema>, Message>,
  Same<z.infer<typeof fixedLinkSchema>, FixedLink>,
  Same<z.infer<typeof tabStateSchema>, TabState>,
  Same<z.infer<typeof madeRequestSchema>, MadeRequest>,
  Same<z.infer<typeof madeReplySchema>, MadeReply>,
] = [true, true, true, true, true];

/**
 * Whether a message comes from one of the extension's own pages (the popup, the options page), the
 * only senders that may read a tab's state: a content script's sender URL is its web page's, so no
 * page, and no script injected into one, can read what Unwall found in another tab.
 * @example isOwnPage({ id: 'abc', url: 'chrome-extension://abc/popup.html' }, 'abc', 'chrome-extension://abc/') // true
 */
export function isOwnPage(sender: { id?: string; url?: string }, ownId: string, ownBase: string): boolean {
  return sender.id === ownId && sender.url !== undefined && sender.url.startsWith(ownBase);
}
