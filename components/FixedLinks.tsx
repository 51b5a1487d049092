import { countText, useI18n } from './i18n';
import { LinkActions } from './LinkActions';

export interface FixedLinkItem {
  /** What it was, in words: `Taobao share text`. */
  label: string;
  original: string;
  url: string | null;
}

export interface FixedLinksProps {
  items: readonly FixedLinkItem[];
}

/** What Unwall changed on this page: the count, then each original → direct link with Open and Copy. */
export function FixedLinks({ items }: FixedLinksProps) {
  const i18n = useI18n();
  return (
    <section class="card" aria-labelledby="fixed-heading">
      <h2 id="fixed-heading">{i18n.t('fixedHeading')}</h2>
      <p class="muted" role="status">
        {items.length ? countText(i18n, 'fixedCount', items.length) : i18n.t('fixedNone')}
      </p>
      {items.length > 0 && (
        <ol class="links">
          {items.map((item, index) => (
            <li key={index} class="link">
              <span class="link__title">{item.label}</span>
              {item.original !== item.url && (
                <span class="link__original" title={item.original}>
                  {item.original}
                </span>
              )}
              {item.url ? (
                <>
                  <span class="link__arrow" aria-hidden="true">
                    →
                  </span>
                  <span class="link__url" title={item.url}>
                    {item.url}
                  </span>
                  <LinkActions url={item.url} />
                </>
              ) : (
                <span class="muted">{i18n.t('tokenOnly')}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
