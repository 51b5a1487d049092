/**
 * Lists the rules (and share-text formats) last confirmed against their sources more than 12 months
 * ago, oldest first, then their count; always exits 0:
 *   npm run rules:stale
 */
import { platforms } from '../utils/platforms/index';
import { formatStale, staleRules } from './stale-rules';

const today = new Date().toISOString().slice(0, 10);
process.stdout.write(`${formatStale(staleRules(platforms, today), today).join('\n')}\n`);
