import type { PageLink } from '@/utils/protocol';

/** A JD short link, the plain address the page tests link. */
export const JD_URL = 'https://3.cn/2odH-z1a';

/**
 * The engine's answer for `JD_URL` written plainly at `start` of a text (tests only).
 * @example plainLink(2).end // 2 + JD_URL.length
 */
export function plainLink(start: number): PageLink {
  return {
    start,
    end: start + JD_URL.length,
    original: JD_URL,
    url: JD_URL,
    platform: 'jd',
    kind: 'url',
    label: '',
    app: '',
  };
}
