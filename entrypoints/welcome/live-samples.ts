import { platformName, what, type NameOf } from '@/utils/extension/describe';
import { describeAnchor, describeCopied, describePageLink } from '@/utils/extension/page-text';
import type { Settings } from '@/utils/extension/settings';
import { createPageEngine } from '@/utils/links';
import { localScanEngine } from '@/utils/page/local-engine';
import { createScanner } from '@/utils/page/scanner';

/**
 * The samples on the first-run page, made live by the same page layer that works in web pages
 * (content scripts do not run in the extension's own pages): the engine runs in the page itself,
 * with the user's own rules, and every kind of fix is applied and marked as on a web page.
 * `nameOf` gives the platforms' names in the reader's form (Traditional for zh_TW and zh_HK).
 */
export function liveSamples(
  doc: Document,
  rules: Settings['userRules'],
  signal: AbortSignal,
  nameOf: NameOf,
): void {
  const engine = localScanEngine(
    createPageEngine(rules),
    (link) => what(link.platform, link.kind, nameOf),
    null,
    (link) => platformName(link.platform, nameOf),
  );
  const scanner = createScanner({
    doc,
    engine,
    describe: describePageLink,
    describeCopied,
    describeAnchor,
    signal,
    onFixed: () => {},
  });
  scanner.start({ kinds: ['share', 'url', 'obfuscated', 'token', 'wrapper', 'scheme'], marker: true });
}
