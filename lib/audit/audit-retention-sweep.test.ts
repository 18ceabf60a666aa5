import { expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { useMigratedDatabase } from '@/test/use-database';
import { parseEnv } from '../env';
import { createDispatcher } from '../push/dispatcher/create-dispatcher';
import { dispatcherOptionsFromEnv } from '../push/dispatcher/dispatcher-options-from-env';
import type { PushSender } from '../push/types';
import { insertAuditEntryDaysAgo } from './audit-test-helpers';

const idleSender: PushSender = { send: async () => ({ kind: 'network', error: 'unused' }), close: () => undefined };

describeEachDatabase('audit retention in the dispatcher', (kind) => {
  const database = useMigratedDatabase(kind);
  const labels = async () =>
    (
      await database().sql.query<{ actorLabel: string }>(`SELECT "actorLabel" FROM "AuditEntry" ORDER BY "actorLabel"`)
    ).map((r) => r.actorLabel);

  it('keeps everything by default; with AUDIT_RETENTION_DAYS the sweep deletes the older entries', async () => {
    await insertAuditEntryDaysAgo(database, 'ancient', 'token.create', 1000);
    await insertAuditEntryDaysAgo(database, 'last month', 'token.create', 31);
    await insertAuditEntryDaysAgo(database, 'yesterday', 'token.create', 1);
    const sweepWith = (env: Record<string, string>) =>
      createDispatcher({ ...dispatcherOptionsFromEnv(parseEnv(env)), sql: database().sql, sender: idleSender }).drain();
    await sweepWith({});
    expect(await labels()).toEqual(['ancient', 'last month', 'yesterday']);
    await sweepWith({ AUDIT_RETENTION_DAYS: '30' });
    expect(await labels()).toEqual(['yesterday']);
  });
});
