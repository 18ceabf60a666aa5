import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { request } from '@/test/api/push-api-harness';
import {
  ACTION_WRAPPERS,
  inlineServerActions,
  isServerModule,
  sourceFiles,
  wrappedExports,
} from '@/test/wrapped-exports';

// Every admin server action and admin API, refused to anonymous visitors and citizens before any work is done.
// Add each new admin action and route here: the table is the list of what the console exposes.
const session = vi.hoisted(() => ({ user: null as null | { id: string; role: 'admin' | 'citizen' } }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));

const anAction = { id: 'n1' };
const actions: Array<[string, () => Promise<(input: unknown) => Promise<unknown>>, unknown]> = [
  [
    'createNotification',
    async () => (await import('./create-notification')).createNotification,
    { title: 'x', audience: { kind: 'everyone' }, idempotencyKey: 'k' },
  ],
  ['countAudience', async () => (await import('./count-audience')).countAudience, { audience: { kind: 'everyone' } }],
  [
    'sendDraftTest',
    async () => (await import('./send-draft-test')).sendDraftTest,
    { title: 'x', audience: { kind: 'everyone' } },
  ],
  ['retryFailedDeliveries', async () => (await import('./retry-failed-deliveries')).retryFailedDeliveries, anAction],
  ['cancelNotification', async () => (await import('./cancel-notification')).cancelNotification, anAction],
  ['createApiToken', async () => (await import('./create-api-token')).createApiToken, { name: 'x' }],
  ['revokeApiToken', async () => (await import('./revoke-api-token')).revokeApiToken, anAction],
  ['removeDevice', async () => (await import('./remove-device')).removeDevice, anAction],
  ['previewStaleDevices', async () => (await import('./preview-stale-devices')).previewStaleDevices, {}],
  ['pruneStaleDevices', async () => (await import('./prune-stale-devices')).pruneStaleDevices, { ids: ['x'] }],
  ['createTopic', async () => (await import('./create-topic')).createTopic, { slug: 'x', name: 'x' }],
  ['renameTopic', async () => (await import('./rename-topic')).renameTopic, { id: 'x', name: 'x' }],
  ['archiveTopic', async () => (await import('./archive-topic')).archiveTopic, anAction],
  ['restoreTopic', async () => (await import('./restore-topic')).restoreTopic, anAction],
  ['setPersonRole', async () => (await import('./set-person-role')).setPersonRole, { userId: 'u1', role: 'citizen' }],
  ['deletePerson', async () => (await import('./delete-person')).deletePerson, { userId: 'u1' }],
  ['resetPersonPassword', async () => (await import('./reset-person-password')).resetPersonPassword, { userId: 'u1' }],
];

const routes: Array<[string, () => Promise<Response>]> = [
  [
    'GET /api/admin/users',
    async () => (await import('@/app/api/admin/users/route')).GET(request('GET', '/api/admin/users?q=a')),
  ],
];

describe('admin console access', () => {
  describe.each([
    ['anonymous', null, 'unauthenticated', 401],
    ['citizen', { id: 'c1', role: 'citizen' as const }, 'forbidden', 403],
  ])('%s', (_who, user, error, status) => {
    it.each(actions)('action %s is refused', async (_name, load, input) => {
      session.user = user;
      expect(await (await load())(input)).toEqual({ ok: false, error });
    });
    it.each(routes)('%s is refused', async (_name, call) => {
      session.user = user;
      expect((await call()).status).toBe(status);
    });
  });

  it('the admin layout redirects anonymous visitors to sign in and citizens to /forbidden', async () => {
    const { default: AdminLayout } = await import('@/app/(admin)/admin/layout');
    const digest = async () =>
      AdminLayout({ children: null }).then(
        () => 'rendered',
        (e: { digest?: string }) => e.digest ?? String(e),
      );
    session.user = null;
    expect(await digest()).toMatch(/NEXT_REDIRECT;replace;\/signin\?callbackUrl=\/admin;/);
    session.user = { id: 'c1', role: 'citizen' };
    expect(await digest()).toMatch(/NEXT_REDIRECT;replace;\/forbidden;/);
  });
});

// Any 'use server' export can be called by anyone who knows its ID, from any page: each one must be made by a wrapper
// from lib/auth/auth-action, and the ones that need a session must refuse a caller without one.
describe('every server action', () => {
  const files = sourceFiles(['app', 'components', 'lib']);
  const exported = files.filter(isServerModule).flatMap((f) => wrappedExports(f, ACTION_WRAPPERS));
  const named = (wrappers: string[]) =>
    exported
      .filter((e) => wrappers.includes(e.wrapper ?? ''))
      .map((e) => e.name)
      .sort();

  it('is an export of a use-server module made by adminAction, authAction, visitorAction or publicAction', () => {
    expect(exported.length).toBeGreaterThanOrEqual(actions.length);
    expect(exported.filter((e) => !e.wrapper).map((e) => `${e.file}: ${e.name}`)).toEqual([]);
    expect(files.flatMap(inlineServerActions)).toEqual([]);
  });

  it('for administrators is in the table above', () => {
    expect(named(['adminAction'])).toEqual(actions.map(([name]) => name).sort());
  });

  it('open without a session is one meant to be (sign-up, forgotten password, the language switcher)', () => {
    expect(named(['publicAction', 'visitorAction'])).toEqual([
      'requestPasswordReset',
      'resetPassword',
      'setLocale',
      'signUp',
    ]);
  });

  it.each([
    ['anonymous', null, 'unauthenticated'],
    ['citizen', { id: 'c1', role: 'citizen' as const }, 'forbidden'],
  ])('that needs a session or the admin role refuses a caller %s', async (_who, user, error) => {
    session.user = user;
    const guarded = exported.filter((e) => e.wrapper === 'adminAction' || (e.wrapper === 'authAction' && !user));
    expect(guarded.length).toBeGreaterThan(0);
    for (const e of guarded) {
      const actions = await import(/* @vite-ignore */ path.resolve(e.file));
      const action = actions[e.name] as (input: unknown) => Promise<unknown>;
      expect(await action({}), `${e.file}: ${e.name}`).toEqual({ ok: false, error });
    }
  });
});
