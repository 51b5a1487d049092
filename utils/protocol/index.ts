import type { ResolveRequest } from '@/utils/links/batch';
import type { ClickTrap } from '@/utils/links/click-traps';
import type { FoundLink, LinkKind } from '@/utils/links/find-links';
import type { OpenWrapper } from '@/utils/links/open-wrappers';
import type { PageFilter, PageFilterData } from '@/utils/links/page-filter';
import type { PageRead } from '@/utils/links/page-targets';
import type { PageInterstitial, Platform, Verdict } from '@/utils/platforms/schema';
import { MAX_HREF_LENGTH } from '@/utils/url';

/**
 * The wire protocol between the content scripts, the background and the extension's pages: every
 * message type with its request and its reply, and the limits both sides keep. It sits below both
 * sides (each imports it, neither imports the other) and carries no code that checks: the background
 * validates every request against these limits (its zod schemas, in `utils/extension/requests.ts`),
 * and the content script checks every answer it applies (it never trusts a reply to cut the page).
 */

/** The limits of the wire, declared once: the senders cut to them, the background refuses beyond them. */
export const limits = {
  /** The longest address sent or stored: the engine's own limit (it refuses longer links). */
  href: MAX_HREF_LENGTH,
  /** The longest page text sent to the engine; longer text nodes are left alone. */
  text: 100_000,
  /** Most texts, and most hrefs, in one `resolve`; most items in one `fixed` report. */
  items: 500,
  /** The longest original text of a reported fix (the popup shows its start). */
  original: 2048,
  /** The longest host name (RFC 1035). */
  host: 253,
  /** The longest platform id. */
  platform: 40,
  /** The longest label (`Taobao share text`, `淘宝分享口令`), made by the background. */
  label: 120,
  /** Most fixes the background keeps per tab (the top frame's own are never crowded out). */
  tabItems: 1000,
} as const;

/** The candidates of one slice of page work: texts that passed the prefilter, hrefs of anchors that may need a direct address. */
export type { ResolveRequest } from '@/utils/links/batch';

/** The engine's link with what it is in the reader's words: the answer for one piece of a page. */
export interface PageLink extends FoundLink {
  /** `Taobao share text`, made once in the background (tooltips, the popup's list). */
  label: string;
  /** The platform's name in the reader's language (`Taobao`): the app to paste a token into. */
  app: string;
}

/** Per text its links, per href its direct link (null: leave the anchor alone). */
export interface ResolveReply {
  texts: PageLink[][];
  hrefs: (PageLink | null)[];
}

/** A fix the page reports: what it was, where it leads, and the label it was shown with. */
export interface FixedLink {
  original: string;
  /** Only http(s) (the background refuses anything else); null for a token that opens nothing. */
  url: string | null;
  kind: LinkKind;
  platform: string | null;
  label: string;
  /** The page's own id of the fix (the ledger's), by which the popup asks the page to act on it. */
  id?: number;
  /** The frame it is in, added by the background for the popup. */
  frame?: number;
}

export type { ClickTrap } from '@/utils/links/click-traps';

/** What a content script may do on its page: the link kinds to unblock (the user's switches), and the marker. */
export interface PagePermit {
  enabled: boolean;
  kinds: LinkKind[];
  marker: boolean;
  filter: PageFilterData;
  /** Where this page keeps the targets of some of its anchors (its host's page-target rules). */
  reads: PageRead[];
  /** How the page traps clicks on links that are already direct (a platform lists its host), else null. */
  trap: ClickTrap | null;
  /**
   * Only on a page that opens outside links through `window.open` (a platform's `windowOpenHosts`):
   * the simple wrappers its page-world guard may take off; empty when Unwall is off there or
   * wrappers are switched off, so the guard leaves every call alone.
   */
  opens?: OpenWrapper[];
  /** Only while Unwall is paused until a time: in how many ms the page asks again. */
  resumeIn?: number;
}

export type { PageRead } from '@/utils/links/page-targets';

/** What a page's scan runs with: the permit's kinds and marker, what it reads beside anchors, its click trap. */
export type PageFeatures = Pick<PagePermit, 'kinds' | 'marker'> & Partial<Pick<PagePermit, 'reads' | 'trap'>>;

/**
 * What the scanner needs of the engine: the cheap filters it runs on every node, and a resolver for
 * the few candidates. The resolver may answer at once (tests, benchmarks) or later (the content script
 * asks the background, which holds the rules, so no page carries them).
 */
export interface ScanEngine extends PageFilter {
  resolve(request: ResolveRequest): ResolveReply | Promise<ResolveReply>;
}

export interface InterstitialReply {
  enabled: boolean;
  /** Forward at once: the user's setting, unless this tab has just forwarded from this host too often. */
  skip: boolean;
  /** The target, when the address alone gives it. */
  target: string | null;
  /** Where the page keeps its target, when only the page gives it (weixin110), and its block page's words. */
  page: Pick<
    PageInterstitial,
    'selectors' | 'scriptKeys' | 'attributes' | 'strip' | 'click' | 'warning'
  > | null;
  /** The platform's verdict when the address is its warning page: the page is never forwarded from. */
  verdict: Verdict | null;
  /** The platform's name in both languages, for the bar's words. */
  names: Platform['names'] | null;
}

/** What the background knows of a tab: its page, what was unblocked there, and how many plain addresses were made clickable. */
export interface TabState {
  url: string | null;
  fixed: FixedLink[];
  clickable: number;
}

/** Every message: its request (without `type`) and its reply (`void`: no answer is sent). */
export interface Protocol {
  /** A content script starts (or settings changed): may it run on this host, and how? */
  hello: { request: { host: string }; reply: PagePermit };
  /** A batch of page candidates for the engine. */
  resolve: { request: ResolveRequest; reply: ResolveReply };
  /** An interstitial page asks where it leads. */
  interstitial: { request: { url: string }; reply: InterstitialReply };
  /** The links a frame fixed. */
  fixed: { request: { items: FixedLink[] }; reply: void };
  /** The popup asks what was fixed in a tab (answered to the extension's own pages only). */
  getTab: { request: { tabId: number }; reply: TabState | null };
  /** A frame put these fixes back at the user's request: they leave the tab's list. */
  restored: { request: { ids: number[] }; reply: void };
}

/**
 * What the popup or the context menu asks of one fix in a frame, sent to that frame's content script
 * (not to the background): put it back (`restore`), or give the address the page had there
 * (`original`). The popup names the fix by the page's own id, never by anything read from the page;
 * the menu asks for the fix the user last right-clicked in the frame, and only while its link is
 * still `clicked` (the link's address as the browser's menu names it).
 */
export type MadeRequest = { type: 'made'; action: 'restore' | 'original' } & (
  { id: number } | { clicked: string }
);

/** The frame's answer: whether it put the fix back, or the page's own http(s) address there (else null). */
export interface MadeReply {
  restored: boolean;
  original: string | null;
}

export type MessageType = keyof Protocol;
/** A message as sent: its type and its request's fields. */
export type Message<K extends MessageType = MessageType> = {
  [T in K]: { type: T } & Protocol[T]['request'];
}[K];
export type Reply<K extends MessageType> = Protocol[K]['reply'];
