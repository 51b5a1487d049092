import { browser } from 'wxt/browser';
import type { FixedLink, MadeReply, MadeRequest } from '@/utils/protocol';
import { openNextTo } from './next-to';
import { madeReplySchema, madeRequestSchema } from './requests';

/**
 * Asks the frame that made a fix to act on it, naming it by the page's own id (never a selector), in
 * messages checked on both ways: a request that does not parse is not sent, a reply that does not
 * parse counts as none (only an http(s) original ever comes through).
 */
async function askFrame(
  tabId: number,
  item: Pick<FixedLink, 'id' | 'frame'>,
  action: MadeRequest['action'],
): Promise<MadeReply | null> {
  const request = madeRequestSchema.safeParse({ type: 'made', action, id: item.id });
  if (!request.success) return null;
  const reply: unknown = await browser.tabs
    .sendMessage(tabId, request.data, { frameId: item.frame ?? 0 })
    .catch(() => null);
  const parsed = madeReplySchema.safeParse(reply);
  return parsed.success ? parsed.data : null;
}

/** The popup's undo for the fixes of one tab (see `FixActions`). */
export function fixActionsFor(tabId: number) {
  return {
    restore: async (item: Pick<FixedLink, 'id' | 'frame'>) =>
      (await askFrame(tabId, item, 'restore'))?.restored === true,
    openOriginal: async (item: Pick<FixedLink, 'id' | 'frame'>) => {
      const original = (await askFrame(tabId, item, 'original'))?.original;
      if (!original) return false;
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      await openNextTo(original, tab);
      return true;
    },
  };
}
