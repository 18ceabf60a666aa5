import path from 'node:path';
import type { Env } from '../env';

export type DbConfig = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite database inside CRIEUR_DATA_DIR. */
export function resolveDbConfig(env: Pick<Env, 'DATABASE_URL' | 'CRIEUR_DATA_DIR'>): DbConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'pglite', dataDir: path.resolve(env.CRIEUR_DATA_DIR, 'pglite') };
}

export function describeDb(config: DbConfig): string {
  if (config.kind === 'pglite') return `embedded PGlite in ${config.dataDir}`;
  const u = new URL(config.url);
  return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
}
