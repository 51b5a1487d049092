import { limits, type ScanEngine } from '@/utils/protocol';
import { partsOfHref } from '@/utils/url';
import type { Batcher } from './batcher';
import type { Ledger } from './ledger';
import type { TargetReader } from './page-reads';
import type { Visitor } from './page-work';
import { isEditable, isSkippedText } from './skip';

export interface CandidateOptions {
  engine: ScanEngine;
  ledger: Ledger;
  batcher: Batcher;
  /** The value this page keeps beside an anchor for a page-target rule (none by default). */
  read?: TargetReader;
}

/**
 * What the walk finds that is worth asking the engine about, for one run of the scanner: text nodes
 * that passed the prefilter outside skipped regions, and anchors whose address may need a direct
 * one. Both go into the batcher; what Unwall made, or gave up on, stays out.
 */
export function candidatesFor({ engine, ledger, batcher, read = () => null }: CandidateOptions): Visitor {
  return {
    mayContainLinks: engine.mayContainLinks,
    busy: batcher.isBusy,
    text(node: Text, text: string): void {
      if (isSkippedText(node) || ledger.isFought(node) || ledger.isDeclined(node)) return;
      batcher.addText(node, text);
    },
    anchor(a: HTMLAnchorElement): void {
      const href = a.getAttribute('href');
      if (!href || ledger.intact(a) || ledger.isDeclined(a)) return;
      // A page that keeps putting its wrapper back is left alone after a few rounds.
      if (ledger.isFoughtHref(a, href)) return;
      // Read once: each read of `a.href` (or `protocol`, `hostname`) parses the address again. Its
      // kind is the engine's to say: an answer of a kind switched off is not applied.
      const url = a.href;
      if (url.length > limits.href) return;
      const { protocol, hostname } = partsOfHref(url);
      const kept = read(a, hostname);
      if ((kept === null && !engine.mayNeedDirectUrl(protocol, hostname, url)) || isEditable(a)) return;
      batcher.addAnchor(a, href, url, kept);
    },
  };
}
