import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createContextMenus, onContextMenuClick } from './context-menus';

const tab = { id: 7, index: 2, windowId: 3, incognito: false } as never;
const privateTab = { id: 9, index: 0, windowId: 5, incognito: true } as never;

async function opened(info: Record<string, unknown>): Promise<string | undefined> {
  const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
  await onContextMenuClick({ editable: false, pageUrl: 'https://a.cn/', ...info } as never, tab);
  const url = create.mock.calls[0]?.[0].url;
  expect(create.mock.calls[0]?.[0]).toMatchObject({ windowId: 3, index: 3, openerTabId: 7 });
  return url;
}

describe('the context menus', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('opens the target of a wrapper link next to the tab', async () => {
    const url = await opened({
      menuItemId: 'unwall-open-link',
      linkUrl: 'https://link.zhihu.com/?target=https%3A//github.com/x',
    });
    expect(url).toBe('https://github.com/x');
  });

  it('opens the one link of a selected share text', async () => {
    const url = await opened({
      menuItemId: 'unwall-open-selection',
      selectionText: '【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开',
    });
    expect(url).toBe('https://3.cn/2odH-z1a');
  });

  it.each([
    ['a selection without links', { menuItemId: 'unwall-open-selection', selectionText: '今天天气不错' }],
    ['a javascript: link', { menuItemId: 'unwall-open-link', linkUrl: 'javascript:alert(1)' }],
  ])('shows the paste page for %s instead of opening anything', async (_, info) => {
    const url = await opened(info);
    expect(url).toMatch(/\/popup\.html\?text=/);
  });

  it('follows the user’s own wrapper rules', async () => {
    await fakeBrowser.storage.local.set({
      userRules: [{ host: 'go.example.net', pathPrefix: '/out', param: 'to', encoding: 'url' }],
    });
    const url = await opened({
      menuItemId: 'unwall-open-link',
      linkUrl: 'https://go.example.net/out?to=https%3A%2F%2Fshop.example.org%2F',
    });
    expect(url).toBe('https://shop.example.org/');
  });

  describe('in a private window', () => {
    beforeEach(() => vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key) => `msg:${key}`));
    const selection = (selectionText: string) =>
      ({
        menuItemId: 'unwall-open-selection',
        editable: false,
        pageUrl: 'https://a.cn/',
        selectionText,
      }) as never;

    it('opens the direct link in the same private window, next to the tab', async () => {
      const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
      await onContextMenuClick(selection('【京东】https://3.cn/2odH-z1a 点击链接直接打开'), privateTab);
      expect(create).toHaveBeenCalledWith({
        url: 'https://3.cn/2odH-z1a',
        windowId: 5,
        index: 1,
        openerTabId: 9,
      });
    });

    it('never carries private text to the paste page, and says on the toolbar button that nothing opened', async () => {
      const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
      await onContextMenuClick(selection('我的私密文字，没有链接'), privateTab);
      expect(create).not.toHaveBeenCalled();
      expect(await fakeBrowser.action.getTitle({ tabId: 9 })).toBe('msg:menuNothingOpened');
      expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('!');
    });
  });

  it('tells the user when the browser refuses to open the tab', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key) => `msg:${key}`);
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(
      new Error('Tab opener must be in the same window.'),
    );
    await onContextMenuClick(
      {
        menuItemId: 'unwall-open-link',
        editable: false,
        pageUrl: 'https://a.cn/',
        linkUrl: 'https://a.cn/x',
      } as never,
      tab,
    );
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('msg:menuNothingOpened');
  });

  describe('"Show as QR code"', () => {
    it('is one item, on links and on selected text', async () => {
      vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key) => `msg:${key}`);
      const create = vi.fn();
      Object.assign(fakeBrowser.contextMenus, { removeAll: () => Promise.resolve(), create });
      createContextMenus();
      await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(7));
      expect(create).toHaveBeenCalledWith(
        expect.objectContaining({ id: 'unwall-show-qr', contexts: ['link', 'selection'] }),
      );
    });

    const qrPage = (url: string | undefined) =>
      url && new URL(url).pathname === '/qr.html' ? new URL(url).searchParams.get('url') : null;

    it('opens the QR page of a wrapper link’s target next to the tab', async () => {
      const url = await opened({
        menuItemId: 'unwall-show-qr',
        linkUrl: 'https://link.zhihu.com/?target=https%3A//github.com/x',
      });
      expect(qrPage(url)).toBe('https://github.com/x');
    });

    it('opens the QR page of the link of a selected share text', async () => {
      const url = await opened({
        menuItemId: 'unwall-show-qr',
        selectionText:
          '3.30 复制打开抖音，看看【钱江晚报的作品】https://v.douyin.com/zhw_hrZ0E-c/ :3pm PXm:/ 。',
      });
      expect(qrPage(url)).toBe('https://v.douyin.com/zhw_hrZ0E-c/');
    });

    it('takes the link when the selection is inside one', async () => {
      const url = await opened({
        menuItemId: 'unwall-show-qr',
        linkUrl: 'https://www.douyin.com/video/7574300896016862490',
        selectionText: '今天天气不错',
      });
      expect(qrPage(url)).toBe('https://www.douyin.com/video/7574300896016862490');
    });

    it.each([
      ['a selection without links', { menuItemId: 'unwall-show-qr', selectionText: '今天天气不错' }],
      ['a javascript: link', { menuItemId: 'unwall-show-qr', linkUrl: 'javascript:alert(1)' }],
    ])('shows the paste page for %s', async (_, info) => {
      const url = await opened(info);
      expect(url).toMatch(/\/popup\.html\?text=/);
    });

    it('opens nothing from a private window, and says why on the toolbar button', async () => {
      vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key) => `msg:${key}`);
      const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
      const info = {
        menuItemId: 'unwall-show-qr',
        editable: false,
        pageUrl: 'https://a.cn/',
        linkUrl: 'https://a.cn/x',
      };
      await onContextMenuClick(info as never, privateTab);
      expect(create).not.toHaveBeenCalled();
      expect(await fakeBrowser.action.getTitle({ tabId: 9 })).toBe('msg:menuQrPrivate');
    });
  });
});

describe('"Copy direct link"', () => {
  const writeText = vi.fn<(text: string) => Promise<void>>();
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    writeText.mockReset().mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key) => `msg:${key}`);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
  });
  afterEach(() => vi.unstubAllGlobals());
  const click = (info: Record<string, unknown>) =>
    onContextMenuClick(
      { menuItemId: 'unwall-copy-link', editable: false, pageUrl: 'https://a.cn/', ...info } as never,
      tab,
    );

  it('creates its menu item on links and selections', async () => {
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create');
    createContextMenus();
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith({
      id: 'unwall-copy-link',
      title: 'msg:menuCopyLink',
      contexts: ['link', 'selection'],
    });
  });

  it.each([
    [
      'a wrapper link',
      { linkUrl: 'https://link.zhihu.com/?target=https%3A//github.com/x' },
      'https://github.com/x',
    ],
    [
      'a selected share text',
      { selectionText: '【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开' },
      'https://3.cn/2odH-z1a',
    ],
  ])('copies the direct address of %s and opens nothing', async (_, info, direct) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await click(info);
    expect(writeText).toHaveBeenCalledExactlyOnceWith(direct);
    expect(create).not.toHaveBeenCalled();
  });

  it.each([
    ['a link that is already direct', { linkUrl: 'https://github.com/x' }],
    ['a javascript: link', { linkUrl: 'javascript:alert(1)' }],
    ['a selection without links', { selectionText: '今天天气不错' }],
    [
      'a selection with two links',
      { selectionText: 'https://3.cn/2odH-z1a 和 https://e.tb.cn/h.826Ec69frH3tGlL' },
    ],
  ])('copies nothing for %s, and says so on the toolbar button', async (_, info) => {
    await click(info);
    expect(writeText).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('msg:menuNothingCopied');
  });

  it('says so when the browser refuses the clipboard', async () => {
    writeText.mockRejectedValue(new Error('Document is not focused.'));
    await click({ linkUrl: 'https://link.zhihu.com/?target=https%3A//github.com/x' });
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('msg:menuNothingCopied');
  });

  it('copies through an offscreen document where the browser has one (Chrome’s service worker)', async () => {
    const offscreen = {
      createDocument: vi.fn().mockResolvedValue(undefined),
      closeDocument: vi.fn().mockResolvedValue(undefined),
    };
    vi.stubGlobal('navigator', {});
    (fakeBrowser as unknown as { offscreen?: unknown }).offscreen = offscreen;
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true);
    try {
      await click({ linkUrl: 'https://link.zhihu.com/?target=https%3A//github.com/x' });
    } finally {
      delete (fakeBrowser as unknown as { offscreen?: unknown }).offscreen;
    }
    expect(offscreen.createDocument).toHaveBeenCalledWith(
      expect.objectContaining({ reasons: ['CLIPBOARD'] }),
    );
    expect(send).toHaveBeenCalledWith({ type: 'unwall-offscreen-copy', text: 'https://github.com/x' });
    expect(offscreen.closeDocument).toHaveBeenCalled();
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).not.toBe('msg:menuNothingCopied');
  });
});
