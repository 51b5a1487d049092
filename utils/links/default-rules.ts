import { platforms } from '@/utils/platforms';
import { compileRules } from './rules';

/**
 * The registry's rules, compiled once and shared by the engine's entry points.
 * @example defaultRules.platforms.has('zhihu') // true
 */
export const defaultRules = compileRules(platforms);
