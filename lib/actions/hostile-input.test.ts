import { beforeAll, describe, expect, it, vi } from 'vitest';
import { pushTestEnv } from '@/test/api/push-api-harness';
import { describeEachDatabase } from '@/test/databases';
import { insertTopics, insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { BAD_DATES, line, multi, projectFiles, valuesFor, withValue, type Slot } from '@/test/hostile-input';

// Every server action, every field, every hostile value: { ok: false } (the form's 4xx), never a throw (a 500).
// A new action file fails the last test until it has its row here.
pushTestEnv();
const session = vi.hoisted(() => ({ user: null as null | Record<string, unknown> }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, has: () => false, set: () => undefined }),
  headers: async () => new Headers(),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

type Action = (input: unknown) => Promise<{ ok: boolean } | undefined | void>;
type Row = { file: string; user: 'admin' | 'citizen' | null; base: unknown; slots: Slot[]; dates?: string[] };

const notification = {
  title: 'Works',
  body: 'Closed',
  audience: { kind: 'users', users: ['cit'] },
  actions: [{ type: 'link', title: 'Map', url: '/map' }],
};
const notificationSlots = [
  line('title'),
  multi('body'),
  line('url'),
  line('icon'),
  line('image'),
  line('tag'),
  line('topic'),
  line('urgency'),
  line('critical'),
  line('actions.0.title'),
  line('actions.0.url'),
  line('audience.users.0'),
  line('audience.kind'),
  line('audience.topic', { ...notification, audience: { kind: 'topic', topic: 'roadworks' } }),
  line('scheduledAt'),
  line('expiresAt'),
];
const id = { id: 'cabc' };

const ROWS: Row[] = [
  { file: 'lib/actions/archive-topic.ts', user: 'admin', base: id, slots: [line('id')] },
  { file: 'lib/actions/restore-topic.ts', user: 'admin', base: id, slots: [line('id')] },
  {
    file: 'lib/actions/change-password.ts',
    user: 'citizen',
    base: { currentPassword: 'a long passphrase', newPassword: 'another long passphrase' },
    slots: [multi('currentPassword'), multi('newPassword')],
  },
  { file: 'lib/actions/delete-person.ts', user: 'admin', base: { userId: 'cit' }, slots: [line('userId')] },
  { file: 'lib/actions/reset-person-password.ts', user: 'admin', base: { userId: 'cit' }, slots: [line('userId')] },
  {
    file: 'lib/actions/set-person-role.ts',
    user: 'admin',
    base: { userId: 'cit', role: 'admin' },
    slots: [line('userId'), line('role')],
  },
  // Takes no input: anything a caller adds is refused, never a throw.
  { file: 'lib/actions/sign-out-everywhere.ts', user: 'citizen', base: {}, slots: [line('extra')] },
  { file: 'lib/actions/cancel-notification.ts', user: 'admin', base: id, slots: [line('id')] },
  {
    file: 'lib/actions/count-audience.ts',
    user: 'admin',
    // The audience alone: a notification's topic is a label and no longer narrows the count.
    base: { audience: { kind: 'users', users: ['cit'] } },
    slots: [line('audience.users.0'), line('audience.topic', { audience: { kind: 'topic', topic: 'roadworks' } })],
  },
  { file: 'lib/actions/create-api-token.ts', user: 'admin', base: { name: 'ERP' }, slots: [line('name')] },
  {
    file: 'lib/actions/create-notification.ts',
    user: 'admin',
    base: { ...notification, idempotencyKey: 'k1' },
    slots: [...notificationSlots, line('idempotencyKey')],
    dates: ['scheduledAt', 'expiresAt'],
  },
  {
    file: 'lib/actions/create-topic.ts',
    user: 'admin',
    base: { slug: 'parks', name: 'Parks' },
    slots: [line('slug'), line('name')],
  },
  {
    file: 'lib/actions/preview-stale-devices.ts',
    user: 'admin',
    base: { days: 30, failures: 5 },
    slots: [line('days'), line('failures')],
  },
  {
    file: 'lib/actions/prune-stale-devices.ts',
    user: 'admin',
    base: { ids: ['cabc'], days: 30, failures: 5 },
    slots: [line('ids.0'), line('days')],
  },
  { file: 'lib/actions/remove-device.ts', user: 'admin', base: id, slots: [line('id')] },
  {
    file: 'lib/actions/request-password-reset.ts',
    user: null,
    base: { email: 'ana@example.org' },
    slots: [line('email')],
  },
  {
    file: 'lib/actions/reset-password.ts',
    user: null,
    base: { token: 'A'.repeat(43), password: 'a long passphrase' },
    slots: [line('token'), multi('password')],
  },
  {
    file: 'lib/actions/rename-topic.ts',
    user: 'admin',
    base: { id: 't-roadworks', name: 'Roads' },
    slots: [line('id'), line('name')],
  },
  { file: 'lib/actions/retry-failed-deliveries.ts', user: 'admin', base: id, slots: [line('id')] },
  { file: 'lib/actions/revoke-api-token.ts', user: 'admin', base: id, slots: [line('id')] },
  {
    file: 'lib/actions/send-draft-test.ts',
    user: 'admin',
    base: notification,
    slots: notificationSlots,
    dates: ['scheduledAt', 'expiresAt'],
  },
  { file: 'lib/actions/set-locale.ts', user: 'citizen', base: { locale: 'fr' }, slots: [line('locale')] },
  {
    file: 'lib/actions/sign-up.ts',
    user: null,
    base: { name: 'Ana', email: 'ana@example.org', password: 'a long passphrase' },
    slots: [line('name'), line('email'), multi('password')],
  },
];

const users = {
  admin: { id: 'adm', email: 'adm@test.crieur', name: 'adm', role: 'admin', locale: null, timeZone: 'Europe/Paris' },
  citizen: {
    id: 'cit',
    email: 'cit@test.crieur',
    name: 'cit',
    role: 'citizen',
    locale: null,
    timeZone: 'Europe/Paris',
  },
};

async function call(file: string, input: unknown) {
  const mod = await import(`@/${file}`);
  const action = Object.values(mod)[0] as Action;
  // setLocale is a plain form action: it takes FormData and answers nothing.
  if (file.endsWith('set-locale.ts')) {
    const form = new FormData();
    for (const [k, v] of Object.entries(input as Record<string, unknown>)) form.set(k, String(v));
    return action(form);
  }
  return action(input);
}

describeEachDatabase('hostile input to every server action', (kind) => {
  const database = useTestDatabase(kind);
  beforeAll(async () => {
    await insertTopics(database().sql, ['roadworks']);
    await insertUsers(database().sql, [
      { id: 'cit', topics: ['roadworks'] },
      { id: 'adm', role: 'admin' },
    ]);
  });

  for (const row of ROWS) {
    describe(row.file, () => {
      for (const slot of row.slots) {
        it(slot.path, async () => {
          session.user = row.user && users[row.user];
          for (const [label, value, refuse] of valuesFor(slot.strict)) {
            const what = `${row.file} ${slot.path} = ${label}`;
            const r = await call(row.file, withValue(slot.base ?? row.base, slot.path, value));
            if (refuse && r !== undefined) expect(r, what).toMatchObject({ ok: false });
          }
        });
      }
      for (const field of row.dates ?? []) {
        it(`${field} out of range`, async () => {
          session.user = row.user && users[row.user];
          for (const d of BAD_DATES) {
            expect(
              await call(row.file, { ...(row.base as object), [field]: d }),
              `${field} = ${JSON.stringify(d)}`,
            ).toMatchObject({ ok: false, fields: { [field]: expect.any(String) } });
          }
        });
      }
    });
  }
});

describe('sign-in credentials (next-auth authorize) go through the same rule', () => {
  it('refuses hostile e-mails and passwords before any lookup', async () => {
    const { signInSchema } = await import('@/lib/validation/user');
    for (const [label, value, refuse] of valuesFor(true)) {
      expect(signInSchema.safeParse({ email: `a${value}@example.org`, password: 'x' }).success, label).toBe(!refuse);
      if (label.includes('\\u0000') || /\\ud[89a-f]/i.test(label))
        expect(signInSchema.safeParse({ email: 'a@example.org', password: value }).success, label).toBe(false);
    }
  });
});

describe('the table covers every server action', () => {
  it.each(projectFiles('lib/actions', (f) => f.endsWith('.ts') && !f.endsWith('.test.ts')))('%s', (file) => {
    expect(
      ROWS.some((r) => r.file === file),
      `${file} has no row`,
    ).toBe(true);
  });
});
