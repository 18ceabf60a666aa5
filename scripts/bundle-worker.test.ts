import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The bundle `npm run worker` runs (start-worker.mjs). Its running is tested by web-push-testing.integration.test.ts
// (push:drain through it, with an encryption thread); here, what it loads.
const STATIC_IMPORT = /^(?:import|export)\s(?:[^;]*?\sfrom\s*)?["']([^"']+)["']/gm;

/** The modules a file loads before it runs: its static imports, followed through the bundle's own chunks. */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
    if (seen.has(spec)) continue;
    seen.add(spec);
    if (spec.startsWith('.')) staticImports(path.resolve(path.dirname(file), spec), seen);
  }
  return seen;
}

describe('the bundled worker', () => {
  const entry = fileURLToPath(execFileSync(process.execPath, ['scripts/bundle-worker.mjs']).toString());

  it('has its encryption thread where the pool looks for it', () => {
    expect(existsSync(path.join(path.dirname(entry), 'encrypt-worker-bootstrap.mjs'))).toBe(true);
  });

  it('loads neither Prisma nor PGlite up front (only the embedded database imports them, when it is used)', () => {
    const loaded = [...staticImports(entry)];
    expect(loaded.filter((m) => /prisma|pglite/i.test(m))).toEqual([]);
    expect(loaded.some((m) => m.startsWith('./chunk-'))).toBe(true); // the walk does follow the chunks
  });

  it('is built again into the same folder when nothing changed', () => {
    expect(fileURLToPath(execFileSync(process.execPath, ['scripts/bundle-worker.mjs']).toString())).toBe(entry);
  });
});
