/**
 * Scores the engine's text half on linkify-it's and linkifyjs's own fixtures and on the Chinese
 * cases, and lists every miss and false positive:
 *   npm run score:linkify            (the copy in tests/fixtures/linkify)
 *   npm run score:linkify -- DIR     (another copy, such as the shared research's)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultRules } from '../utils/links/default-rules';
import { findLinks } from '../utils/links/index';
import {
  linkFinder,
  loadLinkifyCases,
  scoreLinkify,
  type LinkifyCase,
  type LinkifySuite,
} from '../utils/links/linkify-score';
import { platformOfHost } from '../utils/links/rules';

const dir = process.argv[2] ?? resolve(import.meta.dirname, '../tests/fixtures/linkify');
const cases = loadLinkifyCases((name) => readFileSync(resolve(dir, name), 'utf8'));
const known = (host: string) => platformOfHost(defaultRules, host) !== null;
const find = linkFinder(findLinks);

const groups: [string, LinkifyCase[]][] = [
  ...(['linkify-it', 'linkifyjs', 'cjk'] as LinkifySuite[]).map(
    (suite) => [suite, cases.filter((c) => c.suite === suite && !c.apart)] as [string, LinkifyCase[]],
  ),
  ['CJK inside a link (scored apart)', cases.filter((c) => c.apart)],
];
for (const [suite, group] of groups) {
  const score = scoreLinkify(group, find, known);
  for (const m of score.missed)
    process.stdout.write(`miss ${m.id} ${m.expected} -> ${JSON.stringify(m.got)}\n`);
  for (const f of score.falsePositives)
    process.stdout.write(`false ${f.id} ${JSON.stringify(f.text)} -> ${f.got}\n`);
  const recall = score.inScope ? (score.found / score.inScope).toFixed(3) : '-';
  process.stdout.write(
    `${suite}: ${score.found} of ${score.inScope} in-scope links (recall ${recall}); false positives ${score.falsePositives.length}\n`,
  );
}
