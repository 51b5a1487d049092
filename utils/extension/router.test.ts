import { describe, expect, it, vi } from 'vitest';
import { onMessageOf, routeMessages, type Handlers } from './router';

const permit = { enabled: true, kinds: [], marker: true, filter: { hosts: [], markers: [], schemes: [] } };

function handlers(): Handlers<string> {
  return {
    hello: vi.fn(() => permit as never),
    resolve: vi.fn(() => ({ texts: [], hrefs: [] })),
    interstitial: vi.fn(() => undefined),
    fixed: vi.fn(() => undefined),
    getTab: vi.fn(() => Promise.resolve(null)),
    restored: vi.fn(() => undefined),
  };
}

describe('routeMessages', () => {
  it('hands each checked message to the handler of its type, with its sender, and answers with its reply', async () => {
    const table = handlers();
    const listener = routeMessages(table);
    await expect(listener({ type: 'hello', host: 'a.cn' }, 'tab 1')).resolves.toBe(permit);
    expect(table.hello).toHaveBeenCalledWith({ type: 'hello', host: 'a.cn' }, 'tab 1');
    expect(table.resolve).not.toHaveBeenCalled();
    await expect(listener({ type: 'getTab', tabId: 3 }, 'popup')).resolves.toBeNull();
  });

  it('answers nothing to a report, nor where the handler says no answer', () => {
    const listener = routeMessages(handlers());
    expect(listener({ type: 'fixed', items: [] }, 'tab 1')).toBeUndefined();
    expect(listener({ type: 'interstitial', url: 'https://a.cn/' }, 'tab 1')).toBeUndefined();
  });

  it.each([
    ['an unknown type', { type: 'eval', code: '1' }],
    ['a wrong field', { type: 'hello', host: 42 }],
    ['a batch over the limit', { type: 'resolve', texts: Array(501).fill('x'), hrefs: [] }],
    ['no object at all', 'hello'],
  ])('ignores %s: no handler runs, no answer', (_, raw) => {
    const table = handlers();
    expect(routeMessages(table)(raw, 'tab 1')).toBeUndefined();
    Object.values(table).forEach((handler) => expect(handler).not.toHaveBeenCalled());
  });
});

describe('onMessageOf', () => {
  it('runs for its own type only, and never answers', () => {
    const run = vi.fn();
    const listener = onMessageOf<'hello', string>('hello', run);
    expect(listener({ type: 'resolve', texts: [], hrefs: [] }, 'tab 1')).toBeUndefined();
    expect(run).not.toHaveBeenCalled();
    expect(listener({ type: 'hello', host: 'a.cn' }, 'tab 1')).toBeUndefined();
    expect(run).toHaveBeenCalledWith({ type: 'hello', host: 'a.cn' }, 'tab 1');
  });
});
