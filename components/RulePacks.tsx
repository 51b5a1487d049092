import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

export interface PackSummary {
  /** `file`, or the host it was downloaded from. */
  from: string;
  /** When it was taken in (ISO). */
  at: string;
  generated: string;
  entries: number;
}

export interface RulePacksProps {
  current: PackSummary | null;
  /** Checks and takes in a pack file; resolves to the lines that say why it was refused, or []. */
  importFile: (file: File) => Promise<string[]>;
  remove: () => void;
  /** The subscription's part, shown under the import. */
  children?: ComponentChildren;
}

/**
 * Rule packs: import one from a file (all its examples must pass), see the one in use and where it came
 * from, remove it; the subscription's part below.
 */
export function RulePacks({ current, importFile, remove, children }: RulePacksProps) {
  const { t, locale } = useI18n();
  const [problems, setProblems] = useState<string[]>([]);
  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const upload = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) setProblems(await importFile(file));
  };
  return (
    <section class="card" aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('packsHeading')}</h2>
      <p class="muted">{t('packsIntro')}</p>
      {current ? (
        <p class="pack-current" role="status">
          {current.from === 'file'
            ? t('packsCurrentFile', [String(current.entries), when(current.generated), when(current.at)])
            : t('packsCurrent', [
                String(current.entries),
                current.from,
                when(current.generated),
                when(current.at),
              ])}{' '}
          <button type="button" class="button" onClick={remove}>
            {t('packsRemove')}
          </button>
        </p>
      ) : (
        <p class="muted">{t('packsNone')}</p>
      )}
      <label class="button">
        {t('packsImport')}
        <input class="visually-hidden" type="file" accept="application/json,.json" onChange={upload} />
      </label>
      {problems.length > 0 && (
        <div class="error" role="alert">
          <p>{t('packsRefused')}</p>
          {problems.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      {children}
    </section>
  );
}
