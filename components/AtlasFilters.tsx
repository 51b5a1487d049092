import type { AtlasFilter } from '@/utils/payments/atlas';
import {
  paymentStatusSchema,
  type PaymentMethod,
  type PaymentStatus,
  type SiteKind,
} from '@/utils/payments/schema';
import { useI18n } from './i18n';

export interface AtlasFiltersProps {
  filter: AtlasFilter;
  kinds: readonly SiteKind[];
  methods: readonly PaymentMethod[];
  onChange: (filter: AtlasFilter) => void;
}

interface ChoiceProps<T extends string> {
  id: string;
  label: string;
  value: T | null;
  options: readonly T[];
  name: (option: T) => string;
  onChange: (value: T | null) => void;
}

/** A labelled select whose first option leaves the dimension open. */
function Choice<T extends string>({ id, label, value, options, name, onChange }: ChoiceProps<T>) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(((e.target as HTMLSelectElement).value || null) as T | null)}
      >
        <option value="">{t('atlasAll')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {name(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The atlas's search box and its kind, method and status filters. */
export function AtlasFilters({ filter, kinds, methods, onChange }: AtlasFiltersProps) {
  const { t } = useI18n();
  return (
    <form class="atlas-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <div class="field atlas-filters__search">
        <label for="atlas-search">{t('atlasSearch')}</label>
        <input
          id="atlas-search"
          type="search"
          value={filter.query}
          placeholder={t('atlasSearchHint')}
          onInput={(e) => onChange({ ...filter, query: (e.target as HTMLInputElement).value })}
        />
      </div>
      <Choice<SiteKind>
        id="atlas-kind"
        label={t('atlasKind')}
        value={filter.kind}
        options={kinds}
        name={(kind) => t(`siteKind_${kind}`)}
        onChange={(kind) => onChange({ ...filter, kind })}
      />
      <Choice<PaymentMethod>
        id="atlas-method"
        label={t('atlasMethod')}
        value={filter.method}
        options={methods}
        name={(method) => t(`method_${method}`)}
        onChange={(method) => onChange({ ...filter, method })}
      />
      <Choice<PaymentStatus>
        id="atlas-status"
        label={t('atlasStatus')}
        value={filter.status}
        options={paymentStatusSchema.options}
        name={(status) => t(`status_${status}`)}
        onChange={(status) => onChange({ ...filter, status })}
      />
    </form>
  );
}
