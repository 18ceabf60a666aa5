import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue #12: one transaction API. A Prisma transaction cannot hold Kysely work (nor an audit entry, which is Kysely),
// so lib/ and app/ open transactions with kysely().transaction() only (see lib/db/sql-client.ts). Static, so a
// Prisma transaction added in a path no test exercises is caught too.
const ROOT = join(__dirname, '../..');
const PRISMA_TRANSACTION = /\$transaction\s*[(<]/;

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === join(ROOT, 'lib/generated') ? [] : listSources(path);
    return /\.tsx?$/.test(e.name) ? [relative(ROOT, path)] : [];
  });
}

describe('one transaction API', () => {
  const sources = [...listSources(join(ROOT, 'lib')), ...listSources(join(ROOT, 'app'))];

  it('reads the sources of lib/ and app/', () => {
    expect(sources).toContain('lib/audit/run-audited-transaction.ts');
    expect(sources).toContain('app/api/push/subscriptions/route.ts');
  });

  it("opens no Prisma transaction: Kysely's transaction() is the one", () => {
    const offenders = sources.filter((file) => PRISMA_TRANSACTION.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
