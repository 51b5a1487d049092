import { z } from 'zod';
import { effectivePlatforms } from '@/utils/links';
import { createEngine } from '@/utils/links/engine';
import { platformSchema, type Example, type Platform } from '@/utils/platforms/schema';

/**
 * A rule pack: platform files as JSON, in the registry's own format (each entry checked by the same
 * `platformSchema` and carrying its own examples), with the day it was made. `npm run pack` writes the
 * registry as one; the options page imports one from a file. Before a pack is used, every example of
 * every entry runs through the engine with the pack in it, and one failure refuses the whole pack.
 */
export const PACK_FORMAT = 'unwall-rule-pack';
export const PACK_VERSION = 1;
export const MAX_PACK_BYTES = 5_000_000;

export const rulePackSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  generated: z.iso.datetime(),
  entries: z.array(platformSchema).min(1).max(2000),
});
export type RulePack = z.infer<typeof rulePackSchema>;

/** Why a pack was refused: not JSON, a field that is wrong (its path), or an example that fails. */
export type PackProblem =
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  | { kind: 'invalid'; path: string }
  | { kind: 'duplicate'; entry: string }
  | { kind: 'example'; entry: string; input: string; expected: string | null; got: string | null };

export type PackCheck = { ok: true; pack: RulePack } | { ok: false; problems: PackProblem[] };

/**
 * The platforms as a pack's text.
 * @example JSON.parse(writePack([zhihu], new Date(0))).entries[0].id // 'zhihu'
 */
export function writePack(platforms: readonly Platform[], generated: Date): string {
  const pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    generated: generated.toISOString(),
    entries: platforms,
  };
  return JSON.stringify(pack, null, 1) + '\n';
}

type Engine = ReturnType<typeof createEngine>;

/** What the engine gives for an example: its first direct address (or the page's target), or null. */
function answerOf(engine: Engine, example: Example): string | null {
  if (example.page)
    return engine.pageTargetOf(example.page.host, example.input, example.page.read)?.url ?? null;
  return engine.findLinks(example.input).find((link) => link.url !== null)?.url ?? null;
}

function failedExamples(engine: Engine, entries: readonly Platform[]): PackProblem[] {
  return entries.flatMap((entry) =>
    entry.examples.flatMap((example): PackProblem[] => {
      const expected = example.url === null ? null : new URL(example.url).href;
      const got = answerOf(engine, example);
      return got === expected
        ? []
        : [{ kind: 'example', entry: entry.id, input: example.input, expected, got }];
    }),
  );
}

function parsed(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Checks a pack completely: its format, every entry against the platform schema, then every example
 * of every entry through the engine with the pack in it. All or nothing.
 * @example checkPack('{}').ok // false
 */
export function checkPack(text: string): PackCheck {
  if (text.length > MAX_PACK_BYTES) return { ok: false, problems: [{ kind: 'tooLarge' }] };
  const json = parsed(text);
  if (!json.ok) return { ok: false, problems: [{ kind: 'notJson' }] };
  const result = rulePackSchema.safeParse(json.value);
  if (!result.success) {
    const paths = result.error.issues.slice(0, 10).map((i) => i.path.map(String).join('.') || '(root)');
    return { ok: false, problems: paths.map((path) => ({ kind: 'invalid', path })) };
  }
  const ids = result.data.entries.map((e) => e.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) return { ok: false, problems: [{ kind: 'duplicate', entry: twice }] };
  const engine = createEngine(effectivePlatforms({ packs: result.data.entries }));
  const failures = failedExamples(engine, result.data.entries);
  return failures.length > 0
    ? { ok: false, problems: failures.slice(0, 10) }
    : { ok: true, pack: result.data };
}
