import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMadeRequest } from './page-client';

const reply = { restored: true, original: null };
const request = { type: 'made', action: 'restore', clicked: 'https://github.com/x' };

describe('the frame’s answers about one fix', () => {
  beforeEach(() => fakeBrowser.reset());

  /** What the frame answers `message` from `sender` with (undefined: it does not answer). */
  async function answer(message: unknown, sender: Record<string, unknown>) {
    const act = vi.fn().mockReturnValue(reply);
    const stop = onMadeRequest(act);
    const [answered] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
    stop();
    return { answered: await answered, act };
  }
  const own = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') });

  it.each([
    ['the background (the context menu)', () => own()],
    ['a background that names no address', () => ({ id: fakeBrowser.runtime.id })],
    ['the popup', () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') })],
    [
      'the popup in a tab (Firefox, Firefox for Android)',
      () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html'), tab: { id: 3 } }),
    ],
  ])('answers %s', async (_, sender) => {
    const { answered, act } = await answer(request, sender());
    expect(answered).toEqual(reply);
    expect(act).toHaveBeenCalledWith(request);
  });

  it.each([
    [
      'another page’s content script (its tab and page)',
      () => ({ id: fakeBrowser.runtime.id, url: 'https://a.cn/', tab: { id: 3 } }),
    ],
    ['a sender with a tab and no address', () => ({ id: fakeBrowser.runtime.id, tab: { id: 3 } })],
    ['a content script naming its page', () => ({ id: fakeBrowser.runtime.id, url: 'https://a.cn/' })],
    ['another extension', () => ({ id: 'someone-else', url: 'chrome-extension://someone-else/x.html' })],
  ])('never answers %s', async (_, sender) => {
    const { answered, act } = await answer(request, sender());
    expect(answered).toBeUndefined();
    expect(act).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown action', { ...request, action: 'open' }],
    ['an id that is no whole number', { type: 'made', action: 'restore', id: 1.5 }],
    [
      'a link address longer than the wire takes',
      { ...request, clicked: `https://a.cn/${'x'.repeat(9000)}` },
    ],
    ['a link address that is no string', { ...request, clicked: 7 }],
  ])('ignores %s', async (_, message) => {
    const { act } = await answer(message, own());
    expect(act).not.toHaveBeenCalled();
  });
});
