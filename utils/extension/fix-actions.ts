import { browser } from 'wxt/browser';
import type { FixedLink, MadeReply, MadeRequest } from '@/utils/protocol';
import { openNextTo } from './next-to';
import { madeReplySchema, madeRequestSchema } from './requests';

/**
 * Which fix, in which frame: the popup names it by the page's own id; the context menu names the
 * link the user right-clicked (`clicked`, its address as the browser gives it), and the frame answers
 * for the fix it saw that right-click on, if any.
 */
export type FixTarget = Pick<FixedLink, 'id' | 'frame'> | { frame?: number; clicked: string };

/**
 * Asks the frame that made a fix to act on it, in messages checked on both ways: a request that does
 * not parse is not sent, a reply that does not parse counts as none (only an http(s) original ever
 * comes through).
 */
async function askFrame(
  tabId: number,
  target: FixTarget,
  action: MadeRequest['action'],
): Promise<MadeReply | null> {
  const which = 'clicked' in target ? { clicked: target.clicked } : { id: target.id };
  const request = madeRequestSchema.safeParse({ type: 'made', action, ...which });
  if (!request.success) return null;
  const reply: unknown = await browser.tabs
    .sendMessage(tabId, request.data, { frameId: target.frame ?? 0 })
    .catch(() => null);
  const parsed = madeReplySchema.safeParse(reply);
  return parsed.success ? parsed.data : null;
}

/** The undo for the fixes of one tab, from the popup's rows (see `FixActions`) and the context menu. */
export function fixActionsFor(tabId: number) {
  return {
    restore: async (target: FixTarget) => (await askFrame(tabId, target, 'restore'))?.restored === true,
    openOriginal: async (target: FixTarget) => {
      const original = (await askFrame(tabId, target, 'original'))?.original;
      if (!original) return false;
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      await openNextTo(original, tab);
      return true;
    },
  };
}
