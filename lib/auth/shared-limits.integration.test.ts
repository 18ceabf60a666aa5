// Two web instances (two processes, two connection pools) on one PostgreSQL grant ONE sign-in budget, not one each.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { postgresReachable } from '../../test/databases';
import { databaseUrl, useTestDatabase } from '../../test/delivery-fixtures';
import { createUser } from '../users/create-user';

const pgUp = await postgresReachable();

function instance(
  url: string,
  env: Record<string, string>,
): Promise<{ signedIn: number; refused: number; locked: number }> {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'test/sign-in-child.ts'], {
    env: { ...process.env, DATABASE_URL: url, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (b) => (out += b));
  child.stderr.on('data', (b) => (out += b));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(out)),
    ),
  );
}

(pgUp ? describe : describe.skip)('sign-in limits shared by instances [PostgreSQL]', () => {
  const database = useTestDatabase('postgres');

  it('12 wrong passwords from each of two instances at once: 5 in all checked, the rest told "locked"', async () => {
    await createUser({ email: 'claire@example.org', name: 'Claire', password: 'a-long-enough-passphrase' });
    const env = { EMAIL: 'claire@example.org', PASSWORD: 'not-the-password-at-all', ATTEMPTS: '12' };
    const [a, b] = await Promise.all([instance(databaseUrl(database()), env), instance(databaseUrl(database()), env)]);
    expect(a.refused + b.refused).toBe(5);
    expect(a.locked + b.locked).toBe(19);
    // And the lock holds for the right password on either instance.
    const right = await instance(databaseUrl(database()), {
      ...env,
      PASSWORD: 'a-long-enough-passphrase',
      ATTEMPTS: '1',
    });
    expect(right).toEqual({ signedIn: 0, refused: 0, locked: 1 });
  });
});
