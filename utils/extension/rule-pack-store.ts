import { storage } from 'wxt/utils/storage';
import type { Platform } from '@/utils/platforms/schema';
import { checkPack, MAX_PACK_BYTES, rulePackSchema, type RulePack } from '@/utils/settings/rule-pack';
import { packProblemText } from './pack-messages';

/** The pack in use: where it came from (`file`, or the host it was downloaded from), when, and the pack. */
export interface StoredPack {
  from: string;
  at: string;
  pack: RulePack;
}

/**
 * One pack at a time, in `storage.local` (`rulePack`). Only a pack whose every example passed is
 * written (see `checkPack`); a read checks its shape again and drops a value that is not one.
 */
const rulePackItem = storage.defineItem<unknown>('local:rulePack', { fallback: null, version: 1 });

function parseStored(value: unknown): StoredPack | null {
  const v = value as Partial<StoredPack> | null;
  if (!v || typeof v.from !== 'string' || typeof v.at !== 'string') return null;
  const pack = rulePackSchema.safeParse(v.pack);
  return pack.success ? { from: v.from, at: v.at, pack: pack.data } : null;
}

export async function readRulePack(): Promise<StoredPack | null> {
  return parseStored(await rulePackItem.getValue());
}

export async function saveRulePack(stored: StoredPack): Promise<void> {
  await rulePackItem.setValue(stored);
}

export async function removeRulePack(): Promise<void> {
  await rulePackItem.setValue(null);
}

export function watchRulePack(onChange: (stored: StoredPack | null) => void): () => void {
  return rulePackItem.watch((value) => onChange(parseStored(value)));
}

/**
 * The pack's platforms for the engine, read once and again only after the pack changes: the same
 * list until then, so that the compiled engine is kept (see `cachedPageEngine`).
 */
export function packPlatforms(): () => Promise<readonly Platform[]> {
  let current: Promise<readonly Platform[]> | null = null;
  watchRulePack(() => (current = null));
  return () => (current ??= readRulePack().then((stored) => stored?.pack.entries ?? []));
}

/**
 * Checks a pack file completely (every example) and takes it in only when all pass; resolves to why
 * not. `beforeSave` runs once the pack passed, before it is taken in (the options page ends the
 * subscription there, so that no download in flight replaces the file's pack).
 */
export async function importPackFile(file: File, beforeSave?: () => Promise<void>): Promise<string[]> {
  if (file.size > MAX_PACK_BYTES) return [packProblemText({ kind: 'tooLarge' })];
  const check = checkPack(await file.text());
  if (!check.ok) return check.problems.map(packProblemText);
  await beforeSave?.();
  await saveRulePack({ from: 'file', at: new Date().toISOString(), pack: check.pack });
  return [];
}

/** What the options page shows of the pack in use. */
export function packSummary(stored: StoredPack | null) {
  return (
    stored && {
      from: stored.from,
      at: stored.at,
      generated: stored.pack.generated,
      entries: stored.pack.entries.length,
    }
  );
}
