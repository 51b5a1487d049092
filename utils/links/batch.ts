import type { Engine } from './engine';
import type { FoundLink } from './find-links';

/** The candidates of one slice of page work: texts that passed the prefilter, hrefs of anchors that may need a direct address. */
export interface ResolveRequest {
  texts: string[];
  hrefs: string[];
}

/**
 * Runs the engine over a page's candidates: per text its links, per href its direct address.
 * @example resolveBatch(engine, { texts: ['【京东】https://3.cn/2odH-z1a'], hrefs: [] }).texts[0]?.[0]?.url // 'https://3.cn/2odH-z1a'
 */
export function resolveBatch(
  engine: Engine,
  request: ResolveRequest,
): { texts: FoundLink[][]; hrefs: (string | null)[] } {
  return {
    texts: request.texts.map((text) => engine.findLinks(text)),
    hrefs: request.hrefs.map((href) => engine.toDirectUrl(href)),
  };
}

/** A batch worked through one candidate per step, so that the caller can stop between candidates. */
export interface BatchJob<L = FoundLink> {
  /** Characters of the batch (texts and hrefs). */
  size: number;
  /** Resolves the next text or href; true when all are done. */
  step(): boolean;
  result(): { texts: L[][]; hrefs: (string | null)[] };
}

/**
 * `resolveBatch` one candidate at a time, over an engine whose found links may carry more (a label).
 * Texts longer than `maxTextLength` get no links and cost nothing: one text is one step, and no
 * step may take longer than the caller can wait.
 * @example
 * const job = batchJob(engine, { texts: ['https://a.cn/'], hrefs: [] }, 1000);
 * while (!job.step());
 * job.result().texts[0]?.[0]?.url // 'https://a.cn/'
 */
export function batchJob<L = FoundLink>(
  engine: { findLinks(text: string): L[]; toDirectUrl: Engine['toDirectUrl'] },
  request: ResolveRequest,
  maxTextLength: number,
): BatchJob<L> {
  const texts: L[][] = [];
  const hrefs: (string | null)[] = [];
  const chars = (list: string[]) => list.reduce((sum, s) => sum + s.length, 0);
  return {
    size: chars(request.texts) + chars(request.hrefs),
    step() {
      if (texts.length < request.texts.length) {
        const text = request.texts[texts.length]!;
        texts.push(text.length > maxTextLength ? [] : engine.findLinks(text));
      } else if (hrefs.length < request.hrefs.length) {
        hrefs.push(engine.toDirectUrl(request.hrefs[hrefs.length]!));
      }
      return texts.length === request.texts.length && hrefs.length === request.hrefs.length;
    },
    result: () => ({ texts, hrefs }),
  };
}
