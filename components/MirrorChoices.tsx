import type { MirrorChoice, MirrorOption } from '@/utils/links/mirrors';
import { useI18n } from './i18n';
import { pickText } from '@/utils/i18n/pick-text';

export interface MirrorChoicesProps {
  options: readonly MirrorOption[];
  chosen: MirrorChoice;
  /** A platform's pick: one of its mirrors, or null for its main host. */
  onChange: (platform: string, host: string | null) => void;
}

/**
 * For each platform whose pages another site serves too (Xiaohongshu on RedNote), the site its
 * links open on.
 */
export function MirrorChoices({ options, chosen, onChange }: MirrorChoicesProps) {
  const { t, lang } = useI18n();
  if (options.length === 0) return null;
  return (
    <section class="card" aria-labelledby="mirrors-heading">
      <h2 id="mirrors-heading">{t('mirrorsHeading')}</h2>
      <p class="muted">{t('mirrorsIntro')}</p>
      {options.map(({ platform, main, hosts }) => (
        <label key={platform.id} class="field">
          <span>{t('mirrorLabel', pickText(platform.names, lang))}</span>
          <select
            value={chosen[platform.id] ?? main}
            onChange={(e) => {
              const host = e.currentTarget.value;
              onChange(platform.id, host === main ? null : host);
            }}
          >
            <option value={main}>{t('mirrorMain', [pickText(platform.names, lang), main])}</option>
            {hosts.map(({ host, names }) => (
              <option key={host} value={host}>
                {t('mirrorOption', [pickText(names, lang), host])}
              </option>
            ))}
          </select>
        </label>
      ))}
    </section>
  );
}
