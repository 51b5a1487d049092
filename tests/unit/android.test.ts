import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { createContextMenus, onContextMenuClick } from '@/utils/extension/context-menus';
import { createFixedLinks } from '@/utils/extension/fixed-links';
import { hasContextMenus } from '@/utils/extension/optional-apis';
import type { FixedLink } from '@/utils/protocol';

const missing = ['contextMenus', 'menus', 'commands', 'action', 'browserAction', 'windows'] as const;
const fake = fakeBrowser as unknown as Record<string, unknown>;
const saved = Object.fromEntries(missing.map((name) => [name, fake[name]]));
/** The in-memory toolbar button of the fake browser, kept while its namespaces are taken away. */
const button = fakeBrowser.action;

const tab = { id: 7, index: 2, windowId: 3, incognito: false } as never;
const link = (n: number): FixedLink => ({
  original: `share text ${n}`,
  url: `https://3.cn/${n}`,
  kind: 'share',
  platform: 'jd',
  label: 'JD.com share text',
});

/**
 * Firefox for Android as MDN's compat data describes it: no `menus` (nor `contextMenus`), no `commands`, no
 * `windows`, `browserAction` (MV2) rather than `action`, and `tabs.create` without `openerTabId`
 * (Firefox throws a schema error at the call).
 */
function becomeAndroid({ toolbar = true } = {}) {
  for (const name of missing) fake[name] = undefined;
  fake.browserAction = toolbar ? button : undefined;
  return vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((properties) => {
    if ('openerTabId' in properties) throw new Error('Type error for parameter createProperties');
    return Promise.resolve({} as never);
  });
}

describe('on Firefox for Android (no context menus, no windows, browserAction only)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });
  afterEach(() => Object.assign(fake, saved));

  it('starts the background and answers pages; install and startup add no menus and throw nothing', async () => {
    becomeAndroid();
    expect(() => background.main!()).not.toThrow();
    await expect(
      fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never),
    ).resolves.toBeDefined();
    await expect(fakeBrowser.runtime.onStartup.trigger()).resolves.toBeDefined();
    expect(() => createContextMenus()).not.toThrow();
    expect(hasContextMenus()).toBe(false);
    const permit = await fakeBrowser.runtime.sendMessage({ type: 'hello', host: 'weibo.com' });
    expect(permit).toMatchObject({ enabled: true, kinds: expect.arrayContaining(['wrapper']) });
  });

  it('counts the fixed links on the toolbar button through browserAction', async () => {
    becomeAndroid();
    const fixed = createFixedLinks(undefined);
    await fixed.hello(7, 0, 'https://weibo.com/');
    await fixed.add(7, 0, [link(1), link(2)]);
    expect(await button.getBadgeText({ tabId: 7 })).toBe('2');
  });

  it('keeps the list of fixed links without any toolbar button', async () => {
    becomeAndroid({ toolbar: false });
    const fixed = createFixedLinks(undefined);
    await fixed.hello(7, 0, 'https://weibo.com/');
    await fixed.add(7, 0, [link(1)]);
    const own = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect((await fixed.stateFor(7, own))?.fixed).toHaveLength(1);
  });

  it('opens a tab without an opener, in the same window, where the browser refuses one', async () => {
    const create = becomeAndroid();
    const info = { menuItemId: 'unwall-open-link', editable: false, pageUrl: 'https://a.cn/' };
    await onContextMenuClick({ ...info, linkUrl: 'https://a.cn/x' } as never, tab);
    expect(create).toHaveBeenCalledTimes(2);
    expect(create).toHaveBeenLastCalledWith({ url: 'https://a.cn/x', windowId: 3, index: 3 });
  });
});

describe('where the browser has context menus', () => {
  beforeEach(() => fakeBrowser.reset());

  it('says so', () => {
    expect(hasContextMenus()).toBe(true);
  });
});
