// Runs `prisma generate` without Prisma's native engine download (unreachable offline): Prisma 7's client needs no
// native engine, the CLI only checks that one exists. Machines that have the real engine keep theirs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= '/bin/true';
// The Kysely types generator is a local bin, on PATH under `npm run`/postinstall but not under a bare `node`.
env.PATH = [path.resolve('node_modules/.bin'), env.PATH].filter(Boolean).join(path.delimiter);
const r = spawnSync(
  process.execPath,
  ['node_modules/prisma/build/index.js', 'generate', '--schema', 'prisma/schema.prisma'],
  { stdio: 'inherit', env },
);
process.exit(r.status ?? 1);
