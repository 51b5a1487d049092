import type { TimelineEvent } from '@/utils/payments/timeline';
import { formatFactDate } from './fact-date';
import { useI18n } from './i18n';
import { SourceList } from './SourceList';
import { pickText } from '@/utils/i18n/pick-text';

export interface WallsTimelineProps {
  events: readonly TimelineEvent[];
}

/** The walls coming down, oldest first: each event's date, what happened, and its sources. */
export function WallsTimeline({ events }: WallsTimelineProps) {
  const { t, lang, locale } = useI18n();
  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timelineHeading')}</h2>
      <ol class="timeline__events">
        {events.map((event) => (
          <li key={event.date + event.title.en} class="timeline__event">
            <time class="timeline__date" dateTime={event.date}>
              {formatFactDate(event.date, locale)}
            </time>
            <p class="timeline__title">{pickText(event.title, lang)}</p>
            <SourceList sources={event.sources} />
          </li>
        ))}
      </ol>
    </section>
  );
}
