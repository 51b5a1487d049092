/**
 * A tester's command: prints what the engine finds in a text or link, as JSON, without a browser.
 *   npm run resolve -- "【淘宝】https://e.tb.cn/h.x?tk=… 「title」"
 * With no argument it reads the text from standard input.
 */
import { readFileSync } from 'node:fs';
import { findLinks, toDirectUrl } from '../utils/links/index';

const args = process.argv.slice(2);
const inputs = args.length ? args : [readFileSync(0, 'utf8')];
const results = inputs.map((input) => ({
  input,
  direct: toDirectUrl(input.trim()),
  links: findLinks(input),
}));
process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
