import { useState } from 'preact/hooks';
import { isSiteDisabled } from '@/utils/settings/schema';
import { registrableDomain, scopeOf, siblingDomains, type SiteScope } from '@/utils/settings/site-scope';
import { useI18n } from './i18n';
import { Switch } from './Switch';

export interface SiteSwitchProps {
  host: string;
  /** The stored entries where Unwall is off. */
  disabled: readonly string[];
  /** Asks for Unwall to be off with that scope, or on: the parent replaces whatever covers the host. */
  onChange: (off: boolean, scope: SiteScope) => void;
}

/**
 * The per-site switch: the whole site by default (its registrable domain and the domains its platform
 * lists beside it), or only the tab's host. Changing the scope of a switched-off site moves the switch.
 */
export function SiteSwitch({ host, disabled, onChange }: SiteSwitchProps) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<SiteScope>('site');
  const off = isSiteDisabled(disabled, host);
  const site = registrableDomain(host);
  // Switched off, the stored entry says which scope it has; switched on, the user's choice for the next time.
  const scope = site === null ? 'host' : off ? scopeOf(disabled, host) : choice;
  const also = site && scope === 'site' ? siblingDomains(site).filter((d) => d !== site) : [];
  const pick = (onlyHost: boolean) => {
    const next = onlyHost ? 'host' : 'site';
    setChoice(next);
    if (off) onChange(true, next);
  };
  return (
    <section class="card">
      <Switch
        label={t('siteSwitch', scope === 'host' ? host : site!)}
        description={also.length > 0 ? t('siteAlso', also.join(', ')) : undefined}
        checked={!off}
        onChange={(on) => onChange(!on, scope)}
      />
      {site !== null && site !== host && (
        <label class="check">
          <input type="checkbox" checked={scope === 'host'} onChange={(e) => pick(e.currentTarget.checked)} />
          {t('siteOnlyHost', host)}
        </label>
      )}
    </section>
  );
}
