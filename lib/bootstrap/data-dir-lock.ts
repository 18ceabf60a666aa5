import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

// PGlite is one process's database: a second process opening the same folder would corrupt it.
const lockFile = (dataDir: string) => path.join(dataDir, 'server.pid');

export function holderOf(dataDir: string): number | null {
  const f = lockFile(dataDir);
  if (!existsSync(f)) return null;
  const pid = Number(readFileSync(f, 'utf8'));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

export function lockDataDir(dataDir: string, pid: number) {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(lockFile(dataDir), String(pid));
}

export function unlockDataDir(dataDir: string) {
  rmSync(lockFile(dataDir), { force: true });
}

export function assertDataDirFree(dataDir: string) {
  const pid = holderOf(dataDir);
  if (pid && pid !== process.pid) {
    throw Object.assign(
      new Error(
        `The portal (pid ${pid}) has the embedded database in ${dataDir} open; ` +
          'stop it first, or use PostgreSQL (DATABASE_URL).',
      ),
      { name: 'EnvError' },
    );
  }
}
