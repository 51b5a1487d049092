import * as z from 'zod/mini';

// Only http(s) reaches the popup's links: an extension page must never get a `javascript:` href.
const httpUrl = z.nullable(z.string().check(z.maxLength(8192), z.regex(/^https?:\/\//i)));

/** What the content script reports: the links it fixed in its document (one frame). */
export const fixedLinkSchema = z.object({
  original: z.string().check(z.maxLength(2048)),
  url: httpUrl,
  kind: z.enum(['share', 'url', 'obfuscated', 'scheme', 'wrapper', 'token']),
  platform: z.nullable(z.string().check(z.maxLength(40))),
});
export type FixedLink = z.infer<typeof fixedLinkSchema>;

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fixed'), items: z.array(fixedLinkSchema).check(z.maxLength(500)) }),
  z.object({ type: z.literal('getTab'), tabId: z.number() }),
  /** A content script starts (or settings changed): may it run on this host, with which features and filter? */
  z.object({ type: z.literal('hello'), host: z.string().check(z.maxLength(253)) }),
  /** A batch of page candidates for the engine. */
  z.object({
    type: z.literal('resolve'),
    texts: z.array(z.string().check(z.maxLength(100_000))).check(z.maxLength(500)),
    hrefs: z.array(z.string().check(z.maxLength(8192))).check(z.maxLength(500)),
  }),
  /** An interstitial page asks where it leads. */
  z.object({ type: z.literal('interstitial'), url: z.string().check(z.maxLength(8192)) }),
]);
export type Message = z.infer<typeof messageSchema>;

/** What the background knows of a tab: its page (from the content script), what was unblocked there, and how many plain addresses were made clickable. */
export const tabStateSchema = z.object({
  url: httpUrl,
  fixed: z.array(fixedLinkSchema).check(z.maxLength(1000)),
  clickable: z.number().check(z.nonnegative()),
});
export type TabState = z.infer<typeof tabStateSchema>;

/**
 * Whether a message comes from one of the extension's own pages (the popup, the options page), the
 * only senders that may read a tab's state: a content script's sender URL is its web page's, so no
 * page, and no script injected into one, can read what Unwall found in another tab.
 * @example isOwnPage({ id: 'abc', url: 'chrome-extension://abc/popup.html' }, 'abc', 'chrome-extension://abc/') // true
 */
export function isOwnPage(sender: { id?: string; url?: string }, ownId: string, ownBase: string): boolean {
  return sender.id === ownId && sender.url !== undefined && sender.url.startsWith(ownBase);
}
