// `npm start`: configuration check → migrations → demo seed → build when sources changed → next start.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { lockDataDir, unlockDataDir } from '../lib/bootstrap/data-dir-lock';
import { ensureSecrets } from '../lib/bootstrap/ensure-secrets';
import { prepareDatabase } from '../lib/bootstrap/prepare-database';
import { resolveDbConfig } from '../lib/db/config';
import { parseEnv, type Env } from '../lib/env';

const log = (line: string) => console.log(`[crieur] ${line}`);
const fail = (line: string): never => {
  console.error(`[crieur] ${line}`);
  process.exit(1);
};

process.env.NEXT_TELEMETRY_DISABLED ??= '1';
(process.env as Record<string, string>).NODE_ENV = 'production';
const dataDir = path.resolve(process.env.CRIEUR_DATA_DIR || '.crieur-data');
process.env.CRIEUR_DATA_DIR = dataDir;

const secretsInEnv = Boolean(process.env.NEXTAUTH_SECRET && process.env.VAPID_PUBLIC_KEY);
let env: Env;
try {
  const secrets = ensureSecrets(dataDir);
  if (secrets.created.length)
    log(`Generated ${secrets.created.join(' and ')} in ${path.join(dataDir, 'secrets.json')} (kept across restarts)`);
  env = parseEnv(process.env);
} catch (err) {
  fail((err as Error).message);
}
// Not an error: without it every redirect uses the origin each request was sent to (lib/http/request-origin.ts),
// which is right on one machine; links mailed to others need a trusted origin (publicOrigin), so set it in production.
if (!env!.NEXTAUTH_URL) {
  log(
    'NEXTAUTH_URL is not set: redirects use the address each visitor typed (X-Forwarded-Host only from' +
      ' TRUSTED_PROXIES), and password-reset mails carry a link only when the portal is reached on localhost;' +
      ' set it to the public URL, e.g. https://crieur.example.org',
  );
}
// Several instances on one PostgreSQL must share these, or sessions and push subscriptions break between them.
if (env!.DATABASE_URL && !secretsInEnv) {
  log(
    `Secrets come from ${path.join(dataDir, 'secrets.json')}: ` +
      'give every instance the same NEXTAUTH_SECRET and VAPID_* (README "How it scales")',
  );
}

try {
  const demo = await prepareDatabase(env!, { seed: true, log });
  if (demo.length) {
    log('Created demo accounts (passwords are shown only this once):');
    for (const a of demo) log(`  ${a.role.padEnd(7)}  ${a.email}  ${a.password}`);
  }
} catch (err) {
  fail((err as Error).message);
}

if (needsBuild()) {
  log('Building the portal (next build)…');
  const r = spawnSync(process.execPath, [nextBin(), 'build'], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) fail('next build failed (see above)');
}

const port = process.env.PORT || '3000';
const host = process.env.HOSTNAME || '0.0.0.0';
const child = spawn(process.execPath, [nextBin(), 'start', '-p', port, '-H', host], {
  stdio: 'inherit',
  env: process.env,
});
const embedded = resolveDbConfig(env!).kind === 'pglite';
if (embedded) lockDataDir(dataDir, child.pid!);
log(`Portal on http://localhost:${port} (${embedded ? 'embedded database, dispatcher in-process' : 'PostgreSQL'})`);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => {
  if (embedded) unlockDataDir(dataDir);
  process.exit(code ?? (signal ? 0 : 1));
});

function nextBin() {
  return path.resolve('node_modules/next/dist/bin/next');
}

/** Rebuild only when a source file is newer than the last build (or CRIEUR_BUILD=always). */
function needsBuild(): boolean {
  if (process.env.CRIEUR_BUILD === 'never') return false;
  const id = '.next/BUILD_ID';
  if (process.env.CRIEUR_BUILD === 'always' || !existsSync(id)) return true;
  const built = statSync(id).mtimeMs;
  const newest = [
    'app',
    'components',
    'lib',
    'public',
    'messages',
    'next.config.js',
    'package.json',
    'proxy.ts',
    'instrumentation.ts',
  ]
    .filter(existsSync)
    .reduce((m, p) => Math.max(m, newestMtime(p)), 0);
  return newest > built;
}

function newestMtime(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, e) => Math.max(m, newestMtime(path.join(p, e))), s.mtimeMs);
}
