import { describe, expect, it } from 'vitest';
import { bestGrade, isReported, monthsSince } from './grade';
import type { PaymentSource } from './schema';

const source = (grade: PaymentSource['grade'], date = '2025-01-07'): PaymentSource => ({
  title: 'An outlet: a headline',
  date,
  grade,
});
const today = new Date('2026-12-01T00:00:00Z');

describe('grading a claim', () => {
  it('takes the strongest source', () => {
    expect(bestGrade({ sources: [source('unofficial'), source('major-outlet'), source('secondary')] })).toBe(
      'major-outlet',
    );
    expect(bestGrade({ sources: [] })).toBeNull();
  });

  it.each([
    ['2025-06', 18],
    ['2025-05-31', 19],
    ['2025', 23],
    ['2021-09', 63],
  ])('counts whole months from %s', (date, months) => {
    expect(monthsSince(date, today)).toBe(months);
  });

  it('shows unofficial-only or old claims as reported', () => {
    expect(isReported({ confirmed: '2025-06', sources: [source('official')] }, today)).toBe(false);
    expect(isReported({ confirmed: '2025-06', sources: [source('unofficial')] }, today)).toBe(true);
    expect(isReported({ confirmed: '2025-05', sources: [source('official')] }, today)).toBe(true);
    expect(isReported({ confirmed: null, sources: [] }, today)).toBe(true);
  });
});
