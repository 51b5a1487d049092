import type { Platform } from './schema';

/**
 * Declares a platform file. The data is used as typed constants at run time (the content script ships
 * no zod); `registry.test.ts` checks every file against `platformSchema` and runs its examples.
 * @example export default definePlatform({ id: 'zhihu', names: { en: 'Zhihu', zh: '知乎' }, examples: [...] });
 */
export function definePlatform<const P extends Platform>(platform: P): P {
  return platform;
}

/**
 * A platform's own hosts: its domains and short-link domains, a leading `*.` taken off (a listed
 * host covers its subdomains anyway).
 * @example hostsOf({ domains: ['jd.com'], shortDomains: ['3.cn'] }) // ['jd.com', '3.cn']
 */
export function hostsOf(platform: Pick<Platform, 'domains' | 'shortDomains'>): string[] {
  return [...(platform.domains ?? []), ...(platform.shortDomains ?? [])].map((d) => d.replace(/^\*\./, ''));
}

/**
 * Token wrappers that also wrap ordinary words (brackets, slashes): a token inside them must carry a
 * digit too, and they tell a page's prefilter nothing.
 * @example weakWrappers.has('（') // true
 */
export const weakWrappers: ReadonlySet<string> = new Set(['(', ')', '（', '）', '/']);
