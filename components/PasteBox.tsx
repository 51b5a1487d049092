import { useState } from 'preact/hooks';
import type { FoundLink } from '@/utils/links';
import { useI18n } from './i18n';
import { LinkActions } from './LinkActions';

export interface PasteBoxProps {
  findLinks: (text: string) => FoundLink[];
  initialText?: string;
  /** On the paste page, where pasting is what the user came for. */
  autoFocus?: boolean;
}

/** The longest text looked at: share texts are short, and a huge paste must not freeze the popup. */
const MAX_PASTE = 20_000;

/** Paste a share text or a blocked link and get the direct links, offline, from the engine itself. */
export function PasteBox({ findLinks, initialText = '', autoFocus = false }: PasteBoxProps) {
  const { t } = useI18n();
  const [text, setText] = useState(initialText);
  const links = text.trim() ? findLinks(text.slice(0, MAX_PASTE)) : [];
  return (
    <section class="card" aria-labelledby="paste-heading">
      <h2 id="paste-heading">{t('pasteHeading')}</h2>
      <textarea
        class="paste"
        rows={3}
        value={text}
        autoFocus={autoFocus}
        aria-labelledby="paste-heading"
        placeholder={t('pastePlaceholder')}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      {text.trim() && links.length === 0 && (
        <p class="muted" role="status">
          {t('pasteNone')}
        </p>
      )}
      {links.length > 0 && (
        <ol class="links" aria-label={t('pasteResults')}>
          {links.map((link) => (
            <li key={link.start} class="link">
              {link.url ? (
                <>
                  {link.title && <span class="link__title">{link.title}</span>}
                  <span class="link__url" title={link.url}>
                    {link.url}
                  </span>
                  <LinkActions url={link.url} />
                </>
              ) : (
                <span class="muted">
                  {link.token} · {t('tokenOnly')}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
