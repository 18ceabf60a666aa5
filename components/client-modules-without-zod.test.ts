// No module a 'use client' file loads may import zod. Building a zod schema probes eval (`new Function`), which the
// Content-Security-Policy refuses and reports: the composer broke that way when a payload constant came to live beside
// a schema. The walk follows runtime imports (not `import type`) and stops at 'use server' files, of which the browser
// gets only a reference.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
// `import x from 'm'` / `export { x } from 'm'` (not their `type` forms), or a bare `import 'm'`.
const FROM_IMPORT = String.raw`^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]`;
const BARE_IMPORT = String.raw`^\s*import\s+['"]([^'"]+)['"]`;
const RUNTIME_IMPORT = new RegExp(`${FROM_IMPORT}|${BARE_IMPORT}`, 'gm');
const isDirective = (src: string, name: string) => new RegExp(`^['"]${name}['"]`, 'm').test(src);

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? path.join(path.dirname(from), spec)
      : null;
  if (!base) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** The chain of files from `entry` to one importing zod, or null. */
function pathToZod(entry: string): string[] | null {
  const parentOf = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    const src = readFileSync(file, 'utf8');
    if (file !== entry && isDirective(src, 'use server')) continue;
    for (const m of src.matchAll(RUNTIME_IMPORT)) {
      const spec = m[1] ?? m[2];
      if (spec === 'zod' || spec.startsWith('zod/')) {
        const chain = [file];
        for (let p = parentOf.get(file); p; p = parentOf.get(p)) chain.unshift(p);
        return chain.map((f) => path.relative(ROOT, f));
      }
      const next = resolveImport(file, spec);
      if (next && !parentOf.has(next)) {
        parentOf.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

it('no client component loads zod in the browser', () => {
  const files = execFileSync('git', ['ls-files', 'app', 'components'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'));
  const clients = files.filter((f) => isDirective(readFileSync(path.join(ROOT, f), 'utf8'), 'use client'));
  expect(clients.length).toBeGreaterThan(20);
  const leaks = clients.map((f) => pathToZod(path.join(ROOT, f))).filter(Boolean);
  expect(leaks).toEqual([]);
});
