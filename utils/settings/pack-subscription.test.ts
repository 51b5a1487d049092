import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRefreshDue, readSubscription, REFRESH_EVERY_MS, subscriptionUrl } from './pack-subscription';

describe('the rule-pack subscription setting', () => {
  it.each([
    ['https://packs.example.org/unwall.json', 'https://packs.example.org/unwall.json'],
    ['  https://Packs.Example.org/a.json#top ', 'https://packs.example.org/a.json'],
    [
      'https://raw.githubusercontent.com/o/r/main/pack.json?x=1',
      'https://raw.githubusercontent.com/o/r/main/pack.json?x=1',
    ],
  ])('takes the https address %s', (text, url) => {
    expect(subscriptionUrl(text)).toBe(url);
  });

  it.each([
    'http://packs.example.org/unwall.json',
    'ftp://packs.example.org/unwall.json',
    'javascript:alert(1)',
    'https://user:pw@packs.example.org/p.json',
    'https://localhost/p.json',
    'https://127.0.0.1/p.json',
    'packs.example.org/p.json',
    '',
    `https://packs.example.org/${'a'.repeat(2000)}`,
  ])('refuses %s', (text) => {
    expect(subscriptionUrl(text)).toBeNull();
  });

  it('never gives anything but an https address', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (text) => {
        const url = subscriptionUrl(text);
        expect(url === null || url.startsWith('https://')).toBe(true);
      }),
    );
  });

  it('reads broken storage as off, and an on subscription to a bad address as off', () => {
    expect(readSubscription(null).on).toBe(false);
    expect(readSubscription({ url: 3, on: true }).on).toBe(false);
    expect(readSubscription({ url: 'http://packs.example.org/p.json', on: true }).on).toBe(false);
    expect(readSubscription({ url: 'https://packs.example.org/p.json', on: true }).on).toBe(true);
  });

  it('is due at most once a day, and never while off', () => {
    const url = 'https://packs.example.org/p.json';
    const last = new Date('2026-12-01T10:00:00Z');
    const at = (ms: number) => new Date(last.getTime() + ms);
    const tried = { url, on: true, lastAttempt: last.toISOString() };
    expect(isRefreshDue({ url, on: true }, last)).toBe(true);
    expect(isRefreshDue({ url, on: false }, last)).toBe(false);
    expect(isRefreshDue({ ...tried, on: false }, at(10 * REFRESH_EVERY_MS))).toBe(false);
    expect(isRefreshDue(tried, at(REFRESH_EVERY_MS - 1))).toBe(false);
    expect(isRefreshDue(tried, at(REFRESH_EVERY_MS))).toBe(true);
    // A clock set back by more than a day does not stop the downloads for good.
    expect(isRefreshDue(tried, at(-REFRESH_EVERY_MS))).toBe(true);
  });
});
