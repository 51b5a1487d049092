import { createPageEngine } from '@/utils/links';
import type { UserRule } from '@/utils/links/user-rules';
import { isUnderDomain } from '@/utils/url';
import { checkUserRule } from '../schema';
import { fromClearUrls } from './clearurls';
import type { Translation } from './translation';
import { fromUblockLine } from './ublock';

/** A line of the pasted text and what it becomes: a checked rule with an example at work, or why not. */
export type PreviewRow =
  | { where: string; source: string; ok: true; rule: UserRule; example: string; result: string | null }
  | { where: string; source: string; ok: false; reasons: string[]; detail?: string };

const SAMPLE_TARGET = 'https://example.com/unwall-test';

/**
 * An address the rule would unwrap: the user's own test address when it is on the rule's host,
 * else one made from the rule (its host, path and parameter around a sample target).
 * @example exampleFor({ host: 'go.example.org', pathPrefix: '/out', param: 'u', encoding: 'url' }) // 'https://go.example.org/out?u=https%3A%2F%2Fexample.com%2Funwall-test'
 */
export function exampleFor(rule: UserRule, testUrl?: string): string {
  const host = testUrl && URL.canParse(testUrl) ? new URL(testUrl).hostname : '';
  if (host && isUnderDomain(host, rule.host)) return testUrl!;
  const value = rule.encoding === 'base64' ? btoa(SAMPLE_TARGET) : encodeURIComponent(SAMPLE_TARGET);
  return `https://${rule.host}${rule.pathPrefix}?${rule.param}=${value}`;
}

function checked(translation: Translation, testUrl?: string): PreviewRow {
  const { where, source } = translation;
  if ('refused' in translation) {
    return {
      where,
      source,
      ok: false,
      reasons: [`importRefused_${translation.refused}`],
      detail: translation.detail,
    };
  }
  const check = checkUserRule(translation.rule);
  if (!check.ok) return { where, source, ok: false, reasons: check.reasons };
  const example = exampleFor(check.rule, testUrl);
  const result = createPageEngine([check.rule]).toDirectUrl(example);
  return { where, source, ok: true, rule: check.rule, example, result };
}

/**
 * Another extension's rules, pasted (uBlock Origin filter lines with `urlskip=`, or a ClearURLs or
 * Linkumori rules file), each translated into a user rule and checked like one typed in, with what it
 * does to an example; or refused with the reason.
 * @example previewImport('||l.threads.net/?u=http$doc,urlskip=?u')[0]?.ok // true
 */
export function previewImport(text: string, testUrl?: string): PreviewRow[] {
  const translations = text.trim().startsWith('{')
    ? fromClearUrls(text)
    : text.split(/\r?\n/).flatMap((line, i) => fromUblockLine(line, i + 1) ?? []);
  return translations.map((t) => checked(t, testUrl));
}
