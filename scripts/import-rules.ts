// The import rules `npm run check:cycles` enforces, as pure functions over a file → imported files map, so that they
// can be tested without parsing the project.

/** File → the project files it imports (resolved, repository-relative paths). */
export type ImportGraph = Record<string, readonly string[]>;

const LAYERS = ['app', 'components', 'lib'] as const;
const layerOf = (file: string) => LAYERS.find((l) => file.startsWith(`${l}/`));

/** One-way folders: app → components → lib. A lower layer importing a higher one is a violation. */
export function layerViolations(graph: ImportGraph): string[] {
  const rank = (file: string) => LAYERS.indexOf(layerOf(file) as (typeof LAYERS)[number]);
  return Object.entries(graph).flatMap(([from, deps]) =>
    deps.filter((to) => layerOf(from) && layerOf(to) && rank(to) < rank(from)).map((to) => `${from} -> ${to}`),
  );
}

/** Every cycle of files (each once, from its smallest member), by depth-first search. */
export function fileCycles(graph: ImportGraph): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const dep of graph[file] ?? []) {
      if (state.get(dep) === 'open') {
        const cycle = stack.slice(stack.indexOf(dep));
        const start = cycle.indexOf([...cycle].sort()[0]);
        const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(canonical.join(' -> '), canonical);
      } else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of Object.keys(graph).sort()) if (!state.has(file)) visit(file);
  return [...cycles.values()];
}

/**
 * Everything `npm run check:cycles` refuses, one line each. Layers and folders of lib/ count `all` imports, types
 * included: a lower folder must not even name a higher one's types. File cycles count `runtime` imports only: an
 * erased `import type` cannot make a module load before the one it needs, which is what a file cycle breaks.
 */
export function importProblems(all: ImportGraph, runtime: ImportGraph): string[] {
  return [
    ...layerViolations(all).map((v) => `one-way folders (app → components → lib): ${v}`),
    ...fileCycles(runtime).map((c) => `import cycle: ${[...c, c[0]].join(' -> ')}`),
    ...folderCycleEdges(all).map((e) => `cycle between folders of lib/: ${e}`),
  ];
}

/** The folder a file is in: the unit of "one-way folders" inside lib/. */
const folderOf = (file: string) => file.slice(0, file.lastIndexOf('/'));

/**
 * Folder → folder imports inside lib/ that lie on a cycle of folders (both ends in one strongly connected component),
 * as "lib/a -> lib/b", sorted.
 */
export function folderCycleEdges(graph: ImportGraph): string[] {
  const edges = new Map<string, Set<string>>();
  for (const [from, deps] of Object.entries(graph)) {
    for (const to of deps) {
      const [a, b] = [folderOf(from), folderOf(to)];
      if (a !== b && a.startsWith('lib') && b.startsWith('lib')) edges.set(a, (edges.get(a) ?? new Set()).add(b));
    }
  }
  const component = stronglyConnected(edges);
  const onCycle = ([a, bs]: [string, Set<string>]) =>
    [...bs].filter((b) => component.get(a) === component.get(b)).map((b) => `${a} -> ${b}`);
  return [...edges].flatMap(onCycle).sort();
}

// Tarjan's algorithm: node → the id of its strongly connected component.
function stronglyConnected(edges: Map<string, Set<string>>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const stack: string[] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) visit(w);
      if (!component.has(w)) low.set(v, Math.min(low.get(v)!, low.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      let w: string;
      do component.set((w = stack.pop()!), index.get(v)!);
      while (w !== v);
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return component;
}
