import { useState } from 'preact/hooks';
import type { FixedLink } from '@/utils/protocol';
import { isHttpHref } from '@/utils/url';
import { CopyButton } from './CopyButton';
import { useI18n } from './i18n';

/** One row of the popup's list: what was fixed, and the page's id of it (its frame's). */
export type FixRow = Pick<FixedLink, 'label' | 'original' | 'url' | 'id' | 'frame'>;

/** What the popup can ask the page about one fix (the page answers for its own elements only). */
export interface FixHandlers {
  /** Puts the fix back in the page; false when the page no longer has it as Unwall made it. */
  restore: (item: FixRow) => Promise<boolean>;
  /** Opens the address the page had there, once, in a new tab; false when there is none to open. */
  openOriginal: (item: FixRow) => Promise<boolean>;
}

export interface FixActionsProps {
  item: FixRow;
  handlers: FixHandlers;
}

/**
 * The undo row of one fix: open the page's own address (only where it was an http(s) address),
 * put this one link back as the page had it, and copy the share text or 口令 exactly as written.
 */
export function FixActions({ item, handlers }: FixActionsProps) {
  const { t } = useI18n();
  const [failed, setFailed] = useState<'restore' | 'original' | null>(null);
  const run = (action: 'restore' | 'original') => {
    const work = action === 'restore' ? handlers.restore(item) : handlers.openOriginal(item);
    void work.then((done) => setFailed(done ? null : action));
  };
  return (
    <span class="actions actions--undo">
      {isHttpHref(item.original) && (
        <button
          type="button"
          class="button"
          onClick={() => run('original')}
          aria-label={t('openOriginalLabel', item.original)}
        >
          {t('actionOpenOriginal')}
        </button>
      )}
      <button
        type="button"
        class="button"
        onClick={() => run('restore')}
        aria-label={t('restoreLabel', item.label)}
      >
        {t('actionRestore')}
      </button>
      {item.original !== item.url && (
        <CopyButton text={item.original} label={t('copyTextLabel', item.label)} />
      )}
      {failed && (
        <span class="muted" role="status">
          {t(failed === 'restore' ? 'restoreFailed' : 'openOriginalFailed')}
        </span>
      )}
    </span>
  );
}
