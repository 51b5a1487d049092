/**
 * Scores the engine against the peers' wrapper rules and lists what it misses, with the generic
 * fallback off (the default) and on:
 *   npm run score:peers            (the copy in tests/fixtures/peers)
 *   npm run score:peers -- FILE    (another copy, such as the shared research's)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createPageEngine } from '../utils/links/index';
import { scorePeers, type PeerEntry } from '../utils/links/peer-score';

const file = process.argv[2] ?? resolve(import.meta.dirname, '../tests/fixtures/peers/peer-wrappers.json');
const entries = JSON.parse(readFileSync(file, 'utf8')) as PeerEntry[];

for (const generic of [false, true]) {
  const score = scorePeers(createPageEngine([], { generic }), entries);
  const count = (kind: 'site' | 'tracker') => `${score.passed[kind].size} of ${score.hosts[kind].size}`;
  const passed = score.passed.site.size + score.passed.tracker.size;
  const all = score.hosts.site.size + score.hosts.tracker.size;
  const title = `generic fallback ${generic ? 'on' : 'off'}`;
  process.stdout.write(`\n${title}\n`);
  for (const r of score.results.filter((r) => !r.pass)) {
    process.stdout.write(`miss ${r.entry.kind} ${r.entry.encoding} ${r.entry.input} -> ${r.output}\n`);
  }
  const unsafe = score.results.filter((r) => r.unsafe).length;
  process.stdout.write(
    `${title}: ${passed} of ${all} hosts (platform hosts ${count('site')}; tracker hosts ${count('tracker')}); unsafe ${unsafe}\n`,
  );
}
