import { useEffect, useRef, useState } from 'preact/hooks';
import { hasSchemeAndSlashes, hostOfHref } from '@/utils/url';
import { useI18n } from './i18n';

export interface SiteListProps {
  sites: readonly string[];
  onAdd: (site: string) => void;
  onRemove: (site: string) => void;
}

const hostPattern = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** Host name typed or pasted by a person: a full address or a bare host becomes the host. */
function hostFrom(input: string): string | null {
  const text = input.trim().toLowerCase();
  const host = hasSchemeAndSlashes(text) ? hostOfHref(text) : text;
  return host !== null && hostPattern.test(host) ? host : null;
}

/** The sites where Unwall is switched off: each can be switched back on, and a new one added by name. */
export function SiteList({ sites, onAdd, onRemove }: SiteListProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const field = useRef<HTMLInputElement>(null);
  // The row whose button had the focus when it was removed: once the list has changed, the focus
  // goes to the button now in its place (or the last one), or to the add field when none is left.
  const removedAt = useRef<number | null>(null);
  useEffect(() => {
    if (removedAt.current === null) return;
    const buttons = list.current?.querySelectorAll('button') ?? [];
    (buttons[Math.min(removedAt.current, buttons.length - 1)] ?? field.current)?.focus();
    removedAt.current = null;
  }, [sites]);
  const remove = (index: number) => {
    removedAt.current = index;
    onRemove(sites[index]!);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const host = hostFrom(draft);
    setError(host === null);
    if (host === null) return;
    onAdd(host);
    setDraft('');
  };
  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      {sites.length === 0 ? (
        <p class="muted">{t('sitesEmpty')}</p>
      ) : (
        <ul class="rows" ref={list}>
          {sites.map((site, index) => (
            <li key={site} class="row">
              <span>{site}</span>
              <button
                type="button"
                class="button"
                aria-label={t('sitesRemoveLabel', site)}
                onClick={() => remove(index)}
              >
                {t('sitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={submit}>
        <label class="field">
          <span>{t('sitesAddLabel')}</span>
          <input
            ref={field}
            value={draft}
            placeholder="example.com"
            aria-invalid={error}
            aria-describedby={error ? 'sites-error' : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button">
          {t('sitesAdd')}
        </button>
      </form>
      {error && (
        <p id="sites-error" class="error" role="alert">
          {t('sitesInvalid')}
        </p>
      )}
    </section>
  );
}
