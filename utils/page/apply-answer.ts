import { rewriteAnchor } from './anchors';
import { allowedBy, hasHrefAsSent, isKindOfHref, linksToApply, pointsAsSent } from './answer-checks';
import type { Batch } from './batcher';
import type { FixedLink, PageFeatures, PageLink, ResolveReply } from '@/utils/protocol';
import type { Ledger } from './ledger';
import { linkifyTextNode } from './linkify';
import type { TargetReader } from './page-reads';

export interface ApplyOptions {
  ledger: Ledger;
  describe: (link: PageLink) => string;
  describeCopied?: (link: PageLink) => string;
  describeAnchor: (link: PageLink, original: string) => string;
  /** A text node was replaced by its linked pieces: walks standing on it go on from the last. */
  linked: (node: Text, pieces: readonly Node[]) => void;
  /** Makes the changes unseen by the mutation follower (they are Unwall's, not the page's). */
  quietly: (change: () => void) => void;
  /** Called after each batch with what it fixed. */
  onFixed: (fixed: FixedLink[]) => void;
}

/** The fix as the page reports it: the engine's link, with its label, for what the page showed. */
function reported(link: PageLink, original: string): FixedLink {
  return { original, url: link.url, kind: link.kind, platform: link.platform, label: link.label };
}

function attempt(work: () => void): void {
  try {
    work();
  } catch {
    // Left as the page has it.
  }
}

/**
 * Puts the engine's answers into the page, each only after the fail-closed checks (see
 * answer-checks.ts), records what it made in the ledger, and reports what it fixed.
 */
export function createApplier(options: ApplyOptions) {
  const { ledger } = options;
  let fixed: FixedLink[] = [];

  const applyText = (node: Text, text: string, links: readonly PageLink[], features: PageFeatures) => {
    const allowed = linksToApply(node, text, links, features);
    if (!allowed.length) return;
    const linked = linkifyTextNode(node, allowed, {
      describe: options.describe,
      copied: options.describeCopied,
      marker: features.marker,
    });
    ledger.addText(linked);
    options.linked(node, linked.pieces);
    for (const l of allowed) fixed.push(reported(l, l.original));
  };

  /** `attribute`: the anchor's href attribute when it was collected; `href`: as the browser resolved it. */
  const applyAnchor = (
    sent: Batch,
    i: number,
    link: PageLink | null,
    features: PageFeatures,
    read: TargetReader,
  ) => {
    const [a, attribute, href] = [sent.anchors[i]!, sent.attributes[i]!, sent.hrefs[i]!];
    if (!link?.url || !isKindOfHref(link, href) || !allowedBy(features, link.kind)) return;
    if (!hasHrefAsSent(a, attribute) || ledger.intact(a) || !pointsAsSent(a, attribute, href)) return;
    // A target read from the page stands only while the page still keeps it there.
    if (sent.reads[i] !== null && read(a, a.hostname) !== sent.reads[i]) return;
    const made = rewriteAnchor(a, link.kind, link.url, options.describeAnchor(link, href));
    if (!made) return;
    ledger.addAnchor(a, made, attribute);
    fixed.push(reported(link, href));
  };

  /** One node the page made throw (a mutation event handler moving it mid-split) costs only itself. */
  const applyAll = (sent: Batch, reply: ResolveReply, features: PageFeatures, read: TargetReader) => {
    sent.nodes.forEach((node, i) =>
      attempt(() => applyText(node, sent.texts[i]!, reply.texts[i] ?? [], features)),
    );
    sent.anchors.forEach((_, i) =>
      attempt(() => applyAnchor(sent, i, reply.hrefs[i] ?? null, features, read)),
    );
  };

  /** Applies the answer to one batch; what it fixed (and any fixes left unreported before) is reported. */
  return (
    sent: Batch,
    reply: ResolveReply,
    features: PageFeatures,
    read: TargetReader = () => null,
  ): void => {
    options.quietly(() => applyAll(sent, reply, features, read));
    if (!fixed.length) return;
    options.onFixed(fixed);
    fixed = [];
  };
}
