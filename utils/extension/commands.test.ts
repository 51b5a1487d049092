import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMMANDS, onCommandWith } from './commands';
import { readSettings, setSiteDisabled } from './settings';

const tab = (extra: Record<string, unknown> = {}) =>
  ({ id: 7, index: 2, windowId: 3, incognito: false, ...extra }) as never;
const reported = new Map<number, string>();
const onCommand = onCommandWith({ pageOf: async (id) => reported.get(id) ?? null });

describe('the keyboard commands', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    reported.clear();
  });

  it('switches Unwall off for the tab’s whole site, and back on', async () => {
    await onCommand(COMMANDS.toggleSite, tab({ url: 'https://item.taobao.com/item.htm?id=1' }));
    expect((await readSettings()).disabledSites).toEqual(['taobao.com']);
    await onCommand(COMMANDS.toggleSite, tab({ url: 'https://www.taobao.com/' }));
    expect((await readSettings()).disabledSites).toEqual([]);
  });

  it('switches back on a host the user switched off alone', async () => {
    await setSiteDisabled('item.taobao.com', true, 'host');
    await onCommand(COMMANDS.toggleSite, tab({ url: 'https://item.taobao.com/item.htm?id=1' }));
    expect((await readSettings()).disabledSites).toEqual([]);
  });

  it('takes the page the tab’s content script reported when the browser gives no address', async () => {
    reported.set(7, 'https://weibo.com/feed/');
    await onCommand(COMMANDS.toggleSite, tab());
    expect((await readSettings()).disabledSites).toEqual(['weibo.com']);
  });

  it.each(['chrome://extensions/', 'about:blank', 'file:///tmp/a.html'])(
    'changes nothing on %s, where Unwall does not run',
    async (url) => {
      await onCommand(COMMANDS.toggleSite, tab({ url }));
      expect((await readSettings()).disabledSites).toEqual([]);
    },
  );

  it('opens the paste page next to the tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await onCommand(COMMANDS.openPaste, tab());
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/\/popup\.html\?paste$/),
      windowId: 3,
      index: 3,
      openerTabId: 7,
    });
  });

  it('opens the paste page in a normal window from a private tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await onCommand(COMMANDS.openPaste, tab({ incognito: true }));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html\?paste$/) });
  });

  it('ignores a command it does not know', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onCommand('_execute_action', tab({ url: 'https://weibo.com/' }));
    expect(create).not.toHaveBeenCalled();
    expect((await readSettings()).disabledSites).toEqual([]);
  });
});
