import { useState } from 'preact/hooks';
import type { PaymentSite } from '@/utils/payments/schema';
import { searchSites } from '@/utils/payments/site-for-url';
import { useI18n } from './i18n';
import { PaymentList } from './PaymentList';
import { pickText } from '@/utils/i18n/pick-text';

export interface SiteSearchProps {
  sites: readonly PaymentSite[];
  today: Date;
}

/** Look up the payment methods of any site Unwall has facts for, by name in either language or by domain. */
export function SiteSearch({ sites, today }: SiteSearchProps) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<PaymentSite | null>(null);
  // Names as a Traditional reader sees them find the site too (淘寶 as well as 淘宝).
  const results = searchSites(sites, query, (names) => [pickText(names, 'zh-Hant')]).slice(0, 8);
  return (
    <div class="search">
      <label class="field">
        <span>{t('searchLabel')}</span>
        <input
          type="search"
          value={query}
          placeholder={t('searchPlaceholder')}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setChosen(null);
          }}
        />
      </label>
      {query.trim() && !chosen && results.length === 0 && <p class="muted">{t('searchEmpty')}</p>}
      {!chosen && results.length > 0 && (
        <ul class="chips" aria-label={t('searchResults')}>
          {results.map((site) => (
            <li key={site.id}>
              <button type="button" class="chip" onClick={() => setChosen(site)}>
                {pickText(site.names, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen && (
        <section aria-label={pickText(chosen.names, lang)}>
          <h3 class="site__name">{pickText(chosen.names, lang)}</h3>
          <PaymentList claims={chosen.claims} today={today} />
        </section>
      )}
    </div>
  );
}
