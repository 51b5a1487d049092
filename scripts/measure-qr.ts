/**
 * Measures the QR decoders Unwall could ship, on the generated set (`tests/qr/generated-set.ts`) and
 * on the real pictures found in npm packages (`tests/qr/real-set.ts`): share of pictures whose every
 * code was read, share of codes read, time per picture, and what would ship (minified + gzip).
 *
 *   npx tsx scripts/measure-qr.ts            # the decoders installed in the project
 *   QR_MEASURE_MODULES=/some/dir/node_modules npx tsx scripts/measure-qr.ts
 *                                            # also those installed there (npm i zxing-wasm jsqr
 *                                            # qr-scanner qr-scanner-wechat in a scratch folder)
 *
 * Not part of `npm test`: it takes minutes. The README's table is its output.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { generatedSet, type QrSample } from '../tests/qr/generated-set';
import { realSet } from '../tests/qr/real-set';
import { availableDecoders, type Decoder } from './qr/decoders';

interface Score {
  pictures: number;
  picturesRead: number;
  codes: number;
  codesRead: number;
  ms: number[];
  misses: string[];
}

/** Codes read in one picture: each expected text counted once per time it was found. */
function codesRead(expected: readonly string[], found: readonly string[]): number {
  const left = [...found];
  return expected.filter((text) => {
    const i = left.indexOf(text);
    if (i >= 0) left.splice(i, 1);
    return i >= 0;
  }).length;
}

async function score(decoder: Decoder, samples: readonly QrSample[]): Promise<Score> {
  const result: Score = { pictures: 0, picturesRead: 0, codes: 0, codesRead: 0, ms: [], misses: [] };
  for (const sample of samples) {
    const start = performance.now();
    const found = await decoder.decodeAll(sample.image).catch(() => []);
    result.ms.push(performance.now() - start);
    const read = codesRead(sample.texts, found);
    result.pictures++;
    result.codes += sample.texts.length;
    result.codesRead += read;
    if (read === sample.texts.length) result.picturesRead++;
    else result.misses.push(sample.name);
  }
  return result;
}

async function shippedBytes(decoder: Decoder): Promise<{ raw: number; gzip: number }> {
  let raw = 0;
  let gzip = 0;
  for (const file of decoder.shipped.js) {
    const out = await build({
      entryPoints: [file],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.contents;
    raw += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
  }
  for (const file of decoder.shipped.binary) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** Misses per damage (the word after the version and level in a sample's name). */
function missesByDamage(misses: string[]): string {
  const counts = new Map<string, number>();
  for (const name of misses) {
    const damage = name.startsWith('two codes') ? 'two codes' : (name.split(' ')[3] ?? '?');
    counts.set(damage, (counts.get(damage) ?? 0) + 1);
  }
  return [...counts].map(([damage, n]) => `${damage} ${n}`).join(', ') || 'none';
}

async function main(): Promise<void> {
  const generated = generatedSet();
  const real = realSet();
  console.log(`generated set: ${generated.length} pictures; real set: ${real.length} pictures`);
  console.log(
    '\n| decoder | generated: pictures read | codes read | real: codes read | ms / picture (median / mean) | ships (min / gzip) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const details: string[] = [];
  for (const decoder of await availableDecoders()) {
    const g = await score(decoder, generated);
    const r = await score(decoder, real);
    const size = await shippedBytes(decoder);
    const ms = `${median(g.ms).toFixed(1)} / ${mean(g.ms).toFixed(1)}`;
    console.log(
      `| ${decoder.name} | ${percent(g.picturesRead, g.pictures)} (${g.picturesRead}/${g.pictures}) | ${percent(g.codesRead, g.codes)} | ${r.codesRead}/${r.codes} | ${ms} | ${kb(size.raw)} / ${kb(size.gzip)} |`,
    );
    details.push(
      `${decoder.name}: missed ${missesByDamage(g.misses)}; real missed: ${r.misses.join(', ') || 'none'}`,
    );
  }
  console.log(`\n${details.join('\n')}`);
}

await main();
