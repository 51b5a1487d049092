/**
 * Counts what the generic fallback would change: the anchors of the benchmark's feed and of the saved
 * fixture pages, each href read with the fallback off and on, and lists every href it would change.
 *   npx tsx scripts/count-generic.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateFeed } from '../bench/generate';
import { decodeEntities } from '../utils/links/decode';
import { createPageEngine } from '../utils/links/index';

const off = createPageEngine([]);
const on = createPageEngine([], { generic: true });

function hrefsIn(html: string): string[] {
  return [...html.matchAll(/\bhref\s*=\s*["']([^"']*)["']/gi)].map((m) => decodeEntities(m[1]!));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function count(name: string, hrefs: string[]): void {
  const known = hrefs.filter((href) => off.directLinkOf(href) !== null).length;
  const changed = hrefs.filter((href) => off.directLinkOf(href) === null && on.directLinkOf(href) !== null);
  process.stdout.write(
    `${name}: ${hrefs.length} anchors, ${known} by the rules, ${changed.length} more by the generic fallback\n`,
  );
  for (const href of changed) process.stdout.write(`  ${href} -> ${on.directLinkOf(href)!.url}\n`);
}

count('bench feed (10 000 text nodes, seed 1)', hrefsIn(generateFeed(10_000, 1).html));
const root = resolve(import.meta.dirname, '../tests/fixtures');
for (const dir of ['pages', 'realpages']) {
  let files: string[];
  try {
    files = filesUnder(join(root, dir));
  } catch {
    continue;
  }
  count(
    `tests/fixtures/${dir} (${files.length} files)`,
    files.flatMap((file) => hrefsIn(readFileSync(file, 'utf8'))),
  );
}
