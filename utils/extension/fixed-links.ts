import { browser, type Browser } from 'wxt/browser';
import type { FixedLink, TabState } from '@/utils/protocol';
import { toolbarButton } from './optional-apis';
import { isOwnPage } from './requests';
import {
  addToFrame,
  emptyRecord,
  helloFrame,
  removeFromFrame,
  tabKey,
  tabRecordSchema,
  tabStateOf,
  type TabRecord,
} from './tab-record';

/** Writes to `storage.session` wait this long, so that a page's burst of reports costs one write. */
export const WRITE_DELAY_MS = 200;

type SessionArea = Pick<Browser.storage.StorageArea, 'get' | 'set' | 'remove'>;

/** Every stored record, validated (an entry that does not parse is dropped: the page reports again). */
async function loadRecords(area: SessionArea | undefined): Promise<Map<number, TabRecord>> {
  const stored: Record<string, unknown> = area ? await area.get(null).catch(() => ({})) : {};
  const records = new Map<number, TabRecord>();
  for (const [key, value] of Object.entries(stored)) {
    const tabId = Number(key.replace(/^tab:/, ''));
    const parsed = tabRecordSchema.safeParse(value);
    if (key.startsWith('tab:') && Number.isInteger(tabId) && parsed.success) records.set(tabId, parsed.data);
  }
  return records;
}

/**
 * What Unwall unblocked in each tab, for the popup, with the count on the toolbar badge. Chrome stops
 * an idle service worker after about 30 s and its memory with it, so records are also kept in
 * `storage.session` (in memory, cleared when the browser closes, readable only by the extension's
 * own pages) and read back when the worker starts. Firefox's MV2 background page is persistent;
 * where there is no `storage.session`, memory alone serves.
 */
export function createFixedLinks(area: SessionArea | undefined = browser.storage.session) {
  const action = toolbarButton();
  const ready = loadRecords(area);
  const dirty = new Set<number>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = async () => {
    timer = undefined;
    const records = await ready;
    const writes = [...dirty].filter((id) => records.has(id));
    dirty.clear();
    if (!area || writes.length === 0) return;
    // A full `storage.session` (10 MB in Chrome) keeps the lists in memory only: nothing worse than before.
    await area.set(Object.fromEntries(writes.map((id) => [tabKey(id), records.get(id)]))).catch(() => {});
  };
  const showCount = (tabId: number, record: TabRecord | undefined) => {
    const count = record ? tabStateOf(record).fixed.length : 0;
    void action.setBadgeText({ tabId, text: count ? String(count) : '' }).catch(() => {});
  };
  const update = async (tabId: number, change: (record: TabRecord) => TabRecord) => {
    const records = await ready;
    const next = change(records.get(tabId) ?? emptyRecord());
    records.set(tabId, next);
    showCount(tabId, next);
    dirty.add(tabId);
    timer ??= setTimeout(() => void flush(), WRITE_DELAY_MS);
  };
  const drop = async (tabId: number) => {
    (await ready).delete(tabId);
    dirty.delete(tabId);
    await area?.remove(tabKey(tabId)).catch(() => {});
  };

  void action.setBadgeBackgroundColor({ color: '#0f766e' }).catch(() => {});
  return {
    /** A frame's content script started (new page, new settings, or its page restored): its list starts again. */
    hello: (tabId: number, frameId: number, url?: string) =>
      update(tabId, (record) => helloFrame(record, frameId, url)),
    add: (tabId: number, frameId: number, items: readonly FixedLink[]) =>
      update(tabId, (record) => addToFrame(record, frameId, items)),
    /** A frame put these fixes back at the user's request. */
    restored: (tabId: number, frameId: number, ids: readonly number[]) =>
      update(tabId, (record) => removeFromFrame(record, frameId, ids)),
    /** The tab loads another page: nothing of the old one is kept. */
    navigated: async (tabId: number) => {
      await drop(tabId);
      showCount(tabId, undefined);
    },
    forget: drop,
    /** The page the tab's top frame last reported, or null. */
    pageOf: async (tabId: number) => (await ready).get(tabId)?.url ?? null,
    /** The tab's state, for the extension's own pages only (see `isOwnPage`). */
    async stateFor(tabId: number, sender: { id?: string; url?: string }): Promise<TabState | undefined> {
      if (!isOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
      const record = (await ready).get(tabId);
      return tabStateOf(record ?? emptyRecord());
    },
  };
}
