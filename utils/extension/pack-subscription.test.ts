import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Platform } from '@/utils/platforms/schema';
import { MAX_PACK_BYTES, writePack } from '@/utils/settings/rule-pack';
import { REFRESH_EVERY_MS } from '@/utils/settings/pack-subscription';
import { downloadPack, type Fetch } from './pack-download';
import {
  readPackSubscription,
  refreshPackSubscription,
  subscribeToPack,
  unsubscribeFromPack,
  type SubscriptionDeps,
} from './pack-subscription';
import { readRulePack } from './rule-pack-store';

const URL_OF_PACK = 'https://packs.example.org/unwall.json';

function platform(to: string): Platform {
  return {
    id: 'goexample',
    names: { en: 'Go Example', zh: '示例跳转' },
    domains: ['go.example.org'],
    wrappers: [
      {
        kind: 'wrapper',
        hosts: ['go.example.org'],
        path: '/out',
        query: { to: '{u:url}' },
        to: '{u}',
        source: 'https://go.example.org/about',
        verified: '2026-12-01',
      },
    ],
    examples: [{ input: 'https://go.example.org/out?to=https%3A%2F%2Fexample.com%2Fa', url: to }],
  };
}

const goodPack = writePack([platform('https://example.com/a')], new Date('2026-12-01T10:00:00Z'));
const failingPack = writePack([platform('https://example.com/other')], new Date('2026-12-02T10:00:00Z'));

/** A server that answers every request with the current body and counts them. */
function server(body: string, init: ResponseInit = { status: 200 }) {
  const state = { body, init, requests: [] as { url: string; init: RequestInit }[] };
  const fetchImpl: Fetch = async (url, requestInit) => {
    state.requests.push({ url, init: requestInit });
    return new Response(state.body, state.init);
  };
  return { state, fetchImpl };
}

function clock(start: string) {
  let now = new Date(start);
  return { now: () => now, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('the rule-pack subscription', () => {
  let deps: SubscriptionDeps;
  let site: ReturnType<typeof server>;
  let time: ReturnType<typeof clock>;

  beforeEach(() => {
    fakeBrowser.reset();
    site = server(goodPack);
    time = clock('2026-12-02T08:00:00Z');
    deps = { fetch: site.fetchImpl, now: time.now };
  });

  it('makes no request while off, however long it waits', async () => {
    expect(await refreshPackSubscription({}, deps)).toBe('off');
    time.advance(30 * REFRESH_EVERY_MS);
    expect(await refreshPackSubscription({}, deps)).toBe('off');
    expect(await refreshPackSubscription({ force: true }, deps)).toBe('off');
    expect(site.state.requests).toEqual([]);
  });

  it('downloads at once on subscribing, without cookies or referrer, and uses the pack with its host and time', async () => {
    expect(await subscribeToPack(URL_OF_PACK, deps)).toBe('updated');
    expect(site.state.requests).toHaveLength(1);
    expect(site.state.requests[0]!.url).toBe(URL_OF_PACK);
    expect(site.state.requests[0]!.init).toMatchObject({
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
    expect(await readRulePack()).toMatchObject({
      from: 'packs.example.org',
      at: '2026-12-02T08:00:00.000Z',
      pack: { entries: [{ id: 'goexample' }] },
    });
    expect(await readPackSubscription()).toMatchObject({ on: true, lastSuccess: '2026-12-02T08:00:00.000Z' });
  });

  it('refreshes at most once a day', async () => {
    await subscribeToPack(URL_OF_PACK, deps);
    time.advance(REFRESH_EVERY_MS - 60_000);
    expect(await refreshPackSubscription({}, deps)).toBe('notDue');
    expect(site.state.requests).toHaveLength(1);
    time.advance(60_000);
    expect(await refreshPackSubscription({}, deps)).toBe('updated');
    expect(await refreshPackSubscription({}, deps)).toBe('notDue');
    expect(site.state.requests).toHaveLength(2);
  });

  it('keeps the last good pack when a download fails or a new pack fails its examples', async () => {
    await subscribeToPack(URL_OF_PACK, deps);
    const good = await readRulePack();
    site.state.body = failingPack;
    time.advance(REFRESH_EVERY_MS);
    expect(await refreshPackSubscription({}, deps)).toBe('failed');
    expect(await readRulePack()).toEqual(good);
    expect((await readPackSubscription()).problems).toEqual([
      expect.objectContaining({ kind: 'example', entry: 'goexample', expected: 'https://example.com/other' }),
    ]);

    site.state.init = { status: 503 };
    expect(await refreshPackSubscription({ force: true }, deps)).toBe('failed');
    expect(await readRulePack()).toEqual(good);
    expect((await readPackSubscription()).problems).toEqual([{ kind: 'status', status: 503 }]);

    site.state.init = { status: 200 };
    site.state.body = goodPack;
    expect(await refreshPackSubscription({ force: true }, deps)).toBe('updated');
    expect((await readPackSubscription()).problems).toBeUndefined();
  });

  it('stops downloading once turned off, keeping the pack in use', async () => {
    await subscribeToPack(URL_OF_PACK, deps);
    await unsubscribeFromPack();
    time.advance(5 * REFRESH_EVERY_MS);
    expect(await refreshPackSubscription({}, deps)).toBe('off');
    expect(site.state.requests).toHaveLength(1);
    expect(await readRulePack()).not.toBeNull();
  });

  it('stays off when the user unsubscribes while a download runs, and takes nothing from it', async () => {
    await subscribeToPack(URL_OF_PACK, deps);
    await fakeBrowser.storage.local.set({ rulePack: null });
    time.advance(REFRESH_EVERY_MS);
    let answer: ((response: Response) => void) | null = null;
    deps.fetch = () => new Promise<Response>((ok) => (answer = ok));
    const refresh = refreshPackSubscription({}, deps);
    // The download has started: then the user unsubscribes.
    await vi.waitFor(() => expect(answer).not.toBeNull());
    await unsubscribeFromPack();
    answer!(new Response(goodPack, { status: 200 }));
    expect(await refresh).toBe('off');
    expect((await readPackSubscription()).on).toBe(false);
    expect(await readRulePack()).toBeNull();
  });

  it('keeps the subscription readable when a failing example is very long', async () => {
    await subscribeToPack(URL_OF_PACK, deps);
    const long = `https://go.example.org/out?to=https%3A%2F%2Fexample.com%2F${'a'.repeat(8000)}`;
    site.state.body = goodPack.replace('https://go.example.org/out?to=https%3A%2F%2Fexample.com%2Fa', long);
    expect(await refreshPackSubscription({ force: true }, deps)).toBe('failed');
    const stored = await readPackSubscription();
    expect(stored).toMatchObject({ on: true, url: URL_OF_PACK });
    expect(stored.problems?.[0]).toMatchObject({ kind: 'example' });
  });

  it('refuses an address that is not https, storing nothing and requesting nothing', async () => {
    expect(await subscribeToPack('http://packs.example.org/unwall.json', deps)).toBe('invalid');
    expect(await readPackSubscription()).toMatchObject({ on: false });
    expect(site.state.requests).toEqual([]);
  });

  it('reads broken storage as off', async () => {
    await fakeBrowser.storage.local.set({ packSubscription: { url: URL_OF_PACK, on: 'yes' } });
    expect(await refreshPackSubscription({ force: true }, deps)).toBe('off');
    expect(site.state.requests).toEqual([]);
  });
});

describe('downloading a pack', () => {
  it('refuses a redirect to a plain http address', async () => {
    const fetchImpl: Fetch = async () => {
      const response = new Response(goodPack, { status: 200 });
      Object.defineProperty(response, 'url', { value: 'http://packs.example.org/unwall.json' });
      return response;
    };
    expect(await downloadPack(URL_OF_PACK, fetchImpl)).toEqual({
      ok: false,
      problems: [{ kind: 'notHttps' }],
    });
  });

  it('reads nothing from a redirect to an IP address', async () => {
    const fetchImpl: Fetch = async () => {
      const response = new Response(goodPack, { status: 200 });
      Object.defineProperty(response, 'url', { value: 'https://192.168.1.1/unwall.json' });
      return response;
    };
    expect(await downloadPack(URL_OF_PACK, fetchImpl)).toEqual({
      ok: false,
      problems: [{ kind: 'notHttps' }],
    });
  });

  it('stops reading a body larger than a pack may be', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1_000_000).fill(32);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    const fetchImpl: Fetch = async () => new Response(endless, { status: 200 });
    expect(await downloadPack(URL_OF_PACK, fetchImpl)).toEqual({
      ok: false,
      problems: [{ kind: 'tooLarge' }],
    });
    expect(pulled).toBeLessThanOrEqual(MAX_PACK_BYTES / chunk.length + 2);
  });

  it('gives up a download that never answers', async () => {
    const fetchImpl: Fetch = (_, init) =>
      new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    expect(await downloadPack(URL_OF_PACK, fetchImpl, 20)).toEqual({
      ok: false,
      problems: [{ kind: 'timeout' }],
    });
  });

  it('says a failed connection is a network problem', async () => {
    const fetchImpl: Fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await downloadPack(URL_OF_PACK, fetchImpl)).toEqual({
      ok: false,
      problems: [{ kind: 'network' }],
    });
  });
});
