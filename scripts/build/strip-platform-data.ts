import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * What the extension does not need at run time from a platform file: examples and sources serve the
 * tests and the reader. Dropping them keeps the bundles small (the content scripts run on every page)
 * without splitting a platform's data over several files.
 */
export const docOnlyKeys = ['examples', 'sources', 'source', 'verified', 'shareText', 'note'];

/** Values kept whole: URL parameters and JSON fields (their keys are data, not metadata). */
const keptWhole = new Set(['query', 'fields']);

function keyOf(property: ts.ObjectLiteralElementLike | ts.Node): string | null {
  if (ts.isShorthandPropertyAssignment(property)) return property.name.text;
  if (!ts.isPropertyAssignment(property)) return null;
  const name = property.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;
}

/**
 * A platform file's source without the properties named in `drop` (in every rule object, but not
 * inside `query` or `fields`, whose keys are URL parameters).
 * @example stripPlatformData("x({ id: 'a', examples: [] })", new Set(['examples'])) // "x({ id: 'a' });\n"
 */
export function stripPlatformData(code: string, drop: ReadonlySet<string>): string {
  const source = ts.createSourceFile('platform.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const transformer: ts.TransformerFactory<ts.SourceFile> = (context) => {
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isPropertyAssignment(node) && keptWhole.has(keyOf(node) ?? '')) return node;
      if (ts.isObjectLiteralExpression(node)) {
        const kept = node.properties.filter((p) => !drop.has(keyOf(p) ?? ''));
        const visited = kept.map((p) => ts.visitNode(p, visit) as ts.ObjectLiteralElementLike);
        return context.factory.updateObjectLiteralExpression(node, visited);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (file) => ts.visitNode(file, visit) as ts.SourceFile;
  };
  const [result] = ts.transform(source, [transformer]).transformed;
  return ts.createPrinter().printFile(result!);
}

const platformFile =
  /[\\/]utils[\\/]platforms[\\/](?!schema|define-platform|index|sites)[^\\/]+(?<!\.test)\.ts$/;

/** The Vite plugin: strips platform files as they are bundled. */
export function stripPlatformDataPlugin(): Plugin {
  const drop = new Set(docOnlyKeys);
  return {
    name: 'unwall:strip-platform-data',
    enforce: 'pre',
    transform(code, id) {
      if (!platformFile.test(id.split('?')[0]!)) return null;
      return { code: stripPlatformData(code, drop), map: null };
    },
  };
}
