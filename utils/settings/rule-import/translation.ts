import type { UserRule } from '@/utils/links/user-rules';

/**
 * Why a line of another extension's rules cannot become an Unwall rule. Each is a message key
 * `importRefused_<reason>` the options page shows beside the line.
 */
export type Refusal =
  | 'notUrlskip'
  | 'exception'
  | 'noHost'
  | 'hostWildcard'
  | 'regexPattern'
  | 'option'
  | 'step'
  | 'nestedParam'
  | 'noScheme'
  | 'targetInPath'
  | 'regex'
  | 'fixedTarget'
  | 'notJson'
  | 'noRedirections';

/** One line (or one ClearURLs redirection) and what it becomes: a user rule, or the reason it cannot. */
export type Translation =
  | { where: string; source: string; rule: UserRule }
  | { where: string; source: string; refused: Refusal; detail?: string };

/** A rule on a host and path prefix, whatever parameter and encoding. */
export const ruleOn = (
  host: string,
  pathPrefix: string,
  param: string,
  encoding: UserRule['encoding'],
): UserRule => ({
  host,
  pathPrefix: pathPrefix || '/',
  param,
  encoding,
});
