/**
 * The hostile-growth table: each hostile unit (bench/hostile-units.ts) at 50k, 100k and 200k
 * characters through the whole engine as the background runs it (`resolveBatch` on the page engine),
 * and how much longer each doubling takes. Linear work takes about 2× per doubling; the bound the
 * README states is ≤ 2.5× for every unit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { resolveBatch } from '../utils/links/batch';
import { createPageEngine } from '../utils/links/index';
import { hostileUnits } from './hostile-units';

export const HOSTILE_SIZES = [50_000, 100_000, 200_000] as const;
export const HOSTILE_BOUND = 2.5;
/** A sample repeats the call until it lasts this long: a single call of a few ms is mostly noise. */
const SAMPLE_MS = 25;

export interface HostileRow {
  unit: string;
  /** Median ms per call, one per size. */
  ms: number[];
  /** ms of each size over the size before it. */
  perDoubling: number[];
}

export interface HostileGrowth {
  /** When it ran: the table may be run on its own, apart from the rest of the bench. */
  date: string;
  sizes: readonly number[];
  runs: number;
  rows: HostileRow[];
  worstPerDoubling: number;
}

/**
 * A full collection before each sample, so that one sample's garbage is not collected during the
 * next (the bench runs under plain `tsx`, so the flag is set here rather than on the command line).
 */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const round = (x: number) => Math.round(x * 100) / 100;

/** ms per call of one sample: the call repeated until the sample lasts SAMPLE_MS, on a clean heap. */
function sample(call: () => void): number {
  collect();
  let calls = 0;
  const start = performance.now();
  do {
    call();
    calls++;
  } while (performance.now() - start < SAMPLE_MS);
  return (performance.now() - start) / calls;
}

/**
 * Runs every hostile unit at every size: `runs` samples each, taken in turns over the sizes (so
 * that a busy moment of the machine falls on all of them alike), the median kept.
 */
export function hostileGrowth(runs = 7): HostileGrowth {
  const engine = createPageEngine([]);
  const rows = hostileUnits.map(({ name, text }) => {
    const calls = HOSTILE_SIZES.map((size) => {
      const input = text(size);
      return () => resolveBatch(engine, { texts: [input], hrefs: [input] });
    });
    calls.forEach((call) => call());
    const samples = calls.map((): number[] => []);
    for (let r = 0; r < runs; r++) calls.forEach((call, i) => samples[i]!.push(sample(call)));
    const ms = samples.map((xs) => round(median(xs)));
    const perDoubling = ms.slice(1).map((m, i) => round(m / ms[i]!));
    return { unit: name, ms, perDoubling };
  });
  const worstPerDoubling = Math.max(...rows.flatMap((r) => r.perDoubling));
  return { date: new Date().toISOString(), sizes: HOSTILE_SIZES, runs, rows, worstPerDoubling };
}

/** The table as Markdown, with the bound. */
export function hostileTable(growth: HostileGrowth): string {
  const sizes = growth.sizes.map((s) => `${s / 1000}k ms`);
  const lines = [
    `| hostile unit | ${sizes.join(' | ')} | × per doubling |`,
    `|---|${sizes.map(() => '---:').join('|')}|---:|`,
    ...growth.rows.map((r) => `| ${r.unit} | ${r.ms.join(' | ')} | ${r.perDoubling.join(', ')} |`),
  ];
  lines.push('', `Worst × per doubling: ${growth.worstPerDoubling} (bound ≤ ${HOSTILE_BOUND}).`);
  return lines.join('\n');
}

/** Run on its own (`npx tsx bench/hostile-growth.ts`): the table alone, also put in bench/results.json. */
function runAlone(): void {
  const growth = hostileGrowth();
  const file = new URL('results.json', import.meta.url);
  const results = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, JSON.stringify({ ...results, hostileGrowth: growth }, null, 2) + '\n');
  console.log(hostileTable(growth));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runAlone();
