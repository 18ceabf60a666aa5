// `npm run check:cycles` (run by `npm run lint`, so by .ci/run): one-way folders app → components → lib, no import
// cycle between files, and no new cycle between folders of lib/ (scripts/folder-cycles-baseline.json lists the
// folder cycles that remain; the list may only shrink). dpdm parses the imports with TypeScript itself, so `@/`
// paths, `import type` and re-exports are read as tsc reads them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseDependencyTree, type DependencyTree } from 'dpdm';
import { fileCycles, folderCycleEdges, layerViolations, type ImportGraph } from './import-rules';

const BASELINE = 'scripts/folder-cycles-baseline.json';
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

// Layers count every import, types included: a lower layer must not even name a higher one's types. Cycles count
// runtime imports only (transform: TypeScript erases `import type`): an erased import cannot make a module run
// before the one it needs, which is what a cycle breaks.
const [all, runtime] = [await readGraph(false), await readGraph(true)];
const problems: string[] = [];
for (const v of layerViolations(all)) problems.push(`one-way folders (app → components → lib): ${v}`);
for (const c of fileCycles(runtime)) problems.push(`import cycle: ${[...c, c[0]].join(' -> ')}`);

const known: { why: string[]; edges: string[] } = JSON.parse(readFileSync(BASELINE, 'utf8'));
const baseline = new Set(known.edges);
const current = folderCycleEdges(runtime);
if (process.argv.includes('--update-baseline')) {
  writeFileSync(BASELINE, `${JSON.stringify({ ...known, edges: current }, null, 2)}\n`);
} else {
  for (const e of current.filter((e) => !baseline.has(e))) problems.push(`new cycle between folders of lib/: ${e}`);
  const fixed = [...baseline].filter((e) => !current.includes(e));
  if (fixed.length) problems.push(`no longer on a folder cycle, remove from ${BASELINE}: ${fixed.join(', ')}`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `check:cycles: ${Object.keys(all).length} files: one-way folders, no import cycle between files, ` +
    `no folder cycle in lib/ beyond the ${baseline.size} known edges of ${BASELINE}`,
);
