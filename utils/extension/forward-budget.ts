/** At most this many automatic forwards per tab and interstitial host… */
export const FORWARD_LIMIT = 3;
/** …within this window; after that the page shows the bar and the user chooses. */
export const FORWARD_WINDOW_MS = 30_000;
const MAX_KEYS = 512;

/**
 * Counts automatic forwards per tab and interstitial host, in the background where a page cannot
 * reset it (a page's own storage can be cleared, and a loop that changes the query each hop defeats
 * any memory of exact addresses). The count lives in the background's memory: an MV3 worker stays
 * up for 30 s after its last event, so a count is kept at least for the window that began with it.
 * @example const budget = createForwardBudget(); budget.take(1, 'link.zhihu.com') // true
 */
export function createForwardBudget(limit = FORWARD_LIMIT, windowMs = FORWARD_WINDOW_MS, now = Date.now) {
  const times = new Map<string, number[]>();
  const recent = (key: string, at: number) => (times.get(key) ?? []).filter((t) => at - t < windowMs);

  return {
    /** Whether one more forward from `host` in this tab is allowed; counts it when it is. */
    take(tabId: number | undefined, host: string): boolean {
      const at = now();
      const key = `${tabId ?? 'none'} ${host}`;
      const kept = recent(key, at);
      const allowed = kept.length < limit;
      if (allowed) kept.push(at);
      if (times.size >= MAX_KEYS)
        for (const old of [...times.keys()]) if (!recent(old, at).length) times.delete(old);
      times.set(key, kept);
      return allowed;
    },
  };
}
