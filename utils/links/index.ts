import { engineFor } from './engine';
import { defaultRules } from './rule-set';

export type { FoundLink, LinkKind } from './find-links';

const engine = engineFor(defaultRules);

/**
 * Every link-bearing span of a text, in order and non-overlapping: share texts (with platform,
 * title and token), plain and damaged URLs, obfuscated links, app links and token-only 口令.
 * `url` is the direct http(s) address: wrappers are already unwrapped and app links mapped.
 * @example findLinks('【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开')
 * // [{ kind: 'share', platform: 'jd', url: 'https://3.cn/2odH-z1a', title: '京东百亿补贴', … }]
 */
export const findLinks = engine.findLinks;

/**
 * The direct http(s) address behind a redirect wrapper, interstitial page or app link; null when
 * there is nothing to do or no safe target.
 * @example toDirectUrl('https://link.zhihu.com/?target=https%3A//github.com/x') // 'https://github.com/x'
 */
export const toDirectUrl = engine.toDirectUrl;
