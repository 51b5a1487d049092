/**
 * Writes the options page's list of built-in rules (ids, examples, sources) as JSON to stdout. The
 * build runs it (`wxt.config.ts`) from the full platform files, whose examples and sources the
 * bundles leave out.
 */
import { ruleCatalog } from '@/utils/links/rule-catalog';
import { platforms } from '@/utils/platforms';

process.stdout.write(JSON.stringify(ruleCatalog(platforms)));
