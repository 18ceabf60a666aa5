// Bundles the dispatcher process (scripts/worker.ts) and its encryption thread into plain JavaScript with esbuild,
// so that `npm run worker` runs on plain Node instead of through tsx's loader. Measured with the benchmark
// (n = 30,000, plain HTTP, same machine, back to back): peak RSS 261 → 192 MB, dispatcher CPU per message 403 →
// 334 µs, 2,881 → 3,310 pushes/s. tsx compiles every module at load, keeps a loader and source-map support in the
// process, and loads Kysely as 263 separate ES modules; the bundle is one file of our code and its libraries.
//
// Built at every start (≈ 0.3 s) into a folder named after the output's hash: a changed source is never run stale,
// and several workers starting at once either share one folder or each write and rename their own (rename is atomic).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, stop } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

// Loaded only when the worker runs on the embedded database (lib/db/client.ts, a dynamic import): they stay in
// node_modules, where their WASM and engine files are found next to them. pg-native is pg's optional native
// binding, not installed.
const EXTERNAL = ['@prisma/*', '@electric-sql/pglite', '@electric-sql/pglite/*', 'pglite-prisma-adapter', 'pg-native'];

// Builds of an older source are kept (a running worker restarts a crashed encryption thread from its own folder),
// but not forever.
const BUILDS_KEPT = 8;

// Names the files only: they are written by hand below (write: false).
const OUT = path.join(root, 'worker-bundle');

/** Writes the bundle if it is not there yet; returns the URL of its entry module. */
async function bundleWorker() {
  const { outputFiles } = await build({
    // The thread's entry is named as the pool looks for it next to its own module (encryption-pool.ts).
    entryPoints: [
      { in: path.join(root, 'scripts/worker.ts'), out: 'worker' },
      { in: path.join(root, 'lib/push/encrypt-thread-entry.ts'), out: 'encrypt-worker-bootstrap' },
    ],
    outdir: OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // As `--conditions=react-server` does for tsx: `server-only` resolves to its empty module on the server.
    conditions: ['react-server'],
    external: EXTERNAL,
    // CommonJS libraries inside an ES module bundle still call require() for Node's built-ins.
    banner: {
      js:
        "import { createRequire as __createRequire } from 'node:module';\n" +
        'const require = __createRequire(import.meta.url);',
    },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  await stop(); // esbuild's service process is not needed again
  const hash = createHash('sha256');
  for (const f of outputFiles) hash.update(f.path).update(f.contents);
  const cache = cacheDir();
  const dir = path.join(cache, hash.digest('hex').slice(0, 16));
  if (!existsSync(dir)) {
    const temp = `${dir}.${process.pid}.tmp`;
    for (const f of outputFiles) {
      const file = path.join(temp, path.relative(OUT, f.path));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, f.contents);
    }
    try {
      renameSync(temp, dir);
    } catch (err) {
      rmSync(temp, { recursive: true, force: true });
      if (!existsSync(dir)) throw err; // not a concurrent start that got there first
    }
    pruneOldBuilds(cache);
  }
  return pathToFileURL(path.join(dir, 'worker.mjs'));
}

/** node_modules/.cache, as other tools use it; the system's temporary folder where node_modules is read-only. */
function cacheDir() {
  for (const dir of [path.join(root, 'node_modules/.cache/crieur-worker'), path.join(tmpdir(), 'crieur-worker')]) {
    try {
      mkdirSync(dir, { recursive: true });
      const probe = path.join(dir, `.probe-${process.pid}`);
      writeFileSync(probe, '');
      rmSync(probe);
      return dir;
    } catch {
      // read-only: try the next place
    }
  }
  throw new Error('no writable folder for the worker bundle (node_modules/.cache or the temporary folder)');
}

function pruneOldBuilds(cache) {
  const builds = readdirSync(cache)
    .filter((name) => /^[0-9a-f]{16}$/.test(name))
    .map((name) => ({ name, mtime: statSync(path.join(cache, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { name } of builds.slice(BUILDS_KEPT)) rmSync(path.join(cache, name), { recursive: true, force: true });
}

// Run as a process of its own by start-worker.mjs, which reads the entry's URL from stdout.
process.stdout.write((await bundleWorker()).href);
