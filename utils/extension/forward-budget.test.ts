import { describe, expect, it } from 'vitest';
import { createForwardBudget } from './forward-budget';

/** A clock the test moves by hand. */
function clock() {
  let at = 1_000_000;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

describe('the forward budget', () => {
  it('allows three forwards per tab and host in the window, then none', () => {
    const time = clock();
    const budget = createForwardBudget(3, 30_000, time.now);
    const answers = Array.from({ length: 5 }, () => (time.advance(2_000), budget.take(7, 'link.zhihu.com')));
    expect(answers).toEqual([true, true, true, false, false]);
  });

  it('counts each tab and each host apart', () => {
    const time = clock();
    const budget = createForwardBudget(1, 30_000, time.now);
    expect([budget.take(1, 'a.example'), budget.take(2, 'a.example'), budget.take(1, 'b.example')]).toEqual([
      true,
      true,
      true,
    ]);
    expect(budget.take(1, 'a.example')).toBe(false);
  });

  it('allows forwards again once the window has passed', () => {
    const time = clock();
    const budget = createForwardBudget(2, 30_000, time.now);
    budget.take(1, 'a.example');
    budget.take(1, 'a.example');
    expect(budget.take(1, 'a.example')).toBe(false);
    time.advance(30_001);
    expect(budget.take(1, 'a.example')).toBe(true);
  });

  it('keeps refusing a loop that keeps asking within the window', () => {
    const time = clock();
    const budget = createForwardBudget(3, 30_000, time.now);
    const answers = Array.from({ length: 61 }, () => (time.advance(130), budget.take(3, 'loop.example')));
    expect(answers.filter(Boolean)).toHaveLength(3);
  });
});
