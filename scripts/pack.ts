/**
 * Writes the registry as a rule pack (the format the options page imports, see
 * `utils/settings/rule-pack.ts`), checked first like any pack: `npm run pack [path]`, by default
 * `.output/unwall-rule-pack.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { platforms } from '@/utils/platforms';
import { checkPack, writePack } from '@/utils/settings/rule-pack';

const out = resolve(process.argv[2] ?? '.output/unwall-rule-pack.json');
const text = writePack(platforms, new Date());
const check = checkPack(text);
if (!check.ok) {
  console.error('The registry does not pass as a pack:', JSON.stringify(check.problems, null, 2));
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
console.log(`${check.pack.entries.length} platforms written to ${out}`);
