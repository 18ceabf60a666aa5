/** One readable line for the ways a database fails to open at start-up. */
export function describeDbError(err: unknown, where: string): string {
  const e = err as { code?: string; message?: string; name?: string };
  const code = e?.code ?? '';
  if (code === 'ECONNREFUSED')
    return `Cannot reach the database: ${where} refused the connection. Is PostgreSQL running? Check DATABASE_URL.`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `Cannot reach the database: unknown host in ${where}. Check DATABASE_URL.`;
  if (code === 'ETIMEDOUT')
    return `Cannot reach the database: ${where} did not answer in time. Check DATABASE_URL and the network.`;
  if (code === '3D000')
    return `The database in DATABASE_URL does not exist (${where}). Create it first: createdb <name>.`;
  if (code === '28P01' || code === '28000') return `The database refused the credentials in DATABASE_URL (${where}).`;
  if (e?.name === 'MigrationError') return e.message ?? 'Migration failed';
  if (e?.name === 'EnvError') return e.message ?? 'Invalid configuration';
  return `Database error (${where}): ${(e?.message ?? String(err)).split('\n')[0]}`;
}
