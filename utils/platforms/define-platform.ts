import type { Platform } from './schema';

/**
 * Declares a platform file. The data is used as typed constants at run time (the content script ships
 * no zod); `registry.test.ts` checks every file against `platformSchema` and runs its examples.
 * @example export default definePlatform({ id: 'zhihu', names: { en: 'Zhihu', zh: '知乎' }, examples: [...] });
 */
export function definePlatform<const P extends Platform>(platform: P): P {
  return platform;
}
