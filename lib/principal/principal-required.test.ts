import { describe, expect, it, vi } from 'vitest';
import { adminPrincipal, userPrincipal } from '../../test/principals';
import { createApiToken } from '../api-tokens/create-api-token';
import { listApiTokens } from '../api-tokens/list-api-tokens';
import { revokeApiToken } from '../api-tokens/revoke-api-token';
import { countUnread } from '../inbox/count-unread';
import { getInboxItem } from '../inbox/get-inbox-item';
import { getReadNotificationIds } from '../inbox/get-read-states';
import { listInbox } from '../inbox/list-inbox';
import { updateInboxItem } from '../inbox/update-inbox-item';
import { cancelNotification } from '../notifications/cancel-notification';
import { countDeliveriesOverTime } from '../notifications/count-deliveries-over-time';
import { countHeldDeliveries } from '../notifications/count-held-deliveries';
import { createNotificationAsAdmin } from '../notifications/create-notification';
import { getNotificationDetail } from '../notifications/get-notification-detail';
import { listNotifications } from '../notifications/list-notifications';
import { countAudience, resolveAudience } from '../notifications/resolve-audience';
import { retryFailedDeliveries } from '../notifications/retry-failed-deliveries';
import { getPreferences } from '../preferences/get-preferences';
import { updatePreferences } from '../preferences/update-preferences';
import { sendTestNotification } from '../push/dispatcher/send-test-notification';
import { deleteAllDevices } from '../subscriptions/delete-all-devices';
import { deleteDevice } from '../subscriptions/delete-device';
import { listAllDevices } from '../subscriptions/list-all-devices';
import { listDevicesForUser } from '../subscriptions/list-devices-for-user';
import { listPushTargets } from '../subscriptions/list-push-targets';
import { findStaleDevices, pruneStaleDevices } from '../subscriptions/prune-stale-devices';
import { removeAnyDevice } from '../subscriptions/remove-any-device';
import { renameDevice } from '../subscriptions/rename-device';
import { replaceSubscription } from '../subscriptions/replace-subscription';
import { saveSubscription } from '../subscriptions/save-subscription';
import { listTopicsWithCounts } from '../topics/list-topics-with-counts';
import { archiveTopic, createTopic, renameTopic } from '../topics/manage-topic';
import { searchUsers } from '../users/search-users';
import { updateUserLocale } from '../users/update-user-locale';
import { notificationInputSchema } from '../validation/notification';
import { PrincipalError, type AdminPrincipal, type SessionUser, type UserPrincipal } from './principal';

// The data functions check the principal before anything else: a refused call never reaches the database.
vi.mock('../db/client', () => {
  const touched = () => {
    throw new Error('database touched');
  };
  return { db: touched, getDatabase: touched, kysely: touched };
});

const everyone = { audience: { kind: 'everyone' as const } };
const device = { endpoint: 'https://p.test/x', p256dh: 'k', auth: 'a', vapidPublicKey: 'v', userAgent: '', name: 'd' };
const draft = notificationInputSchema.parse({ title: 'x', ...everyone });

type Call<P> = [string, (p: P) => unknown];

// What the admin console reads and changes: refused to a citizen's principal, even one cast to an admin's.
const ADMIN: Call<AdminPrincipal>[] = [
  ['listApiTokens', (p) => listApiTokens(p)],
  ['createApiToken', (p) => createApiToken(p, { name: 'x' })],
  ['revokeApiToken', (p) => revokeApiToken(p, { id: 'x' })],
  ['listNotifications', (p) => listNotifications(p, { limit: 1 })],
  ['countDeliveriesOverTime', (p) => countDeliveriesOverTime(p, { range: '24h' })],
  ['getNotificationDetail', (p) => getNotificationDetail(p, { id: 'x' })],
  [
    'countHeldDeliveries',
    (p) => countHeldDeliveries(p, { id: 'x', scheduledAt: null }, { now: new Date(), maxAttempts: 5 }),
  ],
  ['cancelNotification', (p) => cancelNotification(p, { notificationId: 'x' })],
  ['retryFailedDeliveries', (p) => retryFailedDeliveries(p, { notificationId: 'x' })],
  ['resolveAudience', (p) => resolveAudience(p, everyone)],
  ['countAudience', (p) => countAudience(p, everyone)],
  ['createNotificationAsAdmin', (p) => createNotificationAsAdmin(p, draft)],
  ['listAllDevices', (p) => listAllDevices(p, { limit: 1 })],
  ['findStaleDevices', (p) => findStaleDevices(p, { days: 30, failures: 5 })],
  ['pruneStaleDevices', (p) => pruneStaleDevices(p, { days: 30, failures: 5, ids: ['x'] })],
  ['removeAnyDevice', (p) => removeAnyDevice(p, { id: 'x' })],
  ['listTopicsWithCounts', (p) => listTopicsWithCounts(p)],
  ['createTopic', (p) => createTopic(p, { slug: 'x', name: 'x' })],
  ['renameTopic', (p) => renameTopic(p, { id: 'x', name: 'x' })],
  ['archiveTopic', (p) => archiveTopic(p, { id: 'x' })],
  ['searchUsers', (p) => searchUsers(p, { query: 'x', limit: 1 })],
];

// A person's own data: refused without a principal (a forged or missing one).
const PER_USER: Call<UserPrincipal>[] = [
  ['listInbox', (p) => listInbox(p)],
  ['countUnread', (p) => countUnread(p)],
  ['getInboxItem', (p) => getInboxItem(p, { notificationId: 'x' })],
  ['getReadNotificationIds', (p) => getReadNotificationIds(p, { notificationIds: ['x'] })],
  ['updateInboxItem', (p) => updateInboxItem(p, { notificationId: 'x', change: 'read' })],
  ['getPreferences', (p) => getPreferences(p)],
  ['updatePreferences', (p) => updatePreferences(p, { topics: [], quietHours: null, timeZone: 'Europe/Paris' })],
  ['sendTestNotification', (p) => sendTestNotification(p)],
  ['listPushTargets', (p) => listPushTargets(p)],
  ['deleteAllDevices', (p) => deleteAllDevices(p)],
  ['deleteDevice', (p) => deleteDevice(p, { id: 'x' })],
  ['listDevicesForUser', (p) => listDevicesForUser(p)],
  ['renameDevice', (p) => renameDevice(p, { id: 'x', name: 'x' })],
  ['replaceSubscription', (p) => replaceSubscription(p, { oldEndpoint: null, next: device })],
  ['saveSubscription', (p) => saveSubscription(p, device)],
  ['updateUserLocale', (p) => updateUserLocale(p, { locale: 'fr' })],
];

// Sync or async, a refusal becomes a rejection.
const attempt = async (fn: () => unknown) => fn();

describe('data functions check the principal they are handed', () => {
  const citizen = userPrincipal({ id: 'c1' }) as unknown as AdminPrincipal;
  const forged = [null, undefined, { role: 'admin' }] as unknown as AdminPrincipal[];

  it.each(ADMIN)('%s refuses a citizen and a forged principal before touching the database', async (_name, call) => {
    await expect(attempt(() => call(citizen))).rejects.toBeInstanceOf(PrincipalError);
    for (const p of forged) await expect(attempt(() => call(p))).rejects.toBeInstanceOf(PrincipalError);
  });

  it.each(ADMIN)('%s goes on to the database for an admin', async (_name, call) => {
    await expect(attempt(() => call(adminPrincipal()))).rejects.toThrow('database touched');
  });

  it.each(PER_USER)('%s refuses a missing or forged principal before touching the database', async (_name, call) => {
    for (const p of forged) await expect(attempt(() => call(p))).rejects.toBeInstanceOf(PrincipalError);
    await expect(attempt(() => call(userPrincipal({ id: 'c1' })))).rejects.toThrow('database touched');
  });

  it('does not type-check without a principal minted by lib/auth', () => {
    const sessionUser: SessionUser = { id: 'u', email: 'u@x', name: 'U', role: 'admin', locale: null, timeZone: 'UTC' };
    const typeOnly = () => {
      // @ts-expect-error a session user read elsewhere is not a checked principal
      listAllDevices(sessionUser, { limit: 1 });
      // @ts-expect-error a citizen's principal is not an administrator's
      listApiTokens(userPrincipal({ id: 'c1' }));
      // @ts-expect-error per-user data takes the person from the principal, not from an id
      listInbox({ userId: 'someone-else' });
    };
    expect(typeOnly).toBeTypeOf('function');
  });
});
