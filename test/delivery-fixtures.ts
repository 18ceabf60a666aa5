// Database fixtures for the notification and delivery tests: a migrated database installed as db(), and fast
// SQL inserts of users, devices and topics (no password hashing).
import { createECDH, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { setDatabase, type Database } from '../lib/db/client';
import type { SqlClient } from '../lib/db/sql-client';
import { openMigratedDatabase, type DatabaseKind } from './databases';
import { startFaultPushService, type FaultPushService } from './fault-push-service';

/** A fresh migrated database for the suite, installed as the process database (db(), getDatabase()). */
export function useTestDatabase(kind: DatabaseKind, opts: { poolSize?: number } = {}): () => Database {
  let database: Database | undefined;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ database, close } = await openMigratedDatabase(kind, { poolSize: opts.poolSize ?? 12 }));
    setDatabase(database);
  });
  afterAll(async () => {
    setDatabase(undefined);
    await close?.();
  });
  return () => {
    if (!database) throw new Error('useTestDatabase: database not open yet');
    return database;
  };
}

/**
 * A fault push service for the whole file (test/fault-push-service.ts); each test starts with no push received and
 * an empty outbox: no delivery, notification, device or user.
 */
export function useFaultPushService(database: () => Database): () => FaultPushService {
  let service: FaultPushService | undefined;
  beforeAll(async () => {
    service = await startFaultPushService();
  });
  afterAll(() => service?.close());
  beforeEach(async () => {
    service!.received.length = 0;
    await database().sql.exec(
      `DELETE FROM "Delivery"; DELETE FROM "Notification"; DELETE FROM "PushSubscription"; DELETE FROM "User";`,
    );
  });
  return () => service!;
}

/** The database's URL for child processes (PostgreSQL only). */
export function databaseUrl(database: Database): string {
  if (database.config.kind !== 'postgres') throw new Error('child processes need PostgreSQL');
  return database.config.url;
}

export type TestUser = {
  id: string;
  email?: string;
  role?: 'citizen' | 'admin';
  timeZone?: string;
  quietStart?: number | null;
  quietEnd?: number | null;
  /** The saved language (User.locale); none by default. */
  locale?: string | null;
  topics?: string[];
  /** Push endpoints of this user's devices. */
  endpoints?: string[];
};

// A real P-256 point and auth secret, so a real sender can encrypt to these devices (nobody decrypts).
const ecdh = createECDH('prime256v1');
ecdh.generateKeys();
export const FAKE_P256DH = ecdh.getPublicKey().toString('base64url');
export const FAKE_AUTH = randomBytes(16).toString('base64url');

export async function insertTopics(sql: SqlClient, slugs: string[]): Promise<void> {
  await sql.query(
    `INSERT INTO "Topic" (id, slug, name) SELECT 't-' || s, s, s FROM unnest($1::text[]) s ON CONFLICT DO NOTHING`,
    [slugs],
  );
}

export async function insertUsers(sql: SqlClient, users: TestUser[]): Promise<void> {
  for (const u of users) {
    await sql.query(
      `INSERT INTO "User" (id, email, name, role, "timeZone", "quietStart", "quietEnd", locale)
       VALUES ($1, $2, $3, $4::"Role", $5, $6, $7, $8)`,
      [
        u.id,
        u.email ?? `${u.id}@test.crieur`,
        u.id,
        u.role ?? 'citizen',
        u.timeZone ?? 'Europe/Paris',
        u.quietStart ?? null,
        u.quietEnd ?? null,
        u.locale ?? null,
      ],
    );
    if (u.topics?.length) {
      await sql.query(
        `INSERT INTO "UserTopic" ("userId", "topicId") SELECT $1, id FROM "Topic" WHERE slug = ANY($2::text[])`,
        [u.id, u.topics],
      );
    }
    for (const [i, endpoint] of (u.endpoints ?? []).entries()) {
      await sql.query(
        `INSERT INTO "PushSubscription" (id, "userId", endpoint, p256dh, auth, name) VALUES ($1, $2, $3, $4, $5, $6)`,
        [`${u.id}-d${i}`, u.id, endpoint, FAKE_P256DH, FAKE_AUTH, `device ${i} of ${u.id}`],
      );
    }
  }
}

/**
 * `users` citizens with `devicesPerUser` devices each, endpoints `${endpointBase}/<user>-<device>`, in two statements.
 */
export async function insertManyUsers(
  sql: SqlClient,
  opts: { users: number; devicesPerUser: number; endpointBase: string; prefix?: string },
) {
  const prefix = opts.prefix ?? 'bulk';
  await sql.query(
    `INSERT INTO "User" (id, email, name) SELECT $1 || g, $1 || g || '@test.crieur', $1 || g
     FROM generate_series(1, $2::int) g`,
    [prefix, opts.users],
  );
  await sql.query(
    `INSERT INTO "PushSubscription" (id, "userId", endpoint, p256dh, auth, name)
     SELECT $1 || g || '-' || d, $1 || g, $3 || '/' || $1 || g || '-' || d, $4, $5, 'device ' || d
       FROM generate_series(1, $2::int) g, generate_series(1, $6::int) d`,
    [prefix, opts.users, opts.endpointBase, FAKE_P256DH, FAKE_AUTH, opts.devicesPerUser],
  );
}
