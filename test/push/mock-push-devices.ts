// Residents' devices on the local mock push service (web-push-testing), for tests that follow a notification all the
// way to what a device decrypts: one stored subscription per person, and the outbox drained through a real sender.
import type { SqlClient } from '../../lib/db/sql-client';
import { createPushSender, type PushSenderOptions } from '../../lib/push/create-push-sender';
import { createDispatcher } from '../../lib/push/dispatcher/create-dispatcher';
import { parseEndpointAllowlist } from '../../lib/push/endpoint-allowlist';
import type { MockPushService } from './web-push-testing-server';

/** One device ("phone") per person, the subscription's id being the person's; each person's mock client hash. */
export async function subscribeDevices<P extends string>(
  sql: SqlClient,
  mock: MockPushService,
  vapidPublicKey: string,
  people: readonly P[],
): Promise<Record<P, string>> {
  const devices = {} as Record<P, string>;
  for (const who of people) {
    const s = await mock.subscribe(vapidPublicKey);
    devices[who] = s.clientHash;
    await sql.query(
      `INSERT INTO "PushSubscription" (id, "userId", endpoint, p256dh, auth, name)
       VALUES ($1, $1, $2, $3, $4, 'phone')`,
      [who, s.endpoint, s.keys.p256dh, s.keys.auth],
    );
  }
  return devices;
}

/** Drains the outbox once, through a real sender that may reach the mock push service only. */
export function drainToMockPushService(o: {
  sql: SqlClient;
  mock: MockPushService;
  vapid: PushSenderOptions['vapid'];
  origin: string;
  privatePayloads?: boolean;
}) {
  const sender = createPushSender({
    vapid: o.vapid,
    allowlist: parseEndpointAllowlist(o.mock.origin),
    timeoutMs: 5000,
    maxSocketsPerOrigin: 4,
  });
  return createDispatcher({ sql: o.sql, sender, privatePayloads: o.privatePayloads ?? false, origin: o.origin })
    .drain()
    .finally(() => sender.close());
}

/** What the mock push service holds for one device, decrypted and parsed. */
export async function pushedTo(mock: MockPushService, clientHash: string): Promise<Array<Record<string, unknown>>> {
  return (await mock.messages(clientHash)).map((m) => JSON.parse(m));
}
