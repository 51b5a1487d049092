import { rewriteAnchor } from './anchors';
import { allowedBy, hasHrefAsSent, isKindOfHref, linksToApply, pointsAsSent } from './answer-checks';
import type { Batch } from './batcher';
import type { FixedLink, PageFeatures, PageLink, ResolveReply } from '@/utils/protocol';
import type { Ledger } from './ledger';
import { linkifyTextNode } from './linkify';
import { DARK_TEAL, markColorFor, type Backgrounds } from './mark-color';
import type { TargetReader } from './page-reads';
import { writtenTexts } from './written';

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
  /** The colour of Unwall's mark on an element (read from the page's computed colours by default). */
  color?: (el: Element, known: Backgrounds) => string;
}

/** The fix as the page reports it: the engine's link, with its label, for what the page wrote (a share text whole), and the ledger's id of it. */
function reported(link: PageLink, original: string, id: number): FixedLink {
  return { original, url: link.url, kind: link.kind, platform: link.platform, label: link.label, id };
}

/**
 * The mark's colour for each element a batch may mark (the text's parent, the anchor), all read
 * before the batch changes the page: reads between writes would make the browser restyle the page
 * once per link. Each background is read once per batch (the page's colours may change between batches).
 */
function colorsFor(
  sent: Batch,
  reply: ResolveReply,
  colorOf: (el: Element, known: Backgrounds) => string,
): (el: Element) => string {
  const known: Backgrounds = new Map();
  const colors = new Map<Element, string>();
  const read = (el: Element | null) => el && !colors.has(el) && colors.set(el, colorOf(el, known));
  sent.nodes.forEach((node, i) => reply.texts[i]?.length && read(node.parentElement));
  sent.anchors.forEach((a, i) => reply.hrefs[i] && read(a));
  return (el) => colors.get(el) ?? DARK_TEAL;
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
  let color: (el: Element) => string = () => DARK_TEAL;

  const applyText = (node: Text, text: string, links: readonly PageLink[], features: PageFeatures) => {
    const allowed = linksToApply(node, text, links, features);
    if (!allowed.length) return;
    const linked = linkifyTextNode(node, allowed, {
      describe: options.describe,
      copied: options.describeCopied,
      marker: features.marker,
      color,
    });
    const ids = ledger.addText(linked);
    options.linked(node, linked.pieces);
    const written = writtenTexts(text, allowed);
    allowed.forEach((l, i) => fixed.push(reported(l, written[i]!, ids[i]!)));
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
    const mark = features.marker ? color(a) : null;
    const made = rewriteAnchor(a, link.kind, link.url, options.describeAnchor(link, href), mark);
    if (!made) return;
    fixed.push(reported(link, href, ledger.addAnchor(a, made, attribute)));
  };

  /** One node the page made throw (a mutation event handler moving it mid-split) costs only itself. */
  const applyAll = (sent: Batch, reply: ResolveReply, features: PageFeatures, read: TargetReader) => {
    if (features.marker) color = colorsFor(sent, reply, options.color ?? markColorFor);
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
