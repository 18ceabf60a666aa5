// The npm scripts as an operator runs them: start-up failures must be one readable line, never a stack trace.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { runMigrations } from '../lib/db/migrate';
import { pgliteSqlClient } from '../lib/db/sql-client';
import { createThrowawayDatabase, postgresReachable } from '../test/databases';

const tmp = mkdtempSync(path.join(tmpdir(), 'crieur-start-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let dirs = 0;
const freshDataDir = () => path.join(tmp, `data-${++dirs}`);

type Run = { code: number | null; stdout: string; stderr: string; errLines: string[] };

/** `npm run <script>` in this checkout with a throw-away data folder, never building or serving the portal. */
function npmRun(script: string, env: Record<string, string>, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    // Vitest's NODE_ENV=test and the caller's DATABASE_URL must not leak into the scripts.
    const { NODE_ENV: _, DATABASE_URL: __, ...inherited } = process.env;
    const child = spawn('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], {
      env: { ...inherited, CRIEUR_DATA_DIR: freshDataDir(), CRIEUR_BUILD: 'never', ...env } as Record<
        string,
        string
      > as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      // npm's own warnings about this machine's npmrc are not ours.
      const errLines = stderr.split('\n').filter((l) => l.trim() && !l.startsWith('npm warn'));
      resolve({ code, stdout, stderr, errLines });
    });
  });
}

function expectOneLine(r: Run, pattern: RegExp) {
  expect(r.code, r.stdout + r.stderr).toBe(1);
  expect(r.errLines, r.stderr).toHaveLength(1);
  expect(r.errLines[0]).toMatch(pattern);
  expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
}

const pgUp = await postgresReachable();
const onPostgres = pgUp ? it : it.skip;

describe('npm start refuses to start, in one line', () => {
  it.each(['not-a-url', 'mysql://root@localhost/crieur', 'postgresql://[oops'])(
    'on a malformed DATABASE_URL (%s)',
    async (url) => {
      expectOneLine(
        await npmRun('start', { DATABASE_URL: url }),
        /^\[crieur\] Invalid configuration: DATABASE_URL must look like postgresql:\/\//,
      );
    },
  );

  it('on an unreachable database', async () => {
    const r = await npmRun('start', { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/x' });
    expectOneLine(
      r,
      /^\[crieur\] Cannot reach the database: PostgreSQL at 127\.0\.0\.1:1\/x refused the connection.*DATABASE_URL/,
    );
  });

  it('on a bad VAPID_SUBJECT', async () => {
    expectOneLine(
      await npmRun('start', { VAPID_SUBJECT: 'mailto:me@localhost' }),
      /VAPID_SUBJECT must not name localhost/,
    );
  });

  it('on an unreadable secrets file, which it does not replace', async () => {
    const dir = freshDataDir();
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'secrets.json'), '{ truncated');
    expectOneLine(
      await npmRun('start', { CRIEUR_DATA_DIR: dir }),
      /secrets\.json is unreadable.*Restore it from a backup/,
    );
  });

  it('when an applied migration was changed since', async () => {
    const dir = freshDataDir();
    mkdirSync(path.join(dir, 'pglite'), { recursive: true });
    const lite = new PGlite(path.join(dir, 'pglite'));
    const sql = pgliteSqlClient(lite);
    await runMigrations(sql);
    await sql.query(`UPDATE "_prisma_migrations" SET checksum = $1`, ['0'.repeat(64)]);
    await sql.close();
    expectOneLine(
      await npmRun('start', { CRIEUR_DATA_DIR: dir }),
      /^\[crieur\] Migration \d+_init was changed after it was applied .*add a new migration instead/,
    );
  });
});

describe('npm start and NEXTAUTH_URL', () => {
  const unreachable = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/x' };
  const warning = /^\[crieur\] NEXTAUTH_URL is not set: redirects use the address each visitor typed/m;

  it('warns in one line when NEXTAUTH_URL is unset, and says nothing when it is set', async () => {
    const unset = await npmRun('start', { ...unreachable, NEXTAUTH_URL: '' });
    expect(unset.stdout.match(new RegExp(warning, 'gm')), unset.stdout).toHaveLength(1);
    const set = await npmRun('start', { ...unreachable, NEXTAUTH_URL: 'https://crieur.example.org' });
    expect(set.stdout + set.stderr).not.toMatch(/NEXTAUTH_URL/);
  });
});

describe('npm scripts on PostgreSQL', () => {
  if (!pgUp) console.warn('\n  ⚠ PostgreSQL not reachable: npm run db:migrate / user:create tests SKIPPED\n');
  const drops: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const d of drops) await d();
  });
  async function database() {
    const db = await createThrowawayDatabase();
    drops.push(db.drop);
    return db.url;
  }

  onPostgres('db:migrate applies the migrations, then has nothing to do', async () => {
    const url = await database();
    const first = await npmRun('db:migrate', { DATABASE_URL: url });
    expect(first.code, first.stderr).toBe(0);
    // Every folder of prisma/migrations, in order (the count grows with each schema change).
    const all = readdirSync('prisma/migrations')
      .filter((d) => /^\d+_/.test(d))
      .sort();
    expect(first.stdout).toContain(`applied ${all.length} migration(s): ${all.join(', ')}`);
    const again = await npmRun('db:migrate', { DATABASE_URL: url });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/schema up to date/);
  });

  onPostgres('user:create makes an admin, and refuses a duplicate e-mail clearly', async () => {
    const url = await database();
    const args = ['--email', 'Mayor@Ville.example.fr', '--name', 'Madame la Maire', '--admin'];
    const created = await npmRun('user:create', { DATABASE_URL: url }, args);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/Created admin mayor@ville\.example\.fr with password \S{16}/);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client
      .query(`SELECT email, name, role, "passwordHash" FROM "User"`)
      .finally(() => client.end());
    expect(rows).toEqual([
      {
        email: 'mayor@ville.example.fr',
        name: 'Madame la Maire',
        role: 'admin',
        passwordHash: expect.stringMatching(/^\$argon2id\$/),
      },
    ]);

    const duplicate = await npmRun('user:create', { DATABASE_URL: url }, ['--email', 'mayor@ville.example.fr']);
    expectOneLine(duplicate, /^An account with the e-mail mayor@ville\.example\.fr already exists\.$/);
  });

  onPostgres(
    'user:reset-password sets or generates a password, ends the sessions, and names an unknown e-mail',
    async () => {
      const url = await database();
      expect((await npmRun('user:create', { DATABASE_URL: url }, ['--email', 'clerk@ville.example.fr'])).code).toBe(0);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const hash = async () =>
          (await client.query(`SELECT "passwordHash" FROM "User"`)).rows[0].passwordHash as string;
        await client.query(`INSERT INTO "Session" (id, "userId") SELECT 'phone', id FROM "User"`);
        const before = await hash();
        const generated = await npmRun('user:reset-password', { DATABASE_URL: url }, [
          '--email',
          'Clerk@Ville.example.fr',
        ]);
        expect(generated.code, generated.stderr).toBe(0);
        expect(generated.stdout).toMatch(
          /New password set for clerk@ville\.example\.fr: \S{16} \(all their sessions were ended\)/,
        );
        expect(await hash()).not.toBe(before);
        expect((await client.query(`SELECT count(*)::int AS n FROM "Session"`)).rows[0].n).toBe(0);

        const chosen = await npmRun('user:reset-password', { DATABASE_URL: url }, [
          '--email',
          'clerk@ville.example.fr',
          '--password',
          'a chosen passphrase',
        ]);
        expect(chosen.code, chosen.stderr).toBe(0);
        expect(chosen.stdout).toMatch(
          /^New password set for clerk@ville\.example\.fr \(all their sessions were ended\)$/m,
        );
      } finally {
        await client.end();
      }
      expectOneLine(
        await npmRun('user:reset-password', { DATABASE_URL: url }, ['--email', 'nobody@ville.example.fr']),
        /^No account has the e-mail nobody@ville\.example\.fr\.$/,
      );
    },
  );

  it('user:reset-password refuses a weak password or a missing e-mail before touching the database', async () => {
    const env = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/x' };
    const weak = await npmRun('user:reset-password', env, ['--email', 'a@example.org', '--password', 'password123']);
    expect(weak.code).toBe(2);
    expect(weak.errLines).toEqual([expect.stringMatching(/password: password_too_common/)]);
    expect((await npmRun('user:reset-password', env, [])).code).toBe(2);
  });

  it('user:create refuses a weak password without touching the database', async () => {
    const r = await npmRun('user:create', { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/x' }, [
      '--email',
      'a@example.org',
      '--password',
      'short',
    ]);
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([expect.stringMatching(/password: password_too_short/)]);
  });
});
