import { rewriteAnchor, type AnchorFix } from './anchors';
import { hasHrefAsSent, linksToApply, pointsAsSent } from './answer-checks';
import type { Batch } from './batcher';
import type { Fixed, PageFeatures, PageLink, ResolveReply } from './contract';
import type { Ledger } from './ledger';
import { linkifyTextNode } from './linkify';

export interface ApplyOptions {
  ledger: Ledger;
  describe: (link: PageLink) => string;
  describeCopied?: (link: PageLink) => string;
  describeAnchor: (fix: AnchorFix) => string;
  /** A text node was replaced by its linked pieces: walks standing on it go on from the last. */
  linked: (node: Text, pieces: readonly Node[]) => void;
  /** Makes the changes unseen by the mutation follower (they are Unwall's, not the page's). */
  quietly: (change: () => void) => void;
  /** Called after each batch with what it fixed. */
  onFixed: (fixed: Fixed[]) => void;
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
  let fixed: Fixed[] = [];

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
    for (const l of allowed)
      fixed.push({ original: l.original, url: l.url, kind: l.kind, platform: l.platform });
  };

  /** `attribute`: the anchor's href attribute when it was collected; `href`: as the browser resolved it. */
  const applyAnchor = (a: HTMLAnchorElement, attribute: string, href: string, url: string | null) => {
    if (!url || !hasHrefAsSent(a, attribute) || ledger.intact(a)) return;
    if (!pointsAsSent(a, attribute, href)) return;
    const done = rewriteAnchor(a, href, url, options.describeAnchor);
    if (!done) return;
    ledger.addAnchor(a, done.made, attribute);
    fixed.push({ ...done.fix, platform: null });
  };

  /** One node the page made throw (a mutation event handler moving it mid-split) costs only itself. */
  const applyAll = (sent: Batch, reply: ResolveReply, features: PageFeatures) => {
    sent.nodes.forEach((node, i) =>
      attempt(() => applyText(node, sent.texts[i]!, reply.texts[i] ?? [], features)),
    );
    sent.anchors.forEach((a, i) =>
      attempt(() => applyAnchor(a, sent.attributes[i]!, sent.hrefs[i]!, reply.hrefs[i] ?? null)),
    );
  };

  /** Applies the answer to one batch; what it fixed (and any fixes left unreported before) is reported. */
  return (sent: Batch, reply: ResolveReply, features: PageFeatures): void => {
    options.quietly(() => applyAll(sent, reply, features));
    if (!fixed.length) return;
    options.onFixed(fixed);
    fixed = [];
  };
}
