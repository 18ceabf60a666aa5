// Calls route handlers directly (no server) as a given user, on a fresh database of each kind.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';
import webpush from 'web-push';
import type { SessionUser } from '../../lib/principal/principal';
import { setDatabase, type Database } from '../../lib/db/client';
import { seedTopics } from '../../lib/bootstrap/seed';
import { createPushSender } from '../../lib/push/create-push-sender';
import { parseEndpointAllowlist } from '../../lib/push/endpoint-allowlist';
import { setPushSender } from '../../lib/push/get-push-sender';
import { startMockPushService, type MockPushService } from '../push/web-push-testing-server';
import { createBrowserKeys } from '../push/decrypt-aes128gcm';
import { openMigratedDatabase, type DatabaseKind } from '../databases';

export const ORIGIN = 'http://localhost:3000';
export const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
export const VAPID = { ...webpush.generateVAPIDKeys(), subject: 'mailto:ops@crieur.example.org' };

/** Call before importing anything that reads the environment (getEnv caches the first read). */
export function pushTestEnv() {
  process.env.VAPID_PUBLIC_KEY = VAPID.publicKey;
  process.env.VAPID_PRIVATE_KEY = VAPID.privateKey;
  process.env.PUSH_ENDPOINT_ALLOWLIST =
    'fcm.googleapis.com,*.push.services.mozilla.com,*.push.apple.com,*.notify.windows.com,http://localhost:8120';
}

type Init = { body?: unknown; raw?: string; origin?: string | null; headers?: Record<string, string> };

export function request(method: string, path: string, init: Init = {}): Request {
  const headers: Record<string, string> = { host: 'localhost:3000', 'user-agent': CHROME_WINDOWS, ...init.headers };
  if (init.origin !== null) headers.origin = init.origin ?? ORIGIN;
  const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  if (body !== undefined) headers['content-type'] = 'application/json';
  return new Request(ORIGIN + path, { method, headers, body });
}

export const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });

export function browserSubscription(
  endpoint = `https://fcm.googleapis.com/fcm/send/${randomBytes(12).toString('base64url')}`,
) {
  const keys = createBrowserKeys();
  return { endpoint, expirationTime: null, keys: { p256dh: keys.p256dh, auth: keys.auth } };
}

/**
 * A fresh migrated database with topics and two citizens for each test; `as(user)` sets who is signed in.
 * `getCurrentUser` must be mocked by the test file: vi.mock('<path>/lib/auth/session').
 */
export function usePushApiDatabase(kind: DatabaseKind, getCurrentUser: (...a: never[]) => Promise<SessionUser | null>) {
  let database: Database;
  let close: (() => Promise<void>) | undefined;
  const users = {} as Record<'alice' | 'bob', SessionUser>;
  beforeAll(async () => {
    ({ database, close } = await openMigratedDatabase(kind));
    setDatabase(database);
    await seedTopics(database.prisma);
  });
  beforeEach(async () => {
    await database.prisma.rateLimit.deleteMany(); // a fresh budget for each test
    await database.prisma.pushSubscription.deleteMany();
    await database.prisma.user.deleteMany();
    for (const name of ['alice', 'bob'] as const) {
      users[name] = await database.prisma.user.create({
        data: { email: `${name}@test.crieur`, name },
        select: { id: true, email: true, name: true, role: true, locale: true, timeZone: true },
      });
    }
    as(users.alice);
  });
  afterAll(async () => {
    setDatabase(undefined);
    await close?.();
  });
  function as(user: SessionUser | null) {
    vi.mocked(getCurrentUser).mockResolvedValue(user);
  }
  return { users, as, db: () => database.prisma };
}

/**
 * A mock push service (web-push-testing's protocol) as the portal's push sender for the file's tests; `device` stores
 * one of its subscriptions as the user's device. Call inside the describe block, after usePushApiDatabase.
 */
export function useMockPushService(db: () => Database['prisma']) {
  let mock: MockPushService;
  beforeAll(async () => {
    mock = await startMockPushService();
    const allowlist = parseEndpointAllowlist(mock.origin);
    setPushSender(createPushSender({ vapid: VAPID, allowlist, timeoutMs: 5000, maxSocketsPerOrigin: 4 }));
  });
  afterAll(async () => {
    setPushSender(undefined);
    await mock?.stop();
  });
  return {
    mock: () => mock,
    /** The mock's endpoint is http://localhost:<random port>: stored directly (the routes' allowlist is the env's). */
    async device(userId: string) {
      const s = await mock.subscribe(VAPID.publicKey);
      const { id } = await db().pushSubscription.create({
        data: { userId, endpoint: s.endpoint, p256dh: s.keys.p256dh, auth: s.keys.auth, name: 'Test' },
      });
      return { ...s, id };
    },
  };
}
