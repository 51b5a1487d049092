import { useState } from 'preact/hooks';
import { atlasMethods, claimOf, filterSites, openFilter, type AtlasFilter } from '@/utils/payments/atlas';
import { siteKinds, type PaymentSite } from '@/utils/payments/schema';
import { AtlasFilters } from './AtlasFilters';
import { AtlasGrid, type AtlasCellId } from './AtlasGrid';
import { AtlasLegend } from './AtlasLegend';
import { ClaimDetails } from './ClaimDetails';
import { useI18n } from './i18n';

export interface PaymentAtlasProps {
  sites: readonly PaymentSite[];
  /** The day a claim's age is counted to. */
  today: Date;
}

const detailsId = 'atlas-claim';

function chosenClaim(sites: readonly PaymentSite[], cell: AtlasCellId | null) {
  const site = cell && sites.find((s) => s.id === cell.site);
  const claim = site && claimOf(site, cell.method);
  return site && claim ? { site, claim } : null;
}

/**
 * Every site's payment facts as one grid, to filter and search; the chosen cell's claim in full
 * below it. Says so plainly when the dataset holds no site.
 */
export function PaymentAtlas({ sites, today }: PaymentAtlasProps) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<AtlasFilter>(openFilter);
  const [selected, setSelected] = useState<AtlasCellId | null>(null);
  if (sites.length === 0)
    return (
      <p class="notice atlas-empty" role="status">
        {t('atlasEmpty')}
      </p>
    );
  const methods = atlasMethods(sites);
  const kinds = siteKinds.filter((kind) => sites.some((site) => site.kind === kind));
  const shown = filterSites(sites, filter);
  return (
    <section class="atlas" aria-label={t('atlasTitle')}>
      <AtlasFilters filter={filter} kinds={kinds} methods={methods} onChange={setFilter} />
      <p class="muted atlas-count" role="status">
        {t('atlasCount', [String(shown.length), String(sites.length)])}
      </p>
      <AtlasLegend />
      {shown.length > 0 ? (
        <AtlasGrid
          sites={shown}
          methods={methods}
          today={today}
          selected={selected}
          onSelect={setSelected}
          detailsId={detailsId}
        />
      ) : (
        <p class="notice atlas-none">{t('atlasNoMatch')}</p>
      )}
      <ClaimDetails id={detailsId} chosen={chosenClaim(sites, selected)} today={today} />
    </section>
  );
}
