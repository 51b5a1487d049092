import type { Platform } from '@/utils/platforms/schema';
import { compileRules } from './rules';
import { engineFor, type Engine } from './engine';
import { createPageFilter, pageFilterData, type PageFilter, type PageFilterData } from './quick-test';
import { platforms } from '@/utils/platforms';
import { defaultRules } from './rule-set';

/**
 * A wrapper a user describes in the options page: links on `host` (and its subdomains) under
 * `pathPrefix` carry their target in the query parameter `param`, written as a URL (`url`) or as
 * base64 (`base64`). Plain fields only, never a regular expression.
 */
export interface UserRule {
  host: string;
  pathPrefix: string;
  param: string;
  encoding: 'url' | 'base64';
}

/** The path pattern for a prefix: `/go` covers `/go` and `/go/…`, `/` covers every path. */
function pathPattern(prefix: string): string | undefined {
  const trimmed = prefix.replace(/\/+$/, '');
  return trimmed === '' ? undefined : `${trimmed}/**`;
}

/**
 * The user's rules as one platform, so they run through the same compiler and fail-closed resolver
 * as the registry.
 * @example userRulesPlatform([{ host: 'go.example.com', pathPrefix: '/out', param: 'to', encoding: 'url' }]).wrappers?.[0]?.to // '{u}'
 */
export function userRulesPlatform(rules: readonly UserRule[]): Platform {
  return {
    id: 'user',
    names: { en: 'Your rules', zh: '你的规则' },
    wrappers: rules.map((rule) => ({
      kind: 'wrapper' as const,
      hosts: [rule.host, `*.${rule.host}`],
      path: pathPattern(rule.pathPrefix),
      query: { [rule.param]: rule.encoding === 'base64' ? '{u:base64}' : '{u:url}' },
      to: rule.encoding === 'base64' ? '{u|base64}' : '{u}',
    })),
    examples: [{ input: 'user rules', url: null }],
  };
}

export interface PageEngine extends Engine, PageFilter {
  /** The page filter as data, for a content script that runs the filter without the engine. */
  filterData: PageFilterData;
}

/**
 * The engine for pages: the registry, with the user's rules first (they win their hosts).
 * @example createPageEngine([]).toDirectUrl('https://link.zhihu.com/?target=https%3A//a.cn/') // 'https://a.cn/'
 */
export function createPageEngine(rules: readonly UserRule[]): PageEngine {
  const ruleSet = rules.length > 0 ? compileRules([userRulesPlatform(rules), ...platforms]) : defaultRules;
  const filterData = pageFilterData(ruleSet);
  return { ...engineFor(ruleSet), ...createPageFilter(filterData), filterData };
}

/**
 * `createPageEngine` that compiles again only when the rules changed (settings also change for other reasons).
 * @example const engineFor = cachedPageEngine(); engineFor([]) === engineFor([]) // true
 */
export function cachedPageEngine(): (rules: readonly UserRule[]) => PageEngine {
  let lastKey = '';
  let last = createPageEngine([]);
  return (rules) => {
    const key = rules.length === 0 ? '' : JSON.stringify(rules);
    if (key !== lastKey) [lastKey, last] = [key, createPageEngine(rules)];
    return last;
  };
}
