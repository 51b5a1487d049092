import { describe, expect, it } from 'vitest';
import { limits } from '@/utils/protocol';
import { messageSchema, tabStateSchema } from './requests';

const link = { original: 'x', url: 'https://a.cn/', kind: 'wrapper', platform: null, label: 'redirect' };

describe('requests', () => {
  it('accepts what the content script sends', () => {
    expect(messageSchema.safeParse({ type: 'fixed', items: [link] }).success).toBe(true);
    expect(tabStateSchema.safeParse({ url: 'https://a.cn/', fixed: [link], clickable: 0 }).success).toBe(
      true,
    );
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', '//evil.example/', ' https://a.cn/'])(
    'refuses a fixed link whose address is %s',
    (url) => {
      expect(messageSchema.safeParse({ type: 'fixed', items: [{ ...link, url }] }).success).toBe(false);
      expect(tabStateSchema.safeParse({ url: null, fixed: [{ ...link, url }], clickable: 0 }).success).toBe(
        false,
      );
    },
  );

  it('refuses unknown message types and oversized lists', () => {
    expect(messageSchema.safeParse({ type: 'eval', code: '1' }).success).toBe(false);
    expect(
      messageSchema.safeParse({ type: 'fixed', items: Array(limits.items + 1).fill(link) }).success,
    ).toBe(false);
  });
});

describe('resolve batches', () => {
  it('takes the largest batch the protocol allows, and no larger', () => {
    const texts = Array(limits.items).fill('x'.repeat(limits.text));
    const hrefs = Array(limits.items).fill('https://a.cn/' + 'x'.repeat(limits.href - 13));
    expect(messageSchema.safeParse({ type: 'resolve', texts, hrefs }).success).toBe(true);
    expect(messageSchema.safeParse({ type: 'resolve', texts, hrefs: [hrefs[0] + 'x'] }).success).toBe(false);
  });

  it('takes the largest report the protocol allows', () => {
    const items = Array(limits.items).fill({ ...link, original: 'x'.repeat(limits.original) });
    expect(messageSchema.safeParse({ type: 'fixed', items }).success).toBe(true);
  });
});
