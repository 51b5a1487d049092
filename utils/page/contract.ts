import type { FoundLink } from '@/utils/links';
import type { ResolveRequest } from '@/utils/links/batch';
import type { PageFilter } from '@/utils/links/quick-test';

/* What the page layer and the engine exchange, and the limits both sides keep. */

/** A found link as the page gets it, with what it is in words (`Taobao share text`) for its tooltip. */
export interface PageLink extends FoundLink {
  label?: string;
  /** The platform's name in the reader's language (`Taobao`): the app to paste a token into. */
  app?: string;
}

/** Per text its links, per href its direct address (null: leave the anchor alone). */
export interface ResolveReply {
  texts: PageLink[][];
  hrefs: (string | null)[];
}

/**
 * What the scanner needs of the engine: the cheap filters it runs on every node, and a resolver for
 * the few candidates. The resolver may answer at once (tests, benchmarks) or later (the content script
 * asks the background, which holds the rules, so no page carries them).
 */
export interface ScanEngine extends PageFilter {
  resolve(request: ResolveRequest): ResolveReply | Promise<ResolveReply>;
}

export interface PageFeatures {
  shareTexts: boolean;
  wrappers: boolean;
  appLinks: boolean;
  marker: boolean;
}

export interface Fixed {
  original: string;
  url: string | null;
  kind: FoundLink['kind'];
  platform: string | null;
}

/** Text nodes longer than this are left alone: no real share text is that long, and it keeps giant pages cheap. */
export const MAX_TEXT_LENGTH = 100_000;

/** A batch this large is sent before the slice ends, so no message grows past what the background takes. */
export const MAX_BATCH_ITEMS = 250;
/** The longest href sent to the engine (the message schema's limit too). */
export const MAX_HREF_LENGTH = 8192;
