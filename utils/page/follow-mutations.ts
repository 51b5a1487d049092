import type { Ledger, TextChange } from './ledger';
import type { PageWork } from './page-work';
import { HREF_ATTR, TOKEN_ATTR, UNWALL_ATTR } from './style';

export interface FollowOptions {
  doc: Document;
  signal: AbortSignal;
  ledger: Ledger;
  /** Where the nodes the page added or changed go, to be read (again). */
  tasks: Pick<PageWork, 'add' | 'moveWalks' | 'drop'>;
  /** The page changed an attribute a page-target rule reads (see `follow`) on this element. */
  readChanged?: (el: Element) => void;
}

/** The attributes that say where a link goes. */
const LINK_ATTRIBUTES = ['href', HREF_ATTR, TOKEN_ATTR, UNWALL_ATTR];

/** What the page may change: its tree, its texts, the attributes that say where a link goes, and `read`. */
const observed = (read: readonly string[]): MutationObserverInit => ({
  childList: true,
  subtree: true,
  characterData: true,
  // Tells a page cutting its text short (a split) from a page writing a new text.
  characterDataOldValue: true,
  attributes: true,
  attributeFilter: [...LINK_ATTRIBUTES, ...read],
});

/** How the page changed a text node: a text cut short (a split) is told from a new text written into it. */
export function characterChange(record: MutationRecord): TextChange {
  const now = (record.target as Text).data;
  const old = record.oldValue;
  return old !== null && now.length < old.length && old.startsWith(now) ? 'cut' : 'wrote';
}

/** How the page changed a text node it took out of `record`'s parent: moved, replaced or removed. */
function removalChange(node: Node, record: MutationRecord): TextChange {
  return node.isConnected ? 'moved' : record.addedNodes.length ? 'replaced' : 'removed';
}

/**
 * Follows the page with a MutationObserver: added nodes and changed texts and hrefs go to the work
 * queue, and the page's changes to what Unwall made go to the ledger (the page's own update wins).
 */
export function followMutations({ doc, signal, ledger, tasks, readChanged }: FollowOptions) {
  /** The attributes the page's page-target rules read, beside the link attributes. */
  let read: readonly string[] = [];
  /** The page changed a text node Unwall linked: walks standing on its pieces go on from the node. */
  const textChanged = (node: Node, change: TextChange) => {
    const pieces = ledger.piecesOf(node);
    if (!pieces.length) return;
    tasks.moveWalks(pieces, node);
    ledger.pageChangedText(node, change);
  };
  const handleOne = (record: MutationRecord) => {
    if (record.type === 'childList') {
      // A page text node Unwall linked and the page moved, replaced or took out (see `TextChange`).
      record.removedNodes.forEach((node) => textChanged(node, removalChange(node, record)));
      record.addedNodes.forEach((node) => tasks.add(node));
      return;
    }
    // The page's own update wins: a text node it writes to loses Unwall's pieces and is read
    // again, and an element it changed is its own again (the ledger drops it) and a new candidate.
    if (record.type === 'characterData') {
      ledger.release(record.target);
      textChanged(record.target, characterChange(record));
    } else if (!LINK_ATTRIBUTES.includes(record.attributeName ?? '')) {
      // A target the page keeps beside its anchors changed: the anchors read from it are read again.
      return readChanged?.(record.target as Element);
    } else if (!ledger.intact(record.target as Element)) ledger.release(record.target);
    tasks.add(record.target);
  };
  const handle = (records: MutationRecord[]) => {
    if (signal.aborted) return stop();
    for (const record of records) handleOne(record);
  };
  const observer = new MutationObserver(handle);
  const follow = () => doc.documentElement && observer.observe(doc.documentElement, observed(read));
  /** Stops following for good (the context went away) or until the next start: no work is left. */
  function stop(): void {
    observer.disconnect();
    tasks.drop();
  }
  signal.addEventListener('abort', stop);

  return {
    /** Follows the page; with `reads`, also the attributes that page-target rules read from then on. */
    follow(reads?: readonly string[]): void {
      if (reads) read = reads;
      follow();
    },
    stop,
    /** Handles what the page changed so far and stops following (until `follow`). */
    pause(): void {
      const pending = observer.takeRecords();
      observer.disconnect();
      handle(pending);
    },
    /**
     * Makes Unwall's own changes unseen: they are not the page's, so they cost no mutation records and
     * no second look. What the page changed before is taken first and handled after.
     */
    quietly(change: () => void): void {
      const pending = observer.takeRecords();
      observer.disconnect();
      try {
        change();
      } finally {
        follow();
        handle(pending);
      }
    },
  };
}
