/**
 * Scores the engine against the peers' wrapper rules and lists what it misses:
 *   npm run score:peers            (the copy in tests/fixtures/peers)
 *   npm run score:peers -- FILE    (another copy, such as the shared research's)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createPageEngine } from '../utils/links/index';
import { scorePeers, type PeerEntry } from '../utils/links/peer-score';

const file = process.argv[2] ?? resolve(import.meta.dirname, '../tests/fixtures/peers/peer-wrappers.json');
const entries = JSON.parse(readFileSync(file, 'utf8')) as PeerEntry[];
const score = scorePeers(createPageEngine([]), entries);
const line = (kind: 'site' | 'tracker') => `${score.passed[kind].size} of ${score.hosts[kind].size}`;
for (const r of score.results.filter((r) => !r.pass)) {
  process.stdout.write(`miss ${r.entry.kind} ${r.entry.encoding} ${r.entry.input} -> ${r.output}\n`);
}
const unsafe = score.results.filter((r) => r.unsafe).length;
process.stdout.write(`platform hosts ${line('site')}; tracker hosts ${line('tracker')}; unsafe ${unsafe}\n`);
