import http from 'node:http';
import type { AddressInfo } from 'node:net';
import webpush from 'web-push';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { insertUsers, useTestDatabase } from '../../test/delivery-fixtures';
import { createNotification } from '../notifications/create-notification';
import { notificationInputSchema } from '../validation/notification';
import { createPushSender } from './create-push-sender';
import { createDispatcher } from './dispatcher/create-dispatcher';
import { parseEndpointAllowlist } from './endpoint-allowlist';
import type { PushSender } from './types';

// Two deadlines guard a send: the sender's HTTP timeout (PUSH_TIMEOUT_MS, a push service that does not answer) and
// the dispatcher's per-send deadline (a sender that never settles, a bug). The delivery log must tell them apart.

const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:ops@crieur.example.org' };

describeEachDatabase('a timed-out send in the delivery log', (kind) => {
  const database = useTestDatabase(kind);
  let hung: http.Server;
  let origin: string;
  beforeAll(async () => {
    hung = http.createServer(() => undefined); // reads the request, never answers
    await new Promise<void>((r) => hung.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((r) => {
        hung.closeAllConnections();
        hung.close(() => r());
      }),
  );
  beforeEach(async () => {
    await database().sql.exec(
      `DELETE FROM "Delivery"; DELETE FROM "Notification"; DELETE FROM "PushSubscription"; DELETE FROM "User";`,
    );
    await insertUsers(database().sql, [{ id: 'u', endpoints: [`${origin}/push/u`] }]);
    const input = notificationInputSchema.parse({ title: 'T', audience: { kind: 'everyone' } });
    await createNotification(input, { source: 'api' });
  });

  async function lastErrorAfter(sender: PushSender, sendGuardMs: number): Promise<string | null> {
    await createDispatcher({ sql: database().sql, sender, sendGuardMs }).drain();
    sender.close();
    const [row] = await database().sql.query<{ lastError: string | null }>(`SELECT "lastError" FROM "Delivery"`);
    return row.lastError;
  }

  it('records the HTTP timeout and the dispatcher deadline as different errors', async () => {
    const allowlist = parseEndpointAllowlist(origin);
    const sender = createPushSender({ vapid, allowlist, timeoutMs: 100, maxSocketsPerOrigin: 2 });
    const slowService = await lastErrorAfter(sender, 5_000);
    // Due again at once (a date long past, whatever the session's time zone).
    await database().sql.exec(`UPDATE "Delivery" SET status = 'pending', "dueAt" = '2000-01-01'`);
    const stuckSender = await lastErrorAfter({ send: () => new Promise(() => undefined), close() {} }, 100);
    expect(slowService).toBe('network: http_timeout');
    expect(stuckSender).toMatch(/^network: /);
    expect(stuckSender).not.toBe(slowService);
  });
});
