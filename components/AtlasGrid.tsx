import { claimOf } from '@/utils/payments/atlas';
import type { PaymentMethod, PaymentSite } from '@/utils/payments/schema';
import { claimStatusText, isShownReported } from './claim-status';
import { useI18n } from './i18n';
import { PaymentIcon } from './PaymentIcon';
import { StatusIcon } from './StatusIcon';
import { pickText } from '@/utils/i18n/pick-text';

/** One cell of the grid: which site, which method. */
export interface AtlasCellId {
  site: string;
  method: PaymentMethod;
}

export interface AtlasGridProps {
  sites: readonly PaymentSite[];
  methods: readonly PaymentMethod[];
  /** The day a claim's age is counted to (old or weakly sourced claims are shown as reported). */
  today: Date;
  selected: AtlasCellId | null;
  onSelect: (cell: AtlasCellId) => void;
  /** The id of the element that shows the chosen cell's claim. */
  detailsId: string;
}

interface CellProps extends Pick<AtlasGridProps, 'today' | 'onSelect' | 'detailsId'> {
  site: PaymentSite;
  method: PaymentMethod;
  selected: boolean;
}

function Cell({ site, method, today, selected, onSelect, detailsId }: CellProps) {
  const { t, lang } = useI18n();
  const claim = claimOf(site, method);
  if (!claim)
    return (
      <td class="atlas-cell atlas-cell--none">
        <span aria-hidden="true">·</span>
        <span class="visually-hidden">{t('atlasNoClaim')}</span>
      </td>
    );
  const reported = isShownReported(claim, today);
  const label = t('atlasCellLabel', [
    t(`method_${method}`),
    pickText(site.names, lang),
    claimStatusText(t, claim, today),
  ]);
  return (
    <td class={`atlas-cell${reported ? ' atlas-cell--reported' : ''}`} data-status={claim.status}>
      <button
        type="button"
        class={`atlas-cell__button status-${reported ? 'reported' : claim.status}`}
        aria-expanded={selected}
        aria-controls={detailsId}
        onClick={() => onSelect({ site: site.id, method })}
      >
        <StatusIcon status={claim.status} size={18} />
        <span class="visually-hidden">{label}</span>
      </button>
    </td>
  );
}

/**
 * Every site against every method any site claims: the status of each claim by shape and colour,
 * with its words for screen readers; a weak or old claim is drawn in a neutral, dashed style. A cell
 * opens its claim in the element `detailsId` names.
 */
export function AtlasGrid({ sites, methods, today, selected, onSelect, detailsId }: AtlasGridProps) {
  const { t, lang } = useI18n();
  return (
    <div class="atlas-scroll" tabIndex={0} role="region" aria-labelledby="atlas-caption">
      <table class="atlas-grid">
        <caption id="atlas-caption">{t('atlasCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" class="atlas-grid__corner">
              {t('atlasSiteColumn')}
            </th>
            {methods.map((method) => (
              <th key={method} scope="col" class="atlas-grid__method">
                <PaymentIcon method={method} size={18} />
                <span>{t(`method_${method}`)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sites.map((site) => (
            <tr key={site.id} data-site={site.id}>
              <th scope="row" class="atlas-grid__site">
                {pickText(site.names, lang)}
              </th>
              {methods.map((method) => (
                <Cell
                  key={method}
                  site={site}
                  method={method}
                  today={today}
                  selected={selected?.site === site.id && selected.method === method}
                  onSelect={onSelect}
                  detailsId={detailsId}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
