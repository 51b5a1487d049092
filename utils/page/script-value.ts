/**
 * Reads one string a page's inline script assigns to an exact key path (`cgiData.url`), without
 * running the script. One linear pass over the source: string, template and comment text and
 * regular-expression literals are skipped as a JavaScript reader would, so the key path written
 * inside a string value, or a key that only ends in the property name (`imgurl`), never counts.
 */

interface Token {
  kind: 'name' | 'string' | 'punct';
  /** The name, the punctuation character, or a string's raw text between its quotes. */
  text: string;
}

/** After these a `/` starts a regular expression, not a division. */
const beforeRegex = new Set([
  '(',
  ',',
  '=',
  ':',
  '[',
  '!',
  '&',
  '|',
  '?',
  '{',
  '}',
  ';',
  '+',
  '-',
  '*',
  '%',
  '<',
  '>',
  '~',
  '^',
]);
const regexKeywords = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
]);

/** The index just past a quoted run that starts at `start`; -1 when it does not end on its line. */
function skipQuoted(src: string, start: number, quote: string, multiline: boolean): number {
  for (let i = start + 1; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === quote) return i + 1;
    else if (!multiline && (c === '\n' || c === '\r')) return -1;
  }
  return -1;
}

/** The index just past a regular-expression literal (a `/` inside `[…]` does not end it); -1 if unterminated. */
function skipRegex(src: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '\n' || c === '\r') return -1;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return i + 1;
  }
  return -1;
}

function regexMayStart(prev: Token | undefined): boolean {
  if (!prev) return true;
  if (prev.kind === 'punct') return beforeRegex.has(prev.text);
  return prev.kind === 'name' && regexKeywords.has(prev.text);
}

/**
 * The script as tokens, or null when it cannot be read safely (an unterminated string, comment or
 * regular expression, or a template with substitutions): then nothing is taken from it.
 */
function tokenize(src: string): Token[] | null {
  const tokens: Token[] = [];
  const name = /[A-Za-z0-9_$\u0080-\uffff]+/y;
  for (let i = 0; i < src.length;) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') {
      i++;
    } else if (c === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i);
      i = end < 0 ? src.length : end;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) return null;
      i = end + 2;
    } else if (c === '"' || c === "'" || c === '`') {
      const end = skipQuoted(src, i, c, c === '`');
      if (end < 0) return null;
      const text = src.slice(i + 1, end - 1);
      if (c === '`' && text.includes('${')) return null;
      tokens.push({ kind: 'string', text });
      i = end;
    } else if (c === '/' && regexMayStart(tokens[tokens.length - 1])) {
      const end = skipRegex(src, i);
      if (end < 0) return null;
      tokens.push({ kind: 'punct', text: 'regex' });
      i = end;
    } else {
      name.lastIndex = i;
      const word = name.exec(src);
      tokens.push(word ? { kind: 'name', text: word[0] } : { kind: 'punct', text: c });
      i = word ? name.lastIndex : i + 1;
    }
  }
  return tokens;
}

const is = (t: Token | undefined, kind: Token['kind'], text?: string) =>
  t !== undefined && t.kind === kind && (text === undefined || t.text === text);

/** A string that stands alone as the value (not the start of `'a' + b`). */
function loneString(tokens: Token[], at: number): string | null {
  const next = tokens[at + 1];
  const ends = next === undefined || (next.kind === 'punct' && [',', ';', '}'].includes(next.text));
  return is(tokens[at], 'string') && ends ? tokens[at]!.text : null;
}

/** `object.property = '…'` starting at `at` (the object's name). */
function fromMemberAssignment(tokens: Token[], at: number, property: string): string | null {
  const [dot, key, eq] = [tokens[at + 1], tokens[at + 2], tokens[at + 3]];
  if (!is(dot, 'punct', '.') || !is(key, 'name', property) || !is(eq, 'punct', '=')) return null;
  return is(tokens[at + 4], 'punct', '=') ? null : loneString(tokens, at + 4);
}

interface Found {
  value: string | null;
  /** Where reading goes on: past the whole literal, so no token is looked at twice. */
  next: number;
}

/** `object = { …, property: '…', … }` starting at `at`: only a key of the literal's own top level. */
function fromObjectLiteral(tokens: Token[], at: number, property: string): Found {
  if (!is(tokens[at + 1], 'punct', '=') || !is(tokens[at + 2], 'punct', '{'))
    return { value: null, next: at + 1 };
  let depth = 0;
  let value: string | null = null;
  for (let i = at + 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && '{(['.includes(t.text)) depth++;
    else if (t.kind === 'punct' && '})]'.includes(t.text) && --depth === 0) return { value, next: i + 1 };
    const keyPosition = depth === 1 && (is(tokens[i - 1], 'punct', '{') || is(tokens[i - 1], 'punct', ','));
    if (
      value === null &&
      keyPosition &&
      t.kind !== 'punct' &&
      t.text === property &&
      is(tokens[i + 1], 'punct', ':')
    ) {
      value = loneString(tokens, i + 2);
    }
  }
  return { value: null, next: tokens.length };
}

/** The name at `at` is the key path's object itself: not `x.cgiData` (another object's field), but `window.cgiData`. */
function isObjectName(tokens: Token[], at: number, object: string): boolean {
  if (!is(tokens[at], 'name', object)) return false;
  return !is(tokens[at - 1], 'punct', '.') || is(tokens[at - 2], 'name', 'window');
}

/**
 * Every string the script assigns to `object.property`, in order: `object.property = '…'`, or the
 * `property` key at the top level of an object literal assigned to `object`. Linear in the script.
 * @example readAssignedStrings("var cgiData = { imgurl: 'a', url: 'b' }", 'cgiData.url') // ['b']
 */
export function readAssignedStrings(src: string, keyPath: string): string[] {
  const [object, property] = keyPath.split('.') as [string, string];
  const tokens = tokenize(src);
  if (!tokens || !property) return [];
  const found: string[] = [];
  for (let at = 0; at < tokens.length;) {
    if (!isObjectName(tokens, at, object)) {
      at++;
      continue;
    }
    const member = fromMemberAssignment(tokens, at, property);
    const literal =
      member === null ? fromObjectLiteral(tokens, at, property) : { value: member, next: at + 5 };
    if (literal.value !== null) found.push(literal.value);
    at = literal.next;
  }
  return found;
}
