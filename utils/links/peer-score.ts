/**
 * Scores the engine against the peers' own wrapper rules (`tests/fixtures/peers/peer-wrappers.json`,
 * copied from the shared research: one entry per rule, with its input, expected target and sources).
 * A host counts when every entry for it passes: the output has the expected host and path, every
 * expected query value, and the expected fragment; an entry whose target is only in the page
 * (`encoding: 'dom'`) passes when a page-read rule covers its address. A platform's warning page
 * passes when the bar it gets shows the expected target (Unwall never follows a warning on its own). Used by the scoring command
 * and by a test that holds the figures.
 */
import type { Engine } from './engine';

export interface PeerEntry {
  host: string;
  kind: 'site' | 'tracker';
  encoding: string;
  input: string;
  expected: string | null;
}

export interface PeerResult {
  entry: PeerEntry;
  output: string | null;
  pass: boolean;
  /** An output that is not http(s), or leads somewhere the peers do not. */
  unsafe: boolean;
}

export interface PeerScore {
  results: PeerResult[];
  /** Hosts, by kind, whose every entry passes, and all hosts. */
  passed: { site: Set<string>; tracker: Set<string> };
  hosts: { site: Set<string>; tracker: Set<string> };
}

/**
 * Same host and path, every expected query value kept, the same fragment.
 * @example sameTarget('https://a.cn/x?b=1&c=2', 'https://a.cn/x?b=1') // true
 */
export function sameTarget(actual: string, expected: string): boolean {
  const a = new URL(actual);
  const e = new URL(expected);
  const path = (u: URL) => u.pathname.replace(/\/$/, '') || '/';
  if (a.host !== e.host || path(a) !== path(e) || a.hash !== e.hash) return false;
  return [...e.searchParams].every(([key, value]) => a.searchParams.getAll(key).includes(value));
}

function isUnsafe(output: string | null, expected: string | null): boolean {
  if (output === null) return false;
  if (!/^https?:\/\//i.test(output)) return true;
  return expected !== null && new URL(output).host !== new URL(expected).host;
}

/**
 * What Unwall does with an address: its direct target, or, for a platform's warning page, the target
 * the bar shows (the user chooses; never followed on its own).
 */
function outputOf(engine: Engine, input: string): string | null {
  return engine.toDirectUrl(input) ?? engine.warningOf(input)?.target ?? null;
}

function scoreEntry(engine: Engine, entry: PeerEntry): PeerResult {
  const output = outputOf(engine, entry.input);
  const unsafe = isUnsafe(output, entry.expected);
  if (entry.encoding === 'dom') {
    const read = engine.pageInterstitialOf(entry.input) !== null || engine.isPageTarget(entry.input);
    return { entry, output, pass: (read || output !== null) && !unsafe, unsafe };
  }
  const pass = output !== null && entry.expected !== null && sameTarget(output, entry.expected);
  return { entry, output, pass: pass && !unsafe, unsafe };
}

/**
 * Scores an engine over the peers' entries.
 * @example scorePeers(engine, entries).passed.site.size // platform hosts handled
 */
export function scorePeers(engine: Engine, entries: readonly PeerEntry[]): PeerScore {
  const results = entries.map((entry) => scoreEntry(engine, entry));
  const hosts = { site: new Set<string>(), tracker: new Set<string>() };
  const failed = new Set<string>();
  for (const r of results) {
    hosts[r.entry.kind].add(r.entry.host);
    if (!r.pass) failed.add(r.entry.host);
  }
  const passing = (all: Set<string>) => new Set([...all].filter((h) => !failed.has(h)));
  return { results, passed: { site: passing(hosts.site), tracker: passing(hosts.tracker) }, hosts };
}
