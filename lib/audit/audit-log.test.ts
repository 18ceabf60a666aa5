import { sql as raw } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { adminPrincipal, userPrincipal } from '@/test/principals';
import { useMigratedDatabase } from '@/test/use-database';
import type { AdminPrincipal } from '../principal/principal';
import type { AuditAction } from './audit-actions';
import { insertAuditEntryDaysAgo } from './audit-test-helpers';
import { startOfDayInZone } from './list/day-range';
import { deleteExpiredAuditEntries } from './delete-expired-audit-entries';
import { listAuditEntries } from './list/list-audit-entries';
import { withoutSecrets } from './record-audit-entry';

const admin = adminPrincipal();

describeEachDatabase('the audit log', (kind) => {
  const database = useMigratedDatabase(kind);
  const sql = () => database().sql;
  const entry = (label: string, action: AuditAction, daysAgo = 0) =>
    insertAuditEntryDaysAgo(database, label, action, daysAgo);

  it('refuses UPDATE and DELETE, even from raw SQL; only the retention job deletes', async () => {
    await entry('ops', 'topic.create');
    await expect(sql().query(`UPDATE "AuditEntry" SET "actorLabel" = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(sql().query(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only/);
    // A session setting outside the job's own transaction does not leak: SET LOCAL ends with the transaction.
    await sql()
      .kysely.transaction()
      .execute((trx) => raw`SET LOCAL crieur.audit_retention = 'on'`.execute(trx));
    await expect(sql().query(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only/);
    expect(await sql().query(`SELECT "actorLabel" FROM "AuditEntry"`)).toEqual([{ actorLabel: 'ops' }]);
  });

  it('retention deletes entries older than the configured days, and nothing when unset', async () => {
    await entry('old', 'topic.create', 400);
    await entry('recent', 'topic.create', 10);
    expect(await deleteExpiredAuditEntries(sql(), undefined)).toBe(0);
    expect(await deleteExpiredAuditEntries(sql(), 365, 1)).toBe(1);
    expect(await sql().query(`SELECT "actorLabel" FROM "AuditEntry"`)).toEqual([{ actorLabel: 'recent' }]);
  });

  describe('listing', () => {
    beforeEach(async () => {
      for (let i = 0; i < 5; i++) await entry(`Alice ${i}`, 'topic.create', i);
      await entry('Bob', 'token.revoke', 2);
    });

    it('pages newest first with a cursor, and filters by actor, action and dates', async () => {
      const first = await listAuditEntries(admin, { limit: 4 });
      expect(first.entries.map((e) => e.actorLabel)).toEqual(['Alice 0', 'Alice 1', 'Bob', 'Alice 2']);
      const second = await listAuditEntries(admin, { limit: 4, after: first.next! });
      expect(second.entries.map((e) => e.actorLabel)).toEqual(['Alice 3', 'Alice 4']);
      expect(second.next).toBeNull();
      const labels = async (f: Parameters<typeof listAuditEntries>[1]) =>
        (await listAuditEntries(admin, f)).entries.map((e) => e.actorLabel);
      expect(await labels({ actor: 'bOB' })).toEqual(['Bob']);
      const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
      expect(await labels({ action: 'topic.create', from: daysAgo(1.5) })).toEqual(['Alice 0', 'Alice 1']);
      expect(await labels({ before: daysAgo(3.5) })).toEqual(['Alice 4']);
    });

    it('is for administrators only', async () => {
      const citizen = userPrincipal({ id: 'c' }) as AdminPrincipal;
      await expect(listAuditEntries(citizen)).rejects.toThrow(/administrator/);
    });
  });
});

describe('audit details', () => {
  it('drop secret-looking keys whatever the caller passed', () => {
    const kept = { email: 'a@b', name: 'ok', prefix: 'crieur_ab' };
    expect(
      withoutSecrets({
        ...kept,
        password: 'x',
        newPassword: 'y',
        token: 't',
        tokenHash: 'h',
        p256dh: 'k',
        auth: 'a',
        endpoint: 'https://push',
      }),
    ).toEqual(kept);
  });
});

describe('startOfDayInZone', () => {
  it("is the reader's midnight, across daylight saving changes", () => {
    expect(startOfDayInZone('2026-07-01', 'Europe/Paris')?.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfDayInZone('2026-01-15', 'Europe/Paris')?.toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDayInZone('2026-03-29', 'Europe/Paris')?.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayInZone('2026-03-08', 'America/New_York')?.toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDayInZone('2026-02-30', 'UTC')).toBeNull();
    expect(startOfDayInZone('yesterday', 'UTC')).toBeNull();
  });
});
