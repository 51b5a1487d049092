import * as z from 'zod/mini';
import { featureNames } from '@/utils/settings/features';
import {
  HOST_PATTERN,
  isMirrorChoice,
  MAX_DISABLED_RULES,
  MAX_USER_RULES,
  RULE_ID_PATTERN,
  userRuleSchema,
  type Settings,
} from '@/utils/settings/schema';

/**
 * Settings as a file the user keeps: `{ app: 'unwall', format: 2, exportedAt, settings }`. Import is
 * strict, unlike reading storage: a file with any wrong value is refused as a whole and says where,
 * so that nothing is half-imported. Format 2 adds `disabledRules` (the built-in rules switched off);
 * a format 1 file is read through `fileMigrations` (nothing switched off).
 */
export const FILE_FORMAT = 2;

/** How a file of an older format becomes the next one, before it is checked. */
export const fileMigrations: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {
  1: (file) => {
    const settings = file.settings;
    if (typeof settings !== 'object' || settings === null) return { ...file, format: 2 };
    return { ...file, format: 2, settings: { ...settings, disabledRules: [] } };
  },
};

function migrate(file: Record<string, unknown>, format: number): Record<string, unknown> {
  let current = file;
  for (let from = format; from < FILE_FORMAT; from++) current = fileMigrations[from]!(current);
  return current;
}

const fileSettingsSchema = z.strictObject({
  features: z.strictObject(
    Object.fromEntries(featureNames.map((name) => [name, z.boolean()])) as Record<
      (typeof featureNames)[number],
      z.ZodMiniBoolean
    >,
  ),
  disabledSites: z.array(z.string().check(z.regex(HOST_PATTERN))).check(z.maxLength(5000)),
  userRules: z.array(z.strictObject(userRuleSchema.shape)).check(z.maxLength(MAX_USER_RULES)),
  disabledRules: z.array(z.string().check(z.regex(RULE_ID_PATTERN))).check(z.maxLength(MAX_DISABLED_RULES)),
  // Optional: files written before this setting existed still import (each platform on its main host).
  mirrors: z.optional(
    z
      .record(z.string(), z.string())
      .check(z.refine((mirrors) => Object.entries(mirrors).every(([id, host]) => isMirrorChoice(id, host)))),
  ),
});

const envelopeSchema = z.object({ app: z.literal('unwall'), format: z.number() });

const fileSchema = z.strictObject({
  app: z.literal('unwall'),
  format: z.literal(FILE_FORMAT),
  exportedAt: z.optional(z.string()),
  settings: fileSettingsSchema,
});

/** Why a file was refused; `path` names the field (`settings.features.marker`). */
export type ImportProblem =
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  | { kind: 'foreign' }
  | { kind: 'unknownFormat'; format: number }
  | { kind: 'invalid'; path: string };

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problems: ImportProblem[] };

export const MAX_FILE_BYTES = 1_000_000;

/** @example exportSettings(defaultSettings(), new Date(0)) // '{\n  "app": "unwall", …' */
export function exportSettings(settings: Settings, now: Date): string {
  const file = { app: 'unwall', format: FILE_FORMAT, exportedAt: now.toISOString(), settings };
  return JSON.stringify(file, null, 2) + '\n';
}

function readJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Checks a settings file completely before anything is written.
 * @example parseSettingsFile('{}') // { ok: false, problems: [{ kind: 'foreign' }] }
 */
export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problems: [{ kind: 'tooLarge' }] };
  const json = readJson(text);
  if (!json.ok) return { ok: false, problems: [{ kind: 'notJson' }] };
  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success) return { ok: false, problems: [{ kind: 'foreign' }] };
  const { format } = envelope.data;
  if (!Number.isInteger(format) || format < 1 || format > FILE_FORMAT) {
    return { ok: false, problems: [{ kind: 'unknownFormat', format }] };
  }
  const file = fileSchema.safeParse(migrate(json.value as Record<string, unknown>, format));
  if (!file.success) {
    const problems = file.error.issues.slice(0, 10).map((issue): ImportProblem => ({
      kind: 'invalid',
      path: [...issue.path, ...('keys' in issue ? issue.keys : [])].map(String).join('.') || '(root)',
    }));
    return { ok: false, problems };
  }
  const { settings } = file.data;
  // As written: a `www.` host may be an "only this host" entry (see `switchEntry`).
  const disabledSites = [...new Set(settings.disabledSites)];
  const disabledRules = [...new Set(settings.disabledRules)];
  return {
    ok: true,
    settings: { ...settings, disabledSites, disabledRules, mirrors: settings.mirrors ?? {} },
  };
}

/**
 * Checks a chosen file: its size first, so that a file too large is refused without being read
 * (a 30 MB file would otherwise be read whole into the options page first).
 * @example await readSettingsFile(new Blob(['{}'])) // { ok: false, problems: [{ kind: 'foreign' }] }
 */
export async function readSettingsFile(file: Pick<Blob, 'size' | 'text'>): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problems: [{ kind: 'tooLarge' }] };
  return parseSettingsFile(await file.text());
}
