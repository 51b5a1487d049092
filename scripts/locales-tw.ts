/**
 * Writes public/_locales/zh_TW/messages.json (and the same as zh_HK) from zh_CN, and
 * utils/i18n/zh-hant.json (the Traditional form of every Chinese text of the data the pages show:
 * platform and site names, payment sentences, method names): `npm run locales:tw`. Run it after any
 * change to the Chinese messages or data; unit tests fail while either is not what this produces.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { toTaiwanCatalogue, type TaiwanOverrides } from './traditional-chinese';
import { chineseTexts, shownData, toHantMap } from './zh-hant-data';

const root = resolve(import.meta.dirname, '..');
const source = readFileSync(resolve(root, 'public/_locales/zh_CN/messages.json'), 'utf8');
const overrides = JSON.parse(
  readFileSync(resolve(root, 'scripts/locales-tw-overrides.json'), 'utf8'),
) as TaiwanOverrides;
const catalogue = toTaiwanCatalogue(source, overrides);
// Hong Kong gets the same catalogue: Chromium looks for zh_HK, then zh, then English, never zh_TW.
for (const locale of ['zh_TW', 'zh_HK']) {
  const target = resolve(root, 'public/_locales', locale, 'messages.json');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, catalogue);
  console.log(`wrote ${target.slice(root.length + 1)}`);
}
const data = resolve(root, 'utils/i18n/zh-hant.json');
writeFileSync(data, toHantMap(chineseTexts(shownData), overrides));
console.log(`wrote ${data.slice(root.length + 1)}`);
