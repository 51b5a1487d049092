import { limits, type ResolveReply, type ResolveRequest } from '@/utils/protocol';

/** A batch this large is sent before the slice ends: half what one message may carry. */
export const MAX_BATCH_ITEMS = limits.items / 2;

/** What one request to the engine carried, kept to apply its answer to the same nodes. */
export interface Batch {
  nodes: Text[];
  texts: string[];
  chars: number;
  anchors: HTMLAnchorElement[];
  /** Per anchor its href attribute as written, and as the browser resolved it (what the engine gets). */
  attributes: string[];
  hrefs: string[];
  /** Per anchor the value its page keeps beside it for a page-target rule, or null. */
  reads: (string | null)[];
}

/** How many batches may await an answer at once before the walk pauses. */
export const MAX_IN_FLIGHT = 2;
/** A batch with this much text is sent before the slice ends, like one with MAX_BATCH_ITEMS items. */
const MAX_BATCH_CHARS = 1_000_000;

function newBatch(): Batch {
  return { nodes: [], texts: [], chars: 0, anchors: [], attributes: [], hrefs: [], reads: [] };
}

function isFull(batch: Batch): boolean {
  return (
    batch.nodes.length >= MAX_BATCH_ITEMS ||
    batch.anchors.length >= MAX_BATCH_ITEMS ||
    batch.chars >= MAX_BATCH_CHARS
  );
}

export interface BatcherOptions {
  resolve: (request: ResolveRequest) => ResolveReply | Promise<ResolveReply>;
  /** An answer to a batch sent since the last reset (answers to older ones are dropped). */
  answer: (sent: Batch, reply: ResolveReply) => void;
  /** An answer that came later was applied, or failed: no longer awaited. */
  settled: () => void;
}

/**
 * Gathers candidates into batches for the engine and keeps count of the answers awaited. A reset
 * (the scanner stopped) starts a new generation: answers to batches sent before it are dropped.
 */
export function createBatcher({ resolve, answer, settled }: BatcherOptions) {
  let batch = newBatch();
  let inFlight = 0;
  let generation = 0;

  const deliver = (sent: Batch, reply: ResolveReply, sentIn: number) => {
    if (sentIn === generation) answer(sent, reply);
  };
  /** Sends the collected candidates to the engine; a synchronous answer is applied at once. */
  const dispatch = () => {
    if (!batch.nodes.length && !batch.anchors.length) return;
    const sent = batch;
    const sentIn = generation;
    batch = newBatch();
    let reply: ResolveReply | Promise<ResolveReply>;
    try {
      // Reads go only when some anchor has one: most pages have no page-target rule.
      const reads = sent.reads.some((r) => r !== null) ? { reads: sent.reads } : {};
      reply = resolve({ texts: sent.texts, hrefs: sent.hrefs, ...reads });
    } catch {
      return;
    }
    if (!('then' in reply)) return deliver(sent, reply, sentIn);
    inFlight++;
    reply
      .then((answered) => deliver(sent, answered, sentIn))
      .catch(() => {})
      .finally(() => {
        inFlight--;
        settled();
      });
  };

  return {
    addText(node: Text, text: string): void {
      batch.nodes.push(node);
      batch.texts.push(text);
      batch.chars += text.length;
      if (isFull(batch)) dispatch();
    },
    /** `attribute`: the href as written; `href`: as the browser resolved it; `read`: a page-target value. */
    addAnchor(a: HTMLAnchorElement, attribute: string, href: string, read: string | null = null): void {
      batch.anchors.push(a);
      batch.attributes.push(attribute);
      batch.hrefs.push(href);
      batch.reads.push(read);
      if (read !== null) batch.chars += read.length;
      if (isFull(batch)) dispatch();
    },
    dispatch,
    isAwaiting(): boolean {
      return inFlight > 0;
    },
    isBusy(): boolean {
      return inFlight >= MAX_IN_FLIGHT;
    },
    /** Drops what was gathered, and the answers to what was sent. */
    reset(): void {
      batch = newBatch();
      generation++;
    },
  };
}

export type Batcher = ReturnType<typeof createBatcher>;
