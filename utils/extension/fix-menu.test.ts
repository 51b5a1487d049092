import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createContextMenus } from './context-menus';
import { onFixMenuClick } from './fix-menu';

const tab = { id: 7, index: 2, windowId: 3, incognito: false } as never;
const WRAPPER = 'https://link.zhihu.com/?target=https%3A%2F%2Fgithub.com%2Fx';

/** Clicks "Open original link" or "Restore this link" on a link in frame 4 of the tab; the frame answers `reply`. */
async function click(menuItemId: string, reply: unknown, linkUrl = 'https://github.com/x') {
  const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(reply as never);
  const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue(tab);
  const info = { menuItemId, editable: false, pageUrl: 'https://a.cn/', linkUrl, frameId: 4 };
  await onFixMenuClick(info as never, tab);
  return { send, create };
}

describe('"Open original link" and "Restore this link"', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key) => `msg:${key}`);
  });

  it('are created on links only', async () => {
    const create = vi.fn();
    Object.assign(fakeBrowser.contextMenus, { removeAll: () => Promise.resolve(), create });
    createContextMenus();
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(7));
    expect(create).toHaveBeenCalledWith({
      id: 'unwall-open-original',
      title: 'msg:menuOpenOriginal',
      contexts: ['link'],
    });
    expect(create).toHaveBeenCalledWith({
      id: 'unwall-restore-link',
      title: 'msg:menuRestoreLink',
      contexts: ['link'],
    });
  });

  it('asks the frame the link is in to restore the fix right-clicked there, as the popup row does', async () => {
    const { send, create } = await click('unwall-restore-link', { restored: true, original: null });
    expect(send).toHaveBeenCalledExactlyOnceWith(
      7,
      { type: 'made', action: 'restore', clicked: 'https://github.com/x' },
      { frameId: 4 },
    );
    expect(create).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).not.toBe('msg:menuNothingRestored');
  });

  it('opens the original the frame recorded, once, next to the tab', async () => {
    const { send, create } = await click('unwall-open-original', { restored: false, original: WRAPPER });
    expect(send.mock.calls[0]?.[1]).toEqual({
      type: 'made',
      action: 'original',
      clicked: 'https://github.com/x',
    });
    expect(create).toHaveBeenCalledExactlyOnceWith({ url: WRAPPER, windowId: 3, index: 3, openerTabId: 7 });
  });

  it.each([
    ['a javascript: original', { restored: false, original: 'javascript:alert(1)' }],
    ['an app link', { restored: false, original: 'taobao://item.taobao.com/item.htm?id=1' }],
    ['no fix there (not one of Unwall’s links, or the page changed it)', { restored: false, original: null }],
    ['no frame to answer', undefined],
  ])('opens nothing for %s, and says so on the toolbar button', async (_, reply) => {
    const { create } = await click('unwall-open-original', reply);
    expect(create).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('msg:menuNothingOriginal');
  });

  it('says so when the frame restored nothing', async () => {
    await click('unwall-restore-link', { restored: false, original: null });
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('msg:menuNothingRestored');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('!');
  });

  it('leaves the other menu items alone', async () => {
    const { send } = await click('unwall-copy-link', { restored: true, original: WRAPPER });
    expect(send).not.toHaveBeenCalled();
  });
});
