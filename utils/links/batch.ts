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
