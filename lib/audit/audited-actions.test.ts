import { beforeEach, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertUsers } from '@/test/delivery-fixtures';
import { adminPrincipal, userPrincipal } from '@/test/principals';
import { useMigratedDatabase } from '@/test/use-database';
import { createApiToken } from '../api-tokens/create-api-token';
import { revokeApiToken } from '../api-tokens/revoke-api-token';
import { passwordSignIn } from '../auth/password-sign-in';
import { hashPassword } from '../passwords/password-hash';
import { cancelNotification } from '../notifications/cancel-notification';
import { createNotification, createNotificationAsAdmin } from '../notifications/create-notification';
import { retryFailedDeliveries } from '../notifications/retry-failed-deliveries';
import { changeOwnPassword } from '../people/change-own-password';
import { deletePerson } from '../people/delete-person';
import { resetPasswordByEmail } from '../people/replace-password';
import { resetPersonPassword } from '../people/reset-password';
import { setPersonRole } from '../people/set-person-role';
import { sendTestNotification } from '../push/dispatcher/send-test-notification';
import { createSession } from '../sessions/create-session';
import { pruneStaleDevices } from '../subscriptions/prune-stale-devices';
import { removeAnyDevice } from '../subscriptions/remove-any-device';
import { archiveTopic, createTopic, renameTopic, restoreTopic } from '../topics/manage-topic';
import { notificationInputSchema } from '../validation/notification';
import { readAuditEntries } from './audit-test-helpers';

vi.mock('../i18n/get-t', () => ({ getT: async () => (key: string) => key, getLocale: async () => 'en' }));
const accepted = { kind: 'response', statusCode: 201, body: '' };
vi.mock('../push/get-push-sender', () => ({ getPushSender: () => ({ send: async () => accepted }) }));

const admin = adminPrincipal({ id: 'boss', email: 'boss@test.crieur', name: 'boss' });
const BOSS = { actorKind: 'user', actorUserId: 'boss', actorLabel: 'boss <boss@test.crieur>' };
const input = (draft: object = {}) =>
  notificationInputSchema.parse({ title: 'Roadworks', body: 'Closed', audience: { kind: 'everyone' }, ...draft });

describeEachDatabase('the audit log records', (kind) => {
  const database = useMigratedDatabase(kind);
  const sql = () => database().sql;
  beforeEach(() =>
    insertUsers(sql(), [
      { id: 'boss', role: 'admin' },
      { id: 'ana', endpoints: ['https://push.test/ana'] },
      { id: 'eve', role: 'admin' },
    ]),
  );

  it('notifications from the composer and the API, cancels and retries, with who did them', async () => {
    const ui = await createNotificationAsAdmin(admin, input());
    const { id: tokenId, token } = await createApiToken(admin, { name: 'Town website' });
    const api = await createNotification(input({ title: 'From the API' }), { source: 'api', apiTokenId: tokenId });
    await sql().query(`UPDATE "Delivery" SET status = 'failed' WHERE "notificationId" = $1`, [ui.id]);
    expect(await retryFailedDeliveries(admin, { notificationId: ui.id })).toBe(1);
    expect(await retryFailedDeliveries(admin, { notificationId: api.id })).toBe(0); // nothing changed: no entry
    await cancelNotification(admin, { notificationId: api.id });
    const rows = await readAuditEntries(database);
    expect(rows.map((r) => r.action)).toEqual([
      'notification.create',
      'token.create',
      'notification.create',
      'notification.retry',
      'notification.cancel',
    ]);
    expect(rows[0]).toMatchObject({
      ...BOSS,
      targetId: ui.id,
      details: { title: 'Roadworks', source: 'ui', recipients: 3 },
    });
    expect(rows[2]).toMatchObject({
      actorKind: 'token',
      actorTokenId: tokenId,
      actorLabel: 'Town website',
      targetId: api.id,
    });
    expect(rows[3]).toMatchObject({ ...BOSS, targetId: ui.id, details: { deliveries: 1 } });
    expect(rows[4]).toMatchObject({ ...BOSS, targetId: api.id });
    expect(JSON.stringify(rows)).not.toContain(token); // the secret never reaches the log
  });

  it('nothing when the change fails: the entry is in the same transaction', async () => {
    const unconfirmed = { source: 'ui', createdById: 'boss', confirm: { above: 1 } } as const;
    await expect(createNotification(input(), unconfirmed)).rejects.toThrow(/confirm/i);
    await expect(setPersonRole(admin, { userId: 'nobody', role: 'admin' })).rejects.toThrow();
    expect(await readAuditEntries(database)).toEqual([]);
  });

  it('topics, tokens, devices and roles, with the actor label kept after the actor is deleted', async () => {
    const { id } = await createTopic(admin, { slug: 'fairs', name: 'Fairs' });
    await renameTopic(admin, { id, name: 'Town fairs' });
    await archiveTopic(admin, { id });
    await archiveTopic(admin, { id }); // already archived: no entry
    await restoreTopic(admin, { id });
    const token = await createApiToken(admin, { name: 'CAP feed' });
    await revokeApiToken(admin, { id: token.id });
    await removeAnyDevice(admin, { id: 'ana-d0' });
    await insertUsers(sql(), [{ id: 'bob', endpoints: ['https://push.test/bob'] }]);
    await sql().query(`UPDATE "PushSubscription" SET "failureCount" = 9`);
    expect(await pruneStaleDevices(admin, { days: 30, failures: 5, ids: ['bob-d0'] })).toBe(1);
    await setPersonRole(admin, { userId: 'ana', role: 'admin' });
    await deletePerson(adminPrincipal({ id: 'eve' }), { userId: 'boss' });
    const rows = await readAuditEntries(database);
    expect(rows.map((r) => `${r.action} ${r.targetId ?? ''}`)).toEqual([
      `topic.create ${id}`,
      `topic.rename ${id}`,
      `topic.archive ${id}`,
      `topic.restore ${id}`,
      `token.create ${token.id}`,
      `token.revoke ${token.id}`,
      'device.remove ana-d0',
      'device.prune ',
      'user.role ana',
      'user.delete boss',
    ]);
    expect(rows.slice(0, 9).every((r) => r.actorLabel === BOSS.actorLabel)).toBe(true); // boss is gone by now
    expect(rows[7].details).toMatchObject({ removed: 1 });
    expect(rows[8].details).toMatchObject({ from: 'citizen', to: 'admin' });
    expect(rows[9]).toMatchObject({ actorUserId: 'eve', details: { email: 'boss@test.crieur' } });
  });

  it('sign-ins (never the password), password changes and resets, test sends', async () => {
    await sql().query(`UPDATE "User" SET "passwordHash" = $1 WHERE id = 'ana'`, [await hashPassword('correct horse')]);
    const failed = await passwordSignIn({ email: ' ANA@test.crieur', password: 'wrong guess', address: '203.0.113.9' });
    expect(failed.kind).toBe('refused');
    await createSession({ userId: 'ana', method: 'credentials', address: '203.0.113.9' });
    const ana = userPrincipal({ id: 'ana', email: 'ana@test.crieur' });
    const address = '203.0.113.9';
    await changeOwnPassword(ana, { currentPassword: 'correct horse', newPassword: 'battery staple', address });
    await resetPersonPassword(admin, { userId: 'ana' });
    await resetPasswordByEmail({ email: 'ana@test.crieur' });
    await sendTestNotification(ana);
    const rows = await readAuditEntries(database);
    expect(rows.map((r) => r.action)).toEqual([
      'auth.signin_failed',
      'auth.signin',
      'auth.password_change',
      'auth.password_reset',
      'auth.password_reset',
      'notification.test',
    ]);
    expect(rows[0]).toMatchObject({ actorKind: 'anonymous', actorLabel: 'ana@test.crieur', ip: '203.0.113.9' });
    expect(rows[1]).toMatchObject({ actorUserId: 'ana', details: { method: 'credentials' } });
    expect(rows[3]).toMatchObject({ ...BOSS, targetId: 'ana', details: { via: 'admin' } });
    expect(rows[4]).toMatchObject({ actorKind: 'system', targetId: 'ana', details: { via: 'operator' } });
    expect(rows[5]).toMatchObject({ actorUserId: 'ana', details: { delivered: 1, draft: false } });
    const text = JSON.stringify(rows);
    for (const secret of ['wrong guess', 'correct horse', 'battery staple']) expect(text).not.toContain(secret);
  });
});
