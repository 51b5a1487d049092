import { FixActions, type FixHandlers, type FixRow } from './FixActions';
import { countText, useI18n } from './i18n';
import { LinkActions } from './LinkActions';

export interface FixedLinksProps {
  /** The links Unwall unblocked. */
  items: readonly FixRow[];
  /** Plain addresses made clickable: nothing blocked them, so they are only counted, apart. */
  clickable: number;
  /** Undo for one fix, asked of the page (none: the rows offer no undo). */
  handlers?: FixHandlers;
}

/**
 * What Unwall unblocked on this page: the count, then each original → direct link with Open and Copy,
 * and the undo of that one fix (open the original, restore, copy the text as written); below, apart,
 * how many plain addresses it only made clickable.
 */
export function FixedLinks({ items, clickable, handlers }: FixedLinksProps) {
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
              {handlers && item.id !== undefined && <FixActions item={item} handlers={handlers} />}
            </li>
          ))}
        </ol>
      )}
      {clickable > 0 && <p class="muted clickable">{countText(i18n, 'clickableCount', clickable)}</p>}
    </section>
  );
}
