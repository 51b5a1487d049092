import type { Platform } from '@/utils/platforms/schema';
import { findLinksIn, type FoundLink } from './find-links';
import { readWarning, resolve, type Warning } from './resolve';
import { compileRules, type RuleSet } from './rules';

export interface Engine {
  findLinks(text: string): FoundLink[];
  toDirectUrl(href: string): string | null;
  /** The platform's verdict when the address is its warning page (never unwrapped). */
  warningOf(href: string): Warning | null;
}

/**
 * An engine over a set of platforms (the registry, or the registry plus a user's own rules).
 * @example createEngine(platforms).toDirectUrl('https://link.zhihu.com/?target=https%3A//a.cn/') // 'https://a.cn/'
 */
export function createEngine(platforms: readonly Platform[]): Engine {
  return engineFor(compileRules(platforms));
}

/** An engine over rules already compiled. */
export function engineFor(rules: RuleSet): Engine {
  return {
    findLinks: (text) => findLinksIn(rules, text),
    toDirectUrl: (href) => (typeof href === 'string' ? (resolve(rules, href)?.url ?? null) : null),
    warningOf: (href) => (typeof href === 'string' ? readWarning(rules, href) : null),
  };
}
