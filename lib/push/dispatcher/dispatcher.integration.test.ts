import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { insertUsers, useTestDatabase } from '../../../test/delivery-fixtures';
import { startFaultPushService, type FaultPushService } from '../../../test/fault-push-service';
import { createPlainHttpSender } from '../../../test/plain-http-sender';
import { silentLogger, type Logger } from '../../log/logger';
import webpush from 'web-push';
import { createNotification } from '../../notifications/create-notification';
import { createPushSender } from '../create-push-sender';
import { parseEndpointAllowlist } from '../endpoint-allowlist';
import { notificationInputSchema } from '../../validation/notification';
import { createDispatcher } from './create-dispatcher';

// Every answer a push service can give, one device each; the dispatcher must bring every delivery to its final
// state with retries, deleting gone devices, losing nothing.
const SCRIPTS: Record<string, { script: string; status: string; attempts: number; requests: number; code?: number }> = {
  ok: { script: '201', status: 'sent', attempts: 1, requests: 1, code: 201 },
  accepted: { script: '202', status: 'sent', attempts: 1, requests: 1, code: 202 },
  flaky500: { script: '500,503,201', status: 'sent', attempts: 3, requests: 3, code: 201 },
  down: { script: '500', status: 'failed', attempts: 5, requests: 5, code: 500 },
  ratelimited: { script: '429:1,201', status: 'sent', attempts: 2, requests: 2, code: 201 },
  ratelimitedDate: { script: '429:date:2,201', status: 'sent', attempts: 2, requests: 2, code: 201 },
  gone410: { script: '410', status: 'gone', attempts: 1, requests: 1, code: 410 },
  gone404: { script: '404', status: 'gone', attempts: 1, requests: 1, code: 404 },
  tooBig: { script: '413', status: 'failed', attempts: 1, requests: 1, code: 413 },
  bad: { script: '400', status: 'failed', attempts: 1, requests: 1, code: 400 },
  forbidden: { script: '403', status: 'failed', attempts: 1, requests: 1, code: 403 },
  hangOnce: { script: 'hang,201', status: 'sent', attempts: 2, requests: 2, code: 201 },
  resetOnce: { script: 'reset,201', status: 'sent', attempts: 2, requests: 2, code: 201 },
  alwaysReset: { script: 'reset', status: 'failed', attempts: 5, requests: 5 },
};

type Row = {
  sub: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  sentAt: Date | null;
  subscriptionId: string | null;
};

// Both senders: the plain test one, and the real one (encrypting, signing, allowlist, keep-alive agents).
const SENDERS = {
  plain: (_service: FaultPushService, timeoutMs: number) => createPlainHttpSender({ timeoutMs }),
  real: (service: FaultPushService, timeoutMs: number) =>
    createPushSender({ vapid, allowlist: parseEndpointAllowlist(service.url), timeoutMs, maxSocketsPerOrigin: 8 }),
};
const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:ops@crieur.example.org' };

describeEachDatabase('dispatcher against a fault-injecting push service', (kind) => {
  const database = useTestDatabase(kind);
  let service: FaultPushService;
  const endpoint = (id: string, script: string) => `${service.url}/${id}/${encodeURIComponent(script)}`;

  beforeAll(async () => {
    service = await startFaultPushService();
  });
  afterAll(() => service.close());

  const dispatcher = (senderKind: keyof typeof SENDERS, logger: Logger = silentLogger) =>
    createDispatcher({
      sql: database().sql,
      // A hang costs the timeout; 300 ms flaked when the machine was loaded (a slow 201 counted as a timeout).
      sender: SENDERS[senderKind](service, 1000),
      concurrency: 4,
      retry: { maxAttempts: 5, backoffBaseMs: 40, backoffMaxMs: 200 },
      logger,
    });

  it.each(Object.keys(SENDERS) as Array<keyof typeof SENDERS>)(
    'brings every delivery to the state its answers call for (%s sender)',
    async (senderKind) => {
      service.received.length = 0;
      await database().sql.exec(`DELETE FROM "Delivery"; DELETE FROM "Notification"; DELETE FROM "PushSubscription"`);
      await insertUsers(database().sql, [
        {
          id: `faults-${senderKind}`,
          endpoints: Object.entries(SCRIPTS).map(([id, s]) => endpoint(`${senderKind}-${id}`, s.script)),
        },
      ]);
      const input = notificationInputSchema.parse({
        title: 'Faults',
        body: 'b',
        tag: 'faults-1',
        urgency: 'high',
        audience: { kind: 'users', users: [`faults-${senderKind}`] },
      });
      const created = await createNotification(input, { source: 'api' });
      expect(created.deliveries).toBe(Object.keys(SCRIPTS).length);
      const warnings: unknown[] = [];
      const stats = await dispatcher(
        senderKind,
        (level, _msg, fields) => void (level === 'warn' && warnings.push(fields)),
      ).drain({ waitForRetries: true });

      const rows = await database().sql.query<Row>(
        `SELECT split_part(d."deviceName", ' ', 2) AS sub, d.status, d.attempts, d."lastStatusCode", d."lastError",
                d."sentAt", d."subscriptionId"
         FROM "Delivery" d WHERE d."notificationId" = $1`,
        [created.id],
      );
      expect(rows).toHaveLength(Object.keys(SCRIPTS).length); // nothing lost
      const names = Object.keys(SCRIPTS);
      const byId = Object.fromEntries(rows.map((r) => [names[Number(r.sub)], r]));
      for (const [id, want] of Object.entries(SCRIPTS)) {
        const got = byId[id];
        expect({
          id,
          status: got.status,
          attempts: got.attempts,
          requests: service.count(`${senderKind}-${id}`),
        }).toEqual({ id, status: want.status, attempts: want.attempts, requests: want.requests });
        if (want.code) expect(got.lastStatusCode).toBe(want.code);
        expect(Boolean(got.sentAt)).toBe(want.status === 'sent');
        // Gone devices are deleted (their deliveries keep the history, without the link).
        expect(got.subscriptionId === null).toBe(want.status === 'gone');
      }
      expect(byId.tooBig.lastError).toBe('HTTP 413: error 413 from the fault service');
      expect(byId.down.lastError).toMatch(/^gave up after 5 attempts: HTTP 500/);
      expect(byId.alwaysReset.lastError).toMatch(/network: reset/);
      expect(stats).toMatchObject({ sent: 7, gone: 2, failed: 5 });
      expect(warnings.length).toBe(5);

      // Retry-After was honoured (1 s, and an HTTP date 2 s ahead, to the second).
      const gap = (id: string) => {
        const at = service.received.filter((r) => r.id === `${senderKind}-${id}`).map((r) => r.at);
        return at[1] - at[0];
      };
      expect(gap('ratelimited')).toBeGreaterThanOrEqual(1000);
      expect(gap('ratelimitedDate')).toBeGreaterThanOrEqual(1000);

      // RFC 8030 headers on the wire.
      const first = service.received.find((r) => r.id === `${senderKind}-ok`)!;
      expect(Number(first.headers.ttl)).toBeGreaterThan(86_000);
      expect(first.headers).toMatchObject({ urgency: 'high', topic: 'faults-1' });
      if (senderKind === 'plain')
        expect(JSON.parse(first.body)).toMatchObject({ notificationId: created.id, title: 'Faults', tag: 'faults-1' });
      else
        expect(first.headers).toMatchObject({
          'content-encoding': 'aes128gcm',
          authorization: expect.stringMatching(/^vapid t=/),
        });

      const devices = await database().sql.query<{ id: string; lastSuccessAt: Date | null; failureCount: number }>(
        `SELECT id, "lastSuccessAt", "failureCount" FROM "PushSubscription" WHERE "userId" = $1 ORDER BY id`,
        [`faults-${senderKind}`],
      );
      expect(devices).toHaveLength(Object.keys(SCRIPTS).length - 2);
      const device = (id: string) => devices.find((d) => d.id === `faults-${senderKind}-d${names.indexOf(id)}`)!;
      expect(device('ok').lastSuccessAt).not.toBeNull();
      expect(device('flaky500')).toMatchObject({ failureCount: 0 });
      expect(device('down')).toMatchObject({ lastSuccessAt: null, failureCount: 5 });
    },
  );

  it('stops retrying at the notification’s expiry: expired, never sent past it', async () => {
    await insertUsers(database().sql, [{ id: 'expiring', endpoints: [endpoint('expiring', '503')] }]);
    const input = notificationInputSchema.parse({
      title: 'Soon gone',
      audience: { kind: 'users', users: ['expiring'] },
    });
    const created = await createNotification({ ...input, expiresAt: new Date(Date.now() + 1500) }, { source: 'api' });
    const d = createDispatcher({
      sql: database().sql,
      sender: createPlainHttpSender({ timeoutMs: 300 }),
      retry: { maxAttempts: 5, backoffBaseMs: 1000, backoffMaxMs: 5000 },
    });
    await d.drain({ waitForRetries: true });
    const [row] = await database().sql.query<Row>(
      `SELECT status, attempts, "lastError" FROM "Delivery" WHERE "notificationId" = $1`,
      [created.id],
    );
    expect(row.status).toBe('expired');
    expect(row.lastError).toMatch(/^expired before a retry: HTTP 503/);
    expect(service.count('expiring')).toBe(row.attempts);
  });
});
