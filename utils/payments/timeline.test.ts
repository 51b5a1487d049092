import { describe, expect, it } from 'vitest';
import { isHttpHref } from '../url';
import { timelineEventSchema, wallsTimeline } from './timeline';

describe('the timeline of the walls coming down', () => {
  it.each(wallsTimeline.map((event) => [event.date, event] as const))(
    '%s matches the schema',
    (_d, event) => {
      expect(timelineEventSchema.safeParse(event).error?.issues ?? []).toEqual([]);
    },
  );

  it('gives every event a source, and every address is http(s)', () => {
    for (const event of wallsTimeline) {
      expect(event.sources.length, event.date).toBeGreaterThan(0);
      for (const source of event.sources)
        if (source.url) expect(isHttpHref(source.url), source.url).toBe(true);
    }
  });

  it('keeps the events oldest first', () => {
    const dates = wallsTimeline.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('rejects an event without a source', () => {
    const [first] = wallsTimeline;
    expect(timelineEventSchema.safeParse({ ...first, sources: [] }).success).toBe(false);
  });

  it('writes the Chinese titles with full-width punctuation', () => {
    for (const { title } of wallsTimeline) expect(title.zh, title.zh).not.toMatch(/[,;:()!?]/);
  });
});
