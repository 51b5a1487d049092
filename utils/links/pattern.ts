/**
 * The rule pattern language of the platform files, compiled into anchored regular expressions whose
 * time is linear in the input: literal text plus placeholders `{name:class}`, `{name:class:4}` or
 * `{name:class:2-8}`. A class that can swallow anything (`rest`, `url`) may only be the last
 * placeholder, so no two unbounded parts ever compete for the same characters.
 */

// Relative, not `@/`: the build config loads the engine before the alias exists.
import { escapeRegExp } from '../url';

const classes = {
  digits: '[0-9]',
  alnum: '[A-Za-z0-9]',
  word: '[A-Za-z0-9_-]',
  hex: '[0-9A-Fa-f]',
  base58: '[1-9A-HJ-NP-Za-km-z]',
  base64: '[A-Za-z0-9+/_=-]',
  segment: '[^/?#&]',
  text: '[^&#]',
  rest: '[\\s\\S]',
  url: '[\\s\\S]',
} as const;

export type PatternClass = keyof typeof classes;

export interface CompiledPattern {
  source: string;
  regex: RegExp;
  /** Placeholder name -> class, in order of appearance. */
  slots: Map<string, PatternClass>;
}

const placeholder = /\{([a-zA-Z][a-zA-Z0-9]*):([a-z0-9]+)(?::(\d+)(?:-(\d+))?)?\}/g;
const unbounded = new Set<PatternClass>(['rest', 'url']);

function isPatternClass(name: string): name is PatternClass {
  return Object.hasOwn(classes, name);
}

function quantifier(min?: string, max?: string): string {
  if (min === undefined) return '+';
  return max === undefined ? `{${min}}` : `{${min},${max}}`;
}

/**
 * Compiles a pattern; throws on an unknown class or an unbounded class that is not last.
 * @example compilePattern('/i{id:digits}.htm').regex.exec('/i601009971043.htm')?.groups?.id // '601009971043'
 */
export function compilePattern(source: string): CompiledPattern {
  const slots = new Map<string, PatternClass>();
  let body = '';
  let last = 0;
  let openEnded = false;
  let text = source;
  if (text.endsWith('/**')) {
    text = text.slice(0, -3);
    openEnded = true;
  }
  for (const match of text.matchAll(placeholder)) {
    const [whole, name, cls, min, max] = match as unknown as [string, string, string, string?, string?];
    if (!isPatternClass(cls)) throw new Error(`Unknown class "${cls}" in pattern ${source}`);
    if ([...slots.values()].some((c) => unbounded.has(c))) {
      throw new Error(`An unbounded class must be the last placeholder in pattern ${source}`);
    }
    body +=
      escapeRegExp(text.slice(last, match.index)) + `(?<${name}>${classes[cls]}${quantifier(min, max)})`;
    slots.set(name, cls);
    last = match.index + whole.length;
  }
  body += escapeRegExp(text.slice(last));
  if (openEnded) body += '(?:/[\\s\\S]*)?';
  return { source, regex: new RegExp(`^${body}$`), slots };
}

/**
 * The placeholder values of a full match, or null.
 * @example matchPattern(compilePattern('/i{id:digits}.htm'), '/i601.htm') // { id: '601' }
 */
export function matchPattern(pattern: CompiledPattern, input: string): Record<string, string> | null {
  const match = pattern.regex.exec(input);
  return match ? { ...match.groups } : null;
}
