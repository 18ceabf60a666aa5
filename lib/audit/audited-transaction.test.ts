import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertUsers } from '@/test/delivery-fixtures';
import { useMigratedDatabase } from '@/test/use-database';
import { kysely } from '../db/client';
import { storePasswordHash } from '../people/store-password-hash';
import { upsertSubscription } from '../subscriptions/save-subscription';
import type { AuditActor } from './audit-actions';
import { readAuditEntries } from './audit-test-helpers';
import { recordAuditEntry } from './record-audit-entry';
import { runAuditedTransaction } from './run-audited-transaction';

// Issue #12: work that Prisma's transactions used to do (a device, a password and the sessions it ends) and its audit
// entry share one Kysely transaction, so a failure anywhere in it keeps none of them.
const device = {
  endpoint: 'https://push.test/ana-new',
  p256dh: 'key',
  auth: 'secret',
  vapidPublicKey: 'BPublicKey',
  userAgent: null,
  name: 'Phone',
} as const;
const ana = { kind: 'user', userId: 'ana' } as const;

describeEachDatabase('a change and its audit entry in one transaction', (kind) => {
  const database = useMigratedDatabase(kind);
  const sql = () => database().sql;
  const state = async () => ({
    devices: (await sql().query<{ endpoint: string }>(`SELECT endpoint FROM "PushSubscription"`)).map(
      (r) => r.endpoint,
    ),
    sessions: (await sql().query(`SELECT id FROM "Session"`)).length,
    passwordHash: (await sql().query<{ h: string | null }>(`SELECT "passwordHash" AS h FROM "User"`))[0].h,
    entries: (await readAuditEntries(database)).map((e) => e.action),
  });
  beforeEach(async () => {
    await insertUsers(sql(), [{ id: 'ana' }]);
    await sql().query(`INSERT INTO "Session" (id, "userId") VALUES ('s1', 'ana')`);
  });

  it('a failure after the work and its entry rolls back both', async () => {
    const before = await state();
    await expect(
      kysely()
        .transaction()
        .execute(async (trx) => {
          await upsertSubscription(trx, { userId: 'ana', ...device });
          await storePasswordHash(trx, 'ana', 'new-hash');
          await recordAuditEntry(trx, { actor: ana, action: 'auth.password_change' });
          throw new Error('boom');
        }),
    ).rejects.toThrow('boom');
    expect(await state()).toEqual(before);
  });

  it('an entry that cannot be written rolls back the work it records', async () => {
    const before = await state();
    const broken = { kind: 'robot', label: 'x' } as unknown as AuditActor; // not an AuditActorKind: the insert fails
    await expect(
      runAuditedTransaction(
        (trx) => upsertSubscription(trx, { userId: 'ana', ...device }),
        () => ({ actor: broken, action: 'device.remove' }),
      ),
    ).rejects.toThrow(/AuditActorKind/);
    expect(await state()).toEqual(before);
  });

  it('and both are kept when it commits', async () => {
    await runAuditedTransaction(
      async (trx) => {
        await upsertSubscription(trx, { userId: 'ana', ...device });
        await storePasswordHash(trx, 'ana', 'new-hash');
      },
      () => ({ actor: ana, action: 'auth.password_change' }),
    );
    expect(await state()).toEqual({
      devices: [device.endpoint],
      sessions: 0,
      passwordHash: 'new-hash',
      entries: ['auth.password_change'],
    });
  });
});
