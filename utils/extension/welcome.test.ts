import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findLinks, toDirectUrl } from '@/utils/links';
import { openWelcomeOnInstall, welcomeSamples } from './welcome';

describe('the first-run page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('opens once after a fresh install, not after an update', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openWelcomeOnInstall({ reason: 'update', previousVersion: '0.1.0' } as never);
    await openWelcomeOnInstall({ reason: 'chrome_update' } as never);
    expect(create).not.toHaveBeenCalled();
    await openWelcomeOnInstall({ reason: 'install' } as never);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toMatch(/\/welcome\.html$/);
  });

  it('shows samples that each still give their fix', () => {
    expect(findLinks(welcomeSamples.shareText)[0]).toMatchObject({ kind: 'share', platform: 'taobao' });
    expect(toDirectUrl(welcomeSamples.wrapper)).toBe('https://github.com/Aixile/chainer-cyclegan');
    expect(toDirectUrl(welcomeSamples.appLink)).toBe('https://item.taobao.com/item.htm?id=601009971043');
    expect(findLinks(welcomeSamples.token)[0]).toMatchObject({ kind: 'token', url: null });
  });
});
