import { onPage, resolveBatch, withLabels } from '@/utils/links/batch';
import type { Engine } from '@/utils/links/engine';
import type { FoundLink } from '@/utils/links/find-links';
import type { PageFilter } from '@/utils/links/page-filter';
import type { PageLink, ScanEngine } from '@/utils/protocol';

/**
 * A scan engine that answers at once, in the page itself (tests and benchmarks: the same scanner,
 * with the rules in the page instead of in the background). `label` stands for the background's
 * words (`Taobao share text`); by default the link's kind. `pageHost` stands for the sender's host
 * the background knows (for page-target rules); `app` the app's name a copied token's note names.
 */
export function localScanEngine(
  engine: Engine & PageFilter,
  label: (link: FoundLink) => string = (link) => link.kind,
  pageHost: string | null = null,
  app: (link: FoundLink) => string = (link) => link.platform ?? '',
): ScanEngine {
  const labelled = (link: FoundLink): PageLink => ({ ...link, label: label(link), app: app(link) });
  return {
    mayContainLinks: engine.mayContainLinks,
    mayNeedDirectUrl: engine.mayNeedDirectUrl,
    resolve: (request) => resolveBatch(withLabels(onPage(engine, pageHost), labelled), request),
  };
}
