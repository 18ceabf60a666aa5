// Values that must be refused with a 4xx (never a 500) wherever text enters: the tables in
// app/api/hostile-input.test.ts and lib/actions/hostile-input.test.ts put each of them in every field and parameter.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Never storable in PostgreSQL text or jsonb, nor encodable as UTF-8: refused in every field. */
export const ILL_FORMED = ['\u0000', 'a\u0000b', '\ud800', 'a\udbffb', '\udc00', 'x\udfff', 'a\ufffeb'];
/** Refused in one-line fields (and ids, names, endpoints, search terms); a message body or a password may keep them. */
export const CONTROLS = ['a\u0085b', 'a\u202eb', 'a\u2066b', 'a\u2028b', 'a\u001bb', 'a\tb', 'a\nb', 'a\u007fb'];
/** Instants no notification may have: 422 naming the date field. */
export const BAD_DATES: unknown[] = [
  '+275760-09-13T00:00:00.000Z',
  '+275760-09-14T00:00:00.000Z',
  8.64e15,
  -8.64e15,
  1e300,
  '+100000-01-01T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '2026-13-45T00:00:00Z',
  'x\u0000',
  'soon',
  true,
  [],
  {},
];

/** A field of a body: `path` in dot notation; `strict`: controls are refused too (one-line field). */
export type Slot = { path: string; strict: boolean; base?: unknown };
export const line = (p: string, base?: unknown): Slot => ({ path: p, strict: true, base });
export const multi = (p: string, base?: unknown): Slot => ({ path: p, strict: false, base });

/** Values to try in a slot, each with whether it must be refused. */
export function valuesFor(strict: boolean): Array<[string, unknown, boolean]> {
  return [
    ...ILL_FORMED.map((v): [string, unknown, boolean] => [JSON.stringify(v), v, true]),
    ...CONTROLS.map((v): [string, unknown, boolean] => [JSON.stringify(v), v, strict]),
  ];
}

/** A deep copy of `base` with `value` at the dot-separated path (array indexes allowed). */
export function withValue(base: unknown, dotted: string, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = dotted.split('.');
  let node = copy;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return copy;
}

/** Files under `dir` (relative to the project) named `name`, as project-relative paths. */
export function projectFiles(dir: string, match: (file: string) => boolean): string[] {
  const root = path.resolve(__dirname, '..');
  return (readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .map((f) => path.join(dir, f))
    .filter(match)
    .sort();
}
