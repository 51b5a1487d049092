import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createPageEngine } from './index';
import { sameTarget, scorePeers, type PeerScore } from './peer-score';

const fixture = resolve(import.meta.dirname, '../../tests/fixtures/peers/peer-wrappers.json');
const shared = resolve(import.meta.dirname, '../../../shared/peers/peer-wrappers.json');

const entrySchema = z.object({
  host: z.string(),
  kind: z.enum(['site', 'tracker']),
  encoding: z.string(),
  input: z.string(),
  expected: z.string().nullable(),
});
const entries = z.array(entrySchema).parse(JSON.parse(readFileSync(fixture, 'utf8')));

/** Distinct hosts (one host may be both a platform's and a tracker's) whose every entry passes. */
function distinct(score: PeerScore): { passed: number; all: number } {
  const all = new Set(score.results.map((r) => r.entry.host));
  const failed = new Set(score.results.filter((r) => !r.pass).map((r) => r.entry.host));
  return { passed: all.size - failed.size, all: all.size };
}

describe("the engine against the peers' wrapper rules", () => {
  it('keeps its copy of the research in step with the shared one, where one sits beside the project', () => {
    if (!existsSync(shared)) return;
    expect(readFileSync(fixture, 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });

  it('handles at least 120 of the 128 platform hosts with the generic fallback off, none unsafely', () => {
    const score = scorePeers(createPageEngine([]), entries);
    expect(score.hosts.site.size).toBe(128);
    expect(score.passed.site.size).toBeGreaterThanOrEqual(120);
    expect(score.results.filter((r) => r.unsafe)).toEqual([]);
  });

  it('handles at least 220 of all 245 hosts with the generic fallback on, none unsafely', () => {
    const score = scorePeers(createPageEngine([], { generic: true }), entries);
    expect(distinct(score)).toMatchObject({ all: 245 });
    expect(distinct(score).passed).toBeGreaterThanOrEqual(220);
    expect(score.results.filter((r) => r.unsafe)).toEqual([]);
  });

  it('compares targets by host, path, the expected query values and the fragment', () => {
    expect(sameTarget('https://a.cn/x/?b=1&c=2', 'https://a.cn/x?b=1')).toBe(true);
    expect(sameTarget('https://a.cn/x?b=2', 'https://a.cn/x?b=1')).toBe(false);
    expect(sameTarget('https://a.cn/x#y', 'https://a.cn/x')).toBe(false);
    expect(sameTarget('https://b.cn/x', 'https://a.cn/x')).toBe(false);
  });
});
