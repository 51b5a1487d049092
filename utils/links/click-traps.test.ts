import { describe, expect, it } from 'vitest';
import { platforms } from '@/utils/platforms';
import { definePlatform } from '@/utils/platforms/define-platform';
import { clickTrapsSchema } from '@/utils/platforms/schema';
import { clickTrapOf } from './click-traps';

/** Every rule names its source and the day it was confirmed; the made-up ones here share one. */
const provenance = { source: 'https://example.org/made-up-rules', verified: '2026-12-01' } as const;

const forum = definePlatform({
  id: 'forum',
  names: { en: 'Forum', zh: '论坛' },
  domains: ['forum.example'],
  clickTraps: { hosts: ['*.forum.example'], attributes: ['ping'], ...provenance },
  examples: [{ input: 'https://forum.example/', url: 'https://forum.example/' }],
});

describe('the click trap of a page host', () => {
  it.each([
    ['www.facebook.com', ['data-lynx-uri', 'data-lynx-mode', 'onmousedown'], ['facebook.com']],
    [
      'www.google.com.hk',
      ['ping', 'onmousedown', 'oncontextmenu', 'data-jsarwt', 'data-cthref', 'data-rw'],
      ['google.com', 'google.com.hk', 'google.co.jp', 'google.co.uk', 'google.de'],
    ],
    ['blog.csdn.net', ['data-report-click', 'data-report-query'], ['csdn.net']],
    ['wj.qq.com', [], ['qq.com']],
    ['linux.do', [], ['linux.do']],
    ['bbs.nga.cn', ['onclick', 'onmouseover', 'onmouseout'], ['nga.cn', 'ngabbs.com', 'nga.178.com']],
  ])('%s: the attributes its platform lists, and its own hosts', (host, attributes, own) => {
    expect(clickTrapOf(platforms, host)).toEqual({ attributes, own });
  });

  it.each([
    'forum.example.net',
    'l.facebook.com',
    'developers.facebook.com',
    'mail.google.com',
    'www.qq.com',
  ])('leaves %s alone: no platform lists it', (host) => {
    expect(clickTrapOf(platforms, host)).toBeNull();
  });

  it('covers the subdomains of a `*.` host, not the domain itself', () => {
    expect(clickTrapOf([forum], 'bbs.forum.example')).toEqual({
      attributes: ['ping'],
      own: ['forum.example'],
    });
    expect(clickTrapOf([forum], 'forum.example')).toBeNull();
  });

  it('reads the host in any case', () => {
    expect(clickTrapOf(platforms, 'WWW.Facebook.com')?.own).toEqual(['facebook.com']);
  });
});

describe('the click-trap data', () => {
  it.each(['href', 'title', 'target', 'data-unwall', 'data-unwall-href', 'class'])(
    'refuses to list %s: only tracking attributes may be taken off a link',
    (name) => {
      expect(
        clickTrapsSchema.safeParse({ hosts: ['a.example'], attributes: [name], ...provenance }).success,
      ).toBe(false);
    },
  );

  it('takes ping, inline handlers and data attributes', () => {
    const attributes = ['ping', 'onmousedown', 'data-lynx-uri'];
    expect(clickTrapsSchema.safeParse({ hosts: ['a.example'], attributes, ...provenance }).success).toBe(
      true,
    );
  });
});
