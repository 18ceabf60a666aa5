// Finds what the server exposes — server actions, route handlers — and the wrapper each export is made with, for the
// tests that every one of them checks the caller: an action's ID or a route's URL can be called by anyone.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Wrappers a module may import by their own names from a module whose path ends with `from`. */
export type WrapperSource = { from: string; names: readonly string[] };

export const ACTION_WRAPPERS: WrapperSource[] = [
  { from: 'lib/auth/auth-action', names: ['adminAction', 'authAction', 'visitorAction', 'publicAction'] },
];
export const ROUTE_WRAPPERS: WrapperSource[] = [
  { from: 'lib/auth/with-user', names: ['withUser', 'withAdmin'] },
  { from: 'lib/auth/with-api-token', names: ['withApiToken'] },
  { from: 'lib/inbox/inbox-change-route', names: ['inboxChangeRoute'] }, // withUser inside
];

/** One export: the wrapper its value is made with, or null when it is anything else. */
export type WrappedExport = { file: string; name: string; wrapper: string | null };

const SOURCE = /\.(ts|tsx)$/;
const isTest = (f: string) => /\.test\.tsx?$/.test(f);

export function sourceFiles(dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((f) => path.join(dir, f).split(path.sep).join('/'))
      .filter((f) => SOURCE.test(f) && !isTest(f) && !f.includes('/generated/')),
  );
}

const parse = (file: string) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

const isUseServer = (s: ts.Statement) =>
  ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === 'use server';

/** Whether the module starts with the 'use server' directive (all its exports are then server actions). */
export const isServerModule = (file: string) => parse(file).statements.some(isUseServer);

/** Functions that declare 'use server' in their own body (inline actions), which no wrapper can cover. */
export function inlineServerActions(file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isBlock(node) && node.parent && ts.isFunctionLike(node.parent) && node.statements.some(isUseServer)) {
      found.push(`${file}:${node.getSourceFile().getLineAndCharacterOfPosition(node.pos).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return found;
}

/** Every export of a module and the wrapper call that makes it, if it is one of `sources`. */
export function wrappedExports(file: string, sources: WrapperSource[]): WrappedExport[] {
  const out: WrappedExport[] = [];
  const source = parse(file);
  const wrappers = importedWrappers(source, sources);
  for (const s of source.statements) {
    const exported = ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isVariableStatement(s) && exported) {
      for (const d of s.declarationList.declarations) {
        out.push({ file, name: d.name.getText(), wrapper: wrapperOf(d.initializer, wrappers) });
      }
    } else if (exported || ts.isExportDeclaration(s) || ts.isExportAssignment(s)) {
      // export function / export default / export { … }: not made by a wrapper.
      out.push({ file, name: s.getText().split('\n')[0], wrapper: null });
    }
  }
  return out;
}

function wrapperOf(init: ts.Expression | undefined, imported: Set<string>): string | null {
  if (!init || !ts.isCallExpression(init) || !ts.isIdentifier(init.expression)) return null;
  return imported.has(init.expression.text) ? init.expression.text : null;
}

/** The wrappers this module imports under their own names from where they live (not a local look-alike). */
function importedWrappers(source: ts.SourceFile, sources: WrapperSource[]): Set<string> {
  const names = new Set<string>();
  for (const s of source.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const from = sources.find((w) => (s.moduleSpecifier as ts.StringLiteral).text.endsWith(w.from));
    const bindings = s.importClause?.namedBindings;
    if (!from || !bindings || !ts.isNamedImports(bindings)) continue;
    for (const e of bindings.elements) if (!e.propertyName && from.names.includes(e.name.text)) names.add(e.name.text);
  }
  return names;
}
