/**
 * Turns the payment research (`tests/fixtures/facts/payments.json`, a byte-identical copy of the shared
 * facts file) into the `payments` data of the platform files, which are the committed truth.
 *   npx tsx scripts/import-payments.ts             prints each site's `payments: [...]` as TypeScript
 *   npx tsx scripts/import-payments.ts --write     rewrites that block in utils/platforms/<id>.ts
 *   … --facts <file>                               reads another copy of the facts
 * `utils/platforms/payments.test.ts` checks that every platform's payments equal `toPayments` of its
 * facts site, so the data and the research cannot drift apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { paymentSchema, type Payment, type PaymentSource } from '../utils/platforms/schema';

/** One method of a site as the research writes it; `source` is free text (see parsePaymentSources). */
export interface FactsMethod {
  method: string;
  status: string;
  since: string | null;
  note: string;
  source: string;
  confidence: string;
}

export interface FactsSite {
  site: string;
  name: string;
  nameZh: string;
  domains: string[];
  owner: string;
  methods: FactsMethod[];
  notes?: string;
}

/** Facts ids that are not platform ids (ids match /^[a-z][a-z0-9]*$/ and name the file). */
const renamedSites: Readonly<Record<string, string>> = {
  '1688': 'alibaba1688',
  alibaba_com: 'alibabacom',
  '12306': 'railway12306',
  tencent_video: 'tencentvideo',
  qq_music: 'qqmusic',
  netease_music: 'neteasemusic',
  app_store_cn: 'appstorecn',
};

/**
 * The registry id of a facts site.
 * @example platformIdOf('12306') // 'railway12306'
 */
export function platformIdOf(site: string): string {
  return renamedSites[site] ?? site;
}

/** The facts end a URL with white space, `;` or `)`: `…html; next`, `(copy https://…)`. */
const urlPattern = /https?:\/\/[^\s;()]+/g;

/** A remark that the URLs of its piece are reposts (`copy`, `copies`, `mirror`, `undated copy`). */
const copyRemark = /^(undated\s+)?(?:copy|copies|mirror)\b/i;

/** Calls `visit` on each top-level parenthetical and puts back what it returns (nothing drops it). */
function mapGroups(piece: string, visit: (inner: string) => string): string {
  let out = '';
  let depth = 0;
  let start = 0;
  for (let i = 0; i < piece.length; i++) {
    if (piece[i] === '(' && depth++ === 0) {
      out += piece.slice(start, i);
      start = i + 1;
    } else if (piece[i] === ')' && depth > 0 && --depth === 0) {
      const inner = visit(piece.slice(start, i));
      out += inner ? `(${inner})` : '';
      start = i + 1;
    }
  }
  return out + (depth > 0 ? '(' : '') + piece.slice(start);
}

function splitAtDepthZero(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text[i] === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function isCopyPiece(piece: string): boolean {
  const segments: string[] = [];
  mapGroups(piece, (inner) => {
    segments.push(...inner.split(/[;,]/).map((s) => s.trim()));
    return inner;
  });
  return segments.some((s) => copyRemark.test(s));
}

/** `article 3277374; copy https://…` -> `article 3277374`; `undated copy http://…` -> `undated`. */
function withoutCopyRemarks(group: string): string {
  const parts = group.split(/\s*([;,])\s*/);
  let out = '';
  let separator = '';
  for (let i = 0; i < parts.length; i += 2) {
    let segment = (parts[i] ?? '').replace(urlPattern, '').trim();
    const remark = copyRemark.exec(segment);
    if (remark) segment = (remark[1] ?? '').trim();
    if (!segment) continue;
    out += (out ? `${separator} ` : '') + segment;
    separator = parts[i + 1] ?? '';
  }
  return out;
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\(\s*\)/g, '')
    .replace(/\s+\)/g, ')')
    .replace(/\(\s+/g, '(')
    .trim();
}

/** One `;`-separated piece: a copy piece loses all its URLs and the copy remark; others keep their URL. */
function parsePiece(piece: string): PaymentSource {
  if (isCopyPiece(piece)) return { text: tidy(mapGroups(piece, withoutCopyRemarks).replace(urlPattern, '')) };
  const urls = piece.match(urlPattern) ?? [];
  if (urls.length > 1) throw new Error(`More than one URL and none marked as a copy: ${piece}`);
  const text = tidy(piece.replace(urlPattern, ''));
  if (!text) throw new Error(`A source without a name: ${piece}`);
  return urls[0] ? { text, url: urls[0] } : { text };
}

/**
 * Reads the free-text `source` of a facts claim: pieces split on `;` outside parentheses; the URLs of a
 * piece whose parenthetical starts a segment with `copy`, `copies`, `mirror` or `undated copy` are
 * reposts and dropped (with the remark), so only an outlet's own page is linked. Identical sources go.
 * @example parsePaymentSources('SCMP 2024-09 (article 3277374; copy https://less.awiki.org/x)') // [{ text: 'SCMP 2024-09 (article 3277374)' }]
 * @example parsePaymentSources('China Daily 2024-09-06 https://www.chinadaily.com.cn/a.html') // [{ text: 'China Daily 2024-09-06', url: 'https://www.chinadaily.com.cn/a.html' }]
 */
export function parsePaymentSources(source: string): PaymentSource[] {
  const seen = new Set<string>();
  return splitAtDepthZero(source, ';')
    .map(parsePiece)
    .filter((s) => {
      const key = `${s.text}\n${s.url ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * A site's claims as platform data, in the facts' order; throws where the facts break the schema.
 * @example toPayments(taobao)[0] // { method: 'alipay', status: 'supported', since: null, …, sources: [{ text: "Wikipedia 'Alipay'" }, …] }
 */
export function toPayments(site: FactsSite): Payment[] {
  return site.methods.map((m) =>
    paymentSchema.parse({
      method: m.method,
      status: m.status,
      since: m.since,
      note: m.note,
      confidence: m.confidence,
      sources: parsePaymentSources(m.source),
    }),
  );
}

const root = resolve(import.meta.dirname, '..');

function readFacts(file: string): FactsSite[] {
  return JSON.parse(readFileSync(file, 'utf8')) as FactsSite[];
}

/** The `payments: [...]` property, indented as in a platform file and formatted by the project's Prettier. */
async function paymentsBlock(payments: Payment[], file: string): Promise<string> {
  const { format, resolveConfig } = await import('prettier');
  const options = { ...(await resolveConfig(file)), parser: 'typescript' };
  const code = await format(`({ payments: ${JSON.stringify(payments)} });`, options);
  return code.split('\n').slice(1, -2).join('\n') + '\n';
}

/** Replaces the file's payments block, or puts one before `sources` (or `examples`). */
function withPayments(content: string, block: string): string {
  const existing = /^ {2}payments: \[\n[\s\S]*?^ {2}\],\n/m;
  if (existing.test(content)) return content.replace(existing, () => block);
  const anchor = /^ {2}(?:sources|examples): /m.exec(content);
  if (!anchor) throw new Error('No `sources` or `examples` to put the payments before');
  return content.slice(0, anchor.index) + block + content.slice(anchor.index);
}

async function main(args: string[]): Promise<void> {
  const factsAt = args.indexOf('--facts');
  const factsFile =
    factsAt >= 0 ? resolve(args[factsAt + 1] ?? '') : resolve(root, 'tests/fixtures/facts/payments.json');
  for (const site of readFacts(factsFile)) {
    const file = resolve(root, 'utils/platforms', `${platformIdOf(site.site)}.ts`);
    const block = await paymentsBlock(toPayments(site), file);
    if (!args.includes('--write')) {
      process.stdout.write(`// utils/platforms/${platformIdOf(site.site)}.ts\n${block}\n`);
      continue;
    }
    const content = readFileSync(file, 'utf8');
    const updated = withPayments(content, block);
    if (updated !== content) writeFileSync(file, updated);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
