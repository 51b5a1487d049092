import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onQrReadMenuClick } from './qr-menu';
import { takeQrRequest } from './qr-requests';

const tab = { id: 7, index: 2, windowId: 3, incognito: false } as never;
const privateTab = { id: 9, index: 0, windowId: 5, incognito: true } as never;
const click = {
  menuItemId: 'unwall-read-qr',
  srcUrl: 'https://img.example.org/qr.png',
  editable: false,
  pageUrl: 'https://a.cn/',
} as never;

describe('"Read QR code" on a picture', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    fakeBrowser.tabs.captureVisibleTab = vi.fn(async () => 'data:image/png;base64,AAAA') as never;
  });

  it('captures the tab while the click allows it, then opens the result page next to the tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await onQrReadMenuClick({ ...(click as object), srcUrl: 'data:image/png;base64,QUJD' } as never, tab);
    expect(fakeBrowser.tabs.captureVisibleTab).toHaveBeenCalledWith(3, { format: 'png' });
    const { url, ...where } = create.mock.calls[0]![0];
    expect(where).toEqual({ windowId: 3, index: 3, openerTabId: 7 });
    const id = new URL(url!).searchParams.get('qr')!;
    expect(await takeQrRequest(id)).toEqual({
      id,
      picture: 'data:image/png;base64,QUJD',
      capture: 'data:image/png;base64,AAAA',
    });
    // Taken once: a screenshot is kept no longer than the result page needs it.
    expect(await takeQrRequest(id)).toBeNull();
  });

  it('keeps no address it would have to fetch: a picture on the web is read from the tab as shown', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await onQrReadMenuClick(click, tab);
    const id = new URL(create.mock.calls[0]![0].url!).searchParams.get('qr')!;
    expect(await takeQrRequest(id)).toMatchObject({ picture: null, capture: 'data:image/png;base64,AAAA' });
  });

  it('still opens the result page when the browser refuses the capture', async () => {
    fakeBrowser.tabs.captureVisibleTab = vi.fn(() => Promise.reject(new Error('activeTab'))) as never;
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await onQrReadMenuClick({ ...(click as object), srcUrl: 'data:image/png;base64,QUJD' } as never, tab);
    const id = new URL(create.mock.calls[0]![0].url!).searchParams.get('qr')!;
    expect(await takeQrRequest(id)).toMatchObject({ picture: 'data:image/png;base64,QUJD', capture: null });
  });

  it('never carries a private tab’s picture to a normal window, and says so on the toolbar button', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key) => `msg:${key}`);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onQrReadMenuClick(click, privateTab);
    expect(create).not.toHaveBeenCalled();
    expect(fakeBrowser.tabs.captureVisibleTab).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getTitle({ tabId: 9 })).toBe('msg:menuQrNotRead');
  });

  it('leaves the other menu items to their own handler', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onQrReadMenuClick({ ...(click as object), menuItemId: 'unwall-open-link' } as never, tab);
    expect(create).not.toHaveBeenCalled();
  });

  it('gives nothing for another request’s id', async () => {
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await onQrReadMenuClick(click, tab);
    expect(await takeQrRequest('not-this-one')).toBeNull();
  });
});
