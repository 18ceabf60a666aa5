// `npm run worker` / `npm run push:drain`: bundles scripts/worker.ts (scripts/bundle-worker.mjs says why) and runs
// the bundle in this process, so that signals, exit codes and the memory measured are the worker's own. The bundling
// runs in a child process: esbuild's API and its output held here would cost the worker 15 MB for good.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bundler = fileURLToPath(new URL('./bundle-worker.mjs', import.meta.url));
const entry = execFileSync(process.execPath, [bundler], { stdio: ['ignore', 'pipe', 'inherit'] });
await import(entry.toString());
