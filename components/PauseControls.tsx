import type { PauseLength } from '@/utils/settings/pause';
import { useI18n } from './i18n';

export interface PauseControlsProps {
  /** The end of the pause in force (a time or `restart`), or null when Unwall is not paused. */
  until: number | 'restart' | null;
  onPause: (length: PauseLength) => void;
  onResume: () => void;
}

const LENGTHS: readonly PauseLength[] = ['10m', '1h', 'restart'];

/** Pause Unwall on every site for a while, or resume: while paused no page is changed. */
export function PauseControls({ until, onPause, onResume }: PauseControlsProps) {
  const { t, locale } = useI18n();
  const end =
    until === 'restart'
      ? t('pausedUntilRestart')
      : until !== null &&
        t('pausedUntil', new Date(until).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }));
  return (
    <section class="card" aria-labelledby="pause-heading">
      <h2 id="pause-heading">{t('pauseHeading')}</h2>
      {end ? (
        <>
          <p role="status">{end}</p>
          <button type="button" class="button button--primary" onClick={onResume}>
            {t('pauseResume')}
          </button>
        </>
      ) : (
        <div class="button-row" role="group" aria-labelledby="pause-heading">
          {LENGTHS.map((length) => (
            <button key={length} type="button" class="button" onClick={() => onPause(length)}>
              {t(`pause_${length}`)}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
