import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isCitation } from '@/utils/platforms/schema';
import { findLinks } from './index';

const fixture = resolve(import.meta.dirname, '../../tests/fixtures/corpus/links.public.json');
const shared = resolve(import.meta.dirname, '../../../shared/corpus/links.public.json');

const caseSchema = z.object({
  id: z.string(),
  input: z.string(),
  expected: z.object({
    url: z.string().nullable(),
    platform: z.string().nullable(),
    title: z.string().optional(),
    token: z.string().optional(),
    urls: z.array(z.string()).optional(),
  }),
});
const publicCases = z.array(caseSchema).parse(JSON.parse(readFileSync(fixture, 'utf8')));

/**
 * Cases the project adds to the public corpus, one file per platform or format, each case with the
 * public source its text was taken from (a web address or `owner/repo path/to/file`) and its date.
 */
const addedDir = resolve(import.meta.dirname, '../../tests/fixtures/corpus/added');
const addedSchema = caseSchema.extend({
  source: z.string().refine(isCitation, 'a web address or owner/repo path'),
  seen: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  note: z.string().optional(),
});
const added = readdirSync(addedDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .flatMap((file) => z.array(addedSchema).parse(JSON.parse(readFileSync(resolve(addedDir, file), 'utf8'))));
const corpus = [...publicCases, ...added];

/** Same host and path, and every expected query value kept. */
function sameTarget(actual: string, expected: string): boolean {
  const a = new URL(actual);
  const e = new URL(expected);
  const path = (u: URL) => u.pathname.replace(/\/$/, '');
  if (a.host !== e.host || path(a) !== path(e)) return false;
  return [...e.searchParams].every(([key, value]) => a.searchParams.getAll(key).includes(value));
}

/**
 * The corpus records a token's bare code; the engine gives the token as written in the input, with
 * its delimiters (what the app reads from the clipboard): the input's own text, carrying that code
 * whole. A link's token read from its parameters (base64 `sp_tk`) is the code itself.
 */
function carriesCode(input: string, token: string | undefined, code: string): boolean {
  if (token === code) return true;
  if (token === undefined || !input.includes(token)) return false;
  return token.match(/[A-Za-z0-9]+/g)?.includes(code) === true;
}

describe('the public corpus', () => {
  it('is the same as the shared copy, where one sits beside the project', () => {
    if (!existsSync(shared)) return;
    expect(JSON.parse(readFileSync(fixture, 'utf8'))).toEqual(JSON.parse(readFileSync(shared, 'utf8')));
  });

  it('has unique ids across the public copy and the added files', () => {
    const ids = corpus.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(corpus.map((c) => [c.id, c] as const))('%s', (_, { input, expected }) => {
    const links = findLinks(input);
    const withUrl = links.filter((l) => l.url !== null);
    if (expected.url === null) {
      expect(withUrl.map((l) => l.url)).toEqual([]);
      // A case that expects neither a link nor a token expects nothing at all (no false token).
      if (!expected.token) expect(links.map((l) => l.token)).toEqual([]);
      if (expected.token) {
        const code = expected.token;
        expect(links.map((l) => l.token).filter((t) => carriesCode(input, t, code))).not.toEqual([]);
      }
      return;
    }
    const first = withUrl[0];
    expect(first, 'a link is found').toBeDefined();
    expect(first!.url && sameTarget(first!.url, expected.url), `${first!.url} ~ ${expected.url}`).toBe(true);
    expect(first!.platform).toBe(expected.platform);
    if (expected.title) expect(first!.title).toBe(expected.title);
    if (expected.token) expect(carriesCode(input, first!.token, expected.token), first!.token).toBe(true);
    for (const [i, url] of (expected.urls ?? []).entries()) {
      expect(withUrl[i]?.url && sameTarget(withUrl[i]!.url!, url), url).toBe(true);
    }
  });
});
