// `npm run check:cycles` (run by `npm run lint`, so by .ci/run): one-way folders app → components → lib, no import
// cycle between files, and no cycle between folders of lib/ (the rules: scripts/import-rules.ts). dpdm parses the
// imports with TypeScript itself, so `@/` paths, `import type` and re-exports are read as tsc reads them.
import { existsSync } from 'node:fs';
import { parseDependencyTree, type DependencyTree } from 'dpdm';
import { importProblems, type ImportGraph } from './import-rules';

const options = (transform: boolean) => ({
  context: process.cwd(),
  tsconfig: 'tsconfig.json',
  transform,
  // Tests may import across layers (a test of a page imports its action); generated code imports only itself.
  exclude: /node_modules|lib\/generated\/|\.test\.tsx?$/,
});

async function readGraph(transform: boolean): Promise<ImportGraph> {
  const entries = ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'];
  const tree: DependencyTree = await parseDependencyTree(entries, options(transform));
  const graph: ImportGraph = {};
  for (const [file, deps] of Object.entries(tree)) {
    const inProject = (id: string | null): id is string => !!id && !id.includes('node_modules') && existsSync(id);
    graph[file] = (deps ?? []).map((d) => d.id).filter(inProject);
  }
  return graph;
}

// `all`: every import, types included; `runtime`: what is left once TypeScript erases `import type` (transform).
const [all, runtime] = [await readGraph(false), await readGraph(true)];
const problems = importProblems(all, runtime);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `check:cycles: ${Object.keys(all).length} files: one-way folders, no import cycle between files, ` +
    'no cycle between folders of lib/',
);
