import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultFeatures, defaultSettings, isSiteDisabled } from '@/utils/settings/schema';

/** Loads a fresh copy of the settings module, as an extension start or update does (items migrate on definition). */
async function loadSettings() {
  vi.resetModules();
  return import('./settings');
}

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults on a fresh install', async () => {
    const { readSettings } = await loadSettings();
    expect(await readSettings()).toEqual(defaultSettings());
  });

  it('migrates the version 1 layout of switched-off sites to sites, keeping the other keys', async () => {
    await fakeBrowser.storage.local.set({
      features: { ...defaultFeatures, marker: false },
      disabledSites: ['www.taobao.com', 'WEIBO.com', 'weibo.com', 'not a host'],
    });
    const { readSettings } = await loadSettings();
    const settings = await readSettings();
    expect(settings.disabledSites).toEqual(['taobao.com', 'weibo.com']);
    expect(settings.features.marker).toBe(false);
    const stored = await fakeBrowser.storage.local.get(['disabledSites', 'disabledSites$']);
    expect(stored).toEqual({ disabledSites: ['taobao.com', 'weibo.com'], disabledSites$: { v: 3 } });
  });

  it('keeps the version 2 entries as they are: a host entry still switches off that host alone', async () => {
    await fakeBrowser.storage.local.set({
      disabledSites: ['item.taobao.com', 'weibo.com'],
      disabledSites$: { v: 2 },
    });
    const { readSettings, setSiteDisabled } = await loadSettings();
    const { disabledSites } = await readSettings();
    expect(disabledSites).toEqual(['item.taobao.com', 'weibo.com']);
    expect(isSiteDisabled(disabledSites, 'item.taobao.com')).toBe(true);
    expect(isSiteDisabled(disabledSites, 'www.taobao.com')).toBe(false);
    expect(isSiteDisabled(disabledSites, 'm.weibo.cn')).toBe(true);
    expect(await fakeBrowser.storage.local.get('disabledSites$')).toEqual({ disabledSites$: { v: 3 } });
    await setSiteDisabled('m.weibo.cn', false);
    expect((await readSettings()).disabledSites).toEqual(['item.taobao.com']);
  });

  it('switches off the whole site by default, or only the host', async () => {
    const { readSettings, setSiteDisabled } = await loadSettings();
    await setSiteDisabled('item.taobao.com', true);
    await setSiteDisabled('www.jd.com', true, 'host');
    expect((await readSettings()).disabledSites).toEqual(['taobao.com', 'www.jd.com']);
    await setSiteDisabled('item.taobao.com', true, 'host');
    expect((await readSettings()).disabledSites).toEqual(['www.jd.com', 'item.taobao.com']);
  });

  it('falls back per field and per key when stored values are corrupt', async () => {
    await fakeBrowser.storage.local.set({
      features: { shareTexts: 'yes', wrappers: false, marker: null },
      disabledSites: 'taobao.com',
      userRules: [{ host: 'go.example.com', pathPrefix: '/out', param: 'to', encoding: 'url' }, { host: 5 }],
      disabledRules: ['zhihu:interstitial:link.zhihu.com/', 7, 'not an id'],
      mirrors: { xiaohongshu: 'www.rednote.com', taobao: 'evil.example' },
    });
    const { readSettings } = await loadSettings();
    expect(await readSettings()).toEqual({
      features: { ...defaultFeatures, wrappers: false },
      disabledSites: [],
      userRules: [{ host: 'go.example.com', pathPrefix: '/out', param: 'to', encoding: 'url' }],
      disabledRules: ['zhihu:interstitial:link.zhihu.com/'],
      mirrors: { xiaohongshu: 'www.rednote.com' },
    });
  });

  it('keeps every key when the popup and the options page write at the same time', async () => {
    const { readSettings, setFeature, setSiteDisabled, setUserRules, setRuleDisabled } = await loadSettings();
    const rule = { host: 'go.example.com', pathPrefix: '/', param: 'u', encoding: 'base64' } as const;
    await Promise.all([
      setSiteDisabled('www.jd.com', true),
      setFeature('appLinks', false),
      setUserRules([rule]),
      setRuleDisabled('zhihu:interstitial:link.zhihu.com/', true),
      setRuleDisabled('csdn:wrapper:link.csdn.net/', true),
    ]);
    expect(await readSettings()).toEqual({
      features: { ...defaultFeatures, appLinks: false },
      disabledSites: ['jd.com'],
      userRules: [rule],
      disabledRules: ['zhihu:interstitial:link.zhihu.com/', 'csdn:wrapper:link.csdn.net/'],
      mirrors: {},
    });
  });

  it('switches a site back on and resets everything to the defaults', async () => {
    const { readSettings, resetSettings, setSiteDisabled } = await loadSettings();
    await setSiteDisabled('weibo.com', true);
    await setSiteDisabled('jd.com', true);
    await setSiteDisabled('www.weibo.com', false);
    expect((await readSettings()).disabledSites).toEqual(['jd.com']);
    await resetSettings();
    expect(await readSettings()).toEqual(defaultSettings());
  });

  it('tells watchers about every key', async () => {
    const { setUserRules, watchSettings } = await loadSettings();
    const seen = new Promise((ok) => watchSettings(ok));
    await setUserRules([{ host: 'a.example', pathPrefix: '/', param: 'x', encoding: 'url' }]);
    expect(await seen).toMatchObject({ userRules: [{ host: 'a.example' }] });
  });

  it('keeps both changes when the same key is switched twice at once', async () => {
    const { readSettings, setFeature, setSiteDisabled } = await loadSettings();
    await Promise.all([
      setFeature('marker', false),
      setFeature('appLinks', false),
      setSiteDisabled('jd.com', true),
      setSiteDisabled('weibo.com', true),
    ]);
    const settings = await readSettings();
    expect(settings.features).toMatchObject({ marker: false, appLinks: false });
    expect(settings.disabledSites.sort()).toEqual(['jd.com', 'weibo.com']);
  });
});

describe('the web host picked for a platform’s links', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the main host until one of the platform’s mirrors is picked, and again after', async () => {
    const { readSettings, setMirror } = await loadSettings();
    expect((await readSettings()).mirrors).toEqual({});
    await setMirror('xiaohongshu', 'www.rednote.com');
    expect((await readSettings()).mirrors).toEqual({ xiaohongshu: 'www.rednote.com' });
    await setMirror('xiaohongshu', null);
    expect((await readSettings()).mirrors).toEqual({});
  });

  it('is never a host the platform does not name, and a refused pick keeps nothing of it', async () => {
    const { readSettings, setMirror } = await loadSettings();
    await setMirror('xiaohongshu', 'www.rednote.com');
    await setMirror('taobao', 'www.rednote.com');
    await setMirror('xiaohongshu', 'evil.example');
    expect((await readSettings()).mirrors).toEqual({});
    expect(await fakeBrowser.storage.local.get('mirrors')).toEqual({ mirrors: {} });
  });

  it.each([
    ['a string', 'www.rednote.com'],
    ['a list', ['www.rednote.com']],
    ['null', null],
  ])(
    'falls back to the main hosts when the stored value is %s, keeping the other settings',
    async (_, mirrors) => {
      await fakeBrowser.storage.local.set({ mirrors, disabledSites: ['jd.com'] });
      const { readSettings } = await loadSettings();
      expect(await readSettings()).toMatchObject({ mirrors: {}, disabledSites: ['jd.com'] });
    },
  );

  it('tells watchers, and a reset puts every platform back on its main host', async () => {
    const { readSettings, resetSettings, setMirror, watchSettings } = await loadSettings();
    const seen = new Promise((ok) => watchSettings(ok));
    await setMirror('xiaohongshu', 'www.rednote.com');
    expect(await seen).toMatchObject({ mirrors: { xiaohongshu: 'www.rednote.com' } });
    await resetSettings();
    expect((await readSettings()).mirrors).toEqual({});
  });
});
