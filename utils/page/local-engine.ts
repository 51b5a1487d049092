import { resolveBatch } from '@/utils/links/batch';
import type { Engine } from '@/utils/links/engine';
import type { PageFilter } from '@/utils/links/page-filter';
import type { ScanEngine } from './scanner';

/**
 * A scan engine that answers at once, in the page itself (tests and benchmarks: the same scanner,
 * with the rules in the page instead of in the background).
 */
export function localScanEngine(engine: Engine & PageFilter): ScanEngine {
  return {
    mayContainLinks: engine.mayContainLinks,
    mayNeedDirectUrl: engine.mayNeedDirectUrl,
    resolve: (request) => resolveBatch(engine, request),
  };
}
