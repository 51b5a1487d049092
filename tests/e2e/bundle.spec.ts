import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { extensionDir } from './harness/build';

/**
 * What every web page runs carries no zod: the background checks what content scripts send. Read
 * from the built extension itself (the e2e run builds it first), by zod's own issue codes.
 */
test('the content scripts carry no zod', () => {
  const dir = join(extensionDir, 'content-scripts');
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
  expect(scripts.sort()).toEqual(['interstitial.js', 'links.js', 'open-guard.js']);
  const withZod = scripts.filter((name) =>
    /\b(invalid_type|too_big|invalid_union)\b/.test(readFileSync(join(dir, name), 'utf8')),
  );
  expect(withZod).toEqual([]);
  // The marker is zod's: the extension's own pages carry it.
  const chunks = readdirSync(join(extensionDir, 'chunks')).map((name) =>
    readFileSync(join(extensionDir, 'chunks', name), 'utf8'),
  );
  expect(chunks.some((code) => /\binvalid_type\b/.test(code))).toBe(true);
});

/**
 * The script that runs in the page's own world carries no rules and no extension API, declares no
 * global of its own (the page's world is the page's), and stays tiny.
 */
test('the page-world window.open guard is tiny and carries nothing of the extension', () => {
  const code = readFileSync(join(extensionDir, 'content-scripts', 'open-guard.js'), 'utf8');
  expect(code).not.toMatch(/link\.csdn\.net|chrome\.runtime|browser\.runtime/);
  expect(code).not.toMatch(/^var /);
  expect(code.length).toBeLessThan(4096);
});

/**
 * The popup's "seen on this page" reader runs in a page only when the popup asks: it carries no zod
 * (the popup checks what it returns), no extension API (it only reads the page) and stays small.
 */
test('the seen-on-page reader is small and carries neither zod nor extension APIs', () => {
  const code = readFileSync(join(extensionDir, 'seen-on-page.js'), 'utf8');
  expect(code).not.toMatch(/\b(invalid_type|too_big)\b|chrome\.runtime|browser\.runtime/);
  expect(code.length).toBeLessThan(8192);
});
