import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPageService } from './page-service';
import { resolveLimits } from './resolve-limits';
import { pauseAll, resumeAll } from './pause';
import { setFeature, setMirror, setSiteDisabled } from './settings';

const JD = '【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开';
/** A text as costly as the background takes: links back to back, up to the per-text limit. */
const costly = 'https://a.cn/x '
  .repeat(resolveLimits.maxTextLength / 15)
  .slice(0, resolveLimits.maxTextLength);

describe('the page service resolving for many tabs', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The test browser has no message catalogue: labels are their keys.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  });

  it("answers another tab's share text before a flood sent earlier is done", async () => {
    const pages = createPageService();
    const order: string[] = [];
    const flood = pages.resolve({ texts: Array(8).fill(costly), hrefs: [] }, { tab: 1, frame: 2 });
    const other = pages.resolve({ texts: [JD], hrefs: [] }, { tab: 2, frame: 0 });
    await Promise.all([flood.then(() => order.push('flood')), other.then(() => order.push('other'))]);
    expect(order).toEqual(['other', 'flood']);
    expect((await other).texts[0]?.[0]).toMatchObject({ url: 'https://3.cn/2odH-z1a', platform: 'jd' });
    expect((await flood).texts.every((links) => links.length > 100)).toBe(true);
  });

  it('reads a text longer than the per-text limit a window at a time, and finds its links', async () => {
    const pages = createPageService();
    const filler = '今天天气不错。'.repeat(resolveLimits.maxTextLength / 7);
    const long = `${JD} ${filler} ${JD}`;
    const reply = await pages.resolve({ texts: [long, JD], hrefs: [] }, { tab: 1, frame: 0 });
    expect(reply.texts.map((links) => links.map((l) => [l.start, l.url]))).toEqual([
      [
        [4, 'https://3.cn/2odH-z1a'],
        [long.length - JD.length + 4, 'https://3.cn/2odH-z1a'],
      ],
      [[4, 'https://3.cn/2odH-z1a']],
    ]);
  });

  it('answers a batch over the frame limit with nothing, in the shape the content script expects', async () => {
    const pages = createPageService();
    const texts = Array(Math.ceil(resolveLimits.maxQueuedPerFrame / 10_000) + 1).fill(`${JD} `.repeat(300));
    const hrefs = ['https://link.zhihu.com/?target=https%3A//a.cn/'];
    const reply = await pages.resolve({ texts, hrefs }, { tab: 1, frame: 0 });
    expect(reply.texts).toEqual(texts.map(() => []));
    expect(reply.hrefs).toEqual([null]);
  });
});

describe('the page service with the generic fallback', () => {
  const tracker = 'https://t.example.net/c?u=https%3A%2F%2Fshop.example.org%2Fa';
  const login = 'https://accounts.example.com/o/oauth2/auth?redirect_uri=https%3A%2F%2Fapp.example.org%2F';

  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  });

  it('leaves it off until the switch is on, then labels what it finds as generic', async () => {
    const pages = createPageService();
    const from = { tab: 1, frame: 0 };
    expect((await pages.hello('a.example.com')).filter.generic).toBe(false);
    expect((await pages.resolve({ texts: [], hrefs: [tracker] }, from)).hrefs).toEqual([null]);
    await setFeature('generic', true);
    const permit = await pages.hello('a.example.com');
    expect(permit.filter.generic).toBe(true);
    expect(permit.kinds).toContain('generic');
    const reply = await pages.resolve({ texts: [], hrefs: [tracker, login] }, from);
    expect(reply.hrefs[0]).toMatchObject({
      url: 'https://shop.example.org/a',
      kind: 'generic',
      label: 'kindGeneric',
    });
    expect(reply.hrefs[1]).toBeNull();
  });

  it('never forwards a page on a guess', async () => {
    await setFeature('generic', true);
    const reply = await createPageService().interstitial(tracker, 1);
    expect(reply).toMatchObject({ skip: false, target: null });
  });
});

describe('the page service with a web host picked for Xiaohongshu', () => {
  const app = 'xhsdiscover://item/5f34197f000000000101e575';
  const text =
    '31 【我的澳洲醫生男友 | 小红书 - 你的生活指南】 https://www.xiaohongshu.com/explore/642828fe000000001101397d?xsec_token=AB';
  const wrapper = 'https://link.zhihu.com/?target=https%3A//www.xiaohongshu.com/explore/1';

  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  });

  it('opens links on the mainland host, then on RedNote from the next batch on, and back', async () => {
    const pages = createPageService();
    const from = { tab: 1, frame: 0 };
    const urls = async () => {
      const reply = await pages.resolve({ texts: [text], hrefs: [app] }, from);
      return [reply.texts[0]?.[0]?.url, reply.hrefs[0]?.url];
    };
    expect(await urls()).toEqual([
      'https://www.xiaohongshu.com/explore/642828fe000000001101397d?xsec_token=AB',
      'https://www.xiaohongshu.com/explore/5f34197f000000000101e575',
    ]);
    await setMirror('xiaohongshu', 'www.rednote.com');
    expect(await urls()).toEqual([
      'https://www.rednote.com/explore/642828fe000000001101397d?xsec_token=AB',
      'https://www.rednote.com/explore/5f34197f000000000101e575',
    ]);
    await setMirror('xiaohongshu', null);
    expect((await urls())[1]).toBe('https://www.xiaohongshu.com/explore/5f34197f000000000101e575');
  });

  it('forwards a "you are leaving" page to the picked host', async () => {
    await setMirror('xiaohongshu', 'www.rednote.com');
    expect(await createPageService().interstitial(wrapper, 1)).toMatchObject({
      target: 'https://www.rednote.com/explore/1',
    });
  });
});

describe('the permit a page gets on hello', () => {
  beforeEach(() => fakeBrowser.reset());

  it("carries the click trap of a host a platform lists, with the platform's own hosts", async () => {
    const permit = await createPageService().hello('www.facebook.com');
    expect(permit.trap).toEqual({
      attributes: ['data-lynx-uri', 'data-lynx-mode', 'onmousedown'],
      own: ['facebook.com'],
    });
  });

  it('carries no click trap for a host no platform lists', async () => {
    expect((await createPageService().hello('forum.example.net')).trap).toBeNull();
  });

  it('carries no click trap where the user switched Unwall off', async () => {
    await setSiteDisabled('www.facebook.com', true);
    const permit = await createPageService().hello('www.facebook.com');
    expect(permit).toMatchObject({ enabled: false, trap: null });
  });
});

describe("the page service's hello and the window.open guard", () => {
  beforeEach(() => fakeBrowser.reset());
  const csdn = { host: 'link.csdn.net', path: '/', param: 'target' };

  it('gives the simple wrappers to a page listed as opening links through window.open', async () => {
    const permit = await createPageService().hello('blog.csdn.net');
    expect(permit.opens).toContainEqual(csdn);
  });

  it('tells every other page nothing of it', async () => {
    expect(await createPageService().hello('weibo.com')).not.toHaveProperty('opens');
  });

  it('gives an empty list when Unwall is off for the site, or wrappers are switched off', async () => {
    const pages = createPageService();
    await setSiteDisabled('blog.csdn.net', true);
    expect((await pages.hello('blog.csdn.net')).opens).toEqual([]);
    await setSiteDisabled('blog.csdn.net', false);
    expect((await pages.hello('blog.csdn.net')).opens).toContainEqual(csdn);
    await setFeature('wrappers', false);
    expect((await pages.hello('blog.csdn.net')).opens).toEqual([]);
  });
});

describe('the page service while Unwall is paused', () => {
  const NOW = Date.UTC(2026, 11, 2, 8, 0, 0);
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('changes no page and forwards from no interstitial until the pause ends, then asks the page back', async () => {
    const pages = createPageService();
    await pauseAll('10m');
    expect(await pages.hello('weibo.com')).toMatchObject({ enabled: false, trap: null, resumeIn: 600_000 });
    const leaving = 'https://link.zhihu.com/?target=https%3A//github.com/x';
    expect(await pages.interstitial(leaving)).toMatchObject({ enabled: false });
    vi.setSystemTime(NOW + 600_000);
    const permit = await pages.hello('weibo.com');
    expect(permit.enabled).toBe(true);
    expect(permit).not.toHaveProperty('resumeIn');
    expect(await pages.interstitial(leaving)).toMatchObject({ enabled: true });
  });

  it('holds a pause until restart while the session lasts, and ends it on resume', async () => {
    const pages = createPageService();
    await pauseAll('restart');
    vi.setSystemTime(NOW + 30 * 86_400_000);
    expect(await pages.hello('weibo.com')).toMatchObject({ enabled: false });
    expect(await pages.hello('weibo.com')).not.toHaveProperty('resumeIn');
    await resumeAll();
    expect((await pages.hello('weibo.com')).enabled).toBe(true);
  });

  it('ends a pause until restart when the browser restarts (its session storage is gone)', async () => {
    await pauseAll('restart');
    await fakeBrowser.storage.session.clear();
    expect((await createPageService().hello('weibo.com')).enabled).toBe(true);
  });
});
