import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserSubscription, pushTestEnv, VAPID } from '@/test/api/push-api-harness';
import { routeInputs, type Input } from '@/test/api/hostile-route-inputs';
import { describeEachDatabase } from '@/test/databases';
import { insertTopics, insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { BAD_DATES, line, multi, projectFiles, valuesFor } from '@/test/hostile-input';
import { capInfoXml, capMessageXml } from '@/test/cap-ingest';

// Every route handler, every way text reaches it (path parameter, query, JSON field, header), every hostile value:
// a 4xx, never a 500. A new route.ts fails the last test until it has its row here.
pushTestEnv();
const session = vi.hoisted(() => ({ user: null as null | Record<string, unknown> }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, has: () => false }),
  headers: async () => new Headers(),
}));
const { hashApiToken } = await import('@/lib/api-tokens/token-hash');

type Row = { file: string; method: string; user: 'citizen' | 'admin'; inputs: Input[] };
const TOKEN = 'crieur_hostile-input-test-token';
const API = { authorization: `Bearer ${TOKEN}` };
const sub = () => ({ ...browserSubscription(), applicationServerKey: VAPID.publicKey });
const anEndpoint = { endpoint: 'https://fcm.googleapis.com/fcm/send/x' };
const notification = {
  title: 'Works',
  body: 'Closed',
  audience: { kind: 'users', users: ['cit@test.crieur'] },
  actions: [{ type: 'link', title: 'Map', url: '/map' }],
};
const dates = BAD_DATES.map((d): [string, unknown, boolean] => [JSON.stringify(d), d, true]);

const users = routeInputs('app/api/admin/users/route.ts');
const item = routeInputs('app/api/notifications/[id]/route.ts');
const readState = routeInputs('app/api/notifications/read-state/route.ts');
const prefs = routeInputs('app/api/preferences/route.ts');
const subs = routeInputs('app/api/push/subscriptions/route.ts');
const device = routeInputs('app/api/push/subscriptions/[id]/route.ts');
const change = routeInputs('app/api/push/subscriptions/change/route.ts');
const test = routeInputs('app/api/push/test/route.ts');
const testContent = routeInputs('app/api/push/test/[id]/route.ts');
const receipts = routeInputs('app/api/push/receipts/route.ts');
const aReport = { deliveryId: '1', token: 'A'.repeat(22), event: 'shown' };
// Whole bodies of the wrong type or size (the service worker's report is public: anyone can post anything).
const WRONG_BODIES: Array<[string, unknown, boolean]> = [
  ['a number', 42, true],
  ['an array', [aReport], true],
  ['null', null, true],
  ['numbers for strings', { deliveryId: 1, token: 2, event: 3 }, true],
  ['an id past bigint', { ...aReport, deliveryId: '9'.repeat(40) }, true],
  ['oversized', { ...aReport, padding: 'x'.repeat(10_000) }, true],
];
const vapid = routeInputs('app/api/push/vapid-public-key/route.ts');
const openapi = routeInputs('app/api/v1/openapi.json/route.ts');
const topics = routeInputs('app/api/topics/route.ts');
const v1 = routeInputs('app/api/v1/notifications/route.ts', API);
const v1Item = routeInputs('app/api/v1/notifications/[id]/route.ts', API);
// A CAP document with the value in one of its elements (or in a header): XML, so not through routeInputs' JSON.
const capInput = (name: string, strict: boolean, build: (v: string) => { xml: string; auth?: string }): Input => ({
  name,
  strict,
  send: async (v) => {
    const { POST } = await import('@/app/api/v1/alerts/route');
    const { xml, auth = API.authorization } = build(String(v));
    const req = new Request('http://localhost:3000/api/v1/alerts', {
      method: 'POST',
      headers: { 'content-type': 'application/cap+xml' },
      body: xml,
    });
    const real = req.headers;
    const get = (n: string) => (n.toLowerCase() === 'authorization' ? auth : real.get(n));
    return POST(Object.defineProperty(req, 'headers', { value: { get, has: (n: string) => get(n) !== null } }));
  },
});
// UTF-8 cannot carry a lone surrogate (it would arrive as U+FFFD): XML sends it as a character reference.
const xmlText = (v: string) =>
  v
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\p{Cs}/gu, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
let capSeq = 0;
const capField = (field: 'identifier' | 'headline' | 'description' | 'web' | 'event', strict: boolean) =>
  capInput(`CAP <${field}>`, strict, (v) => ({
    xml:
      field === 'identifier'
        ? capMessageXml({ identifier: xmlText(v) })
        : capMessageXml({ identifier: `hostile-${++capSeq}`, infos: [capInfoXml({ [field]: xmlText(v) })] }),
  }));

const ROWS: Row[] = [
  { file: 'app/api/admin/users/route.ts', method: 'GET', user: 'admin', inputs: [users.query('GET', 'q')] },
  { file: 'app/api/notifications/[id]/route.ts', method: 'GET', user: 'citizen', inputs: [item.param('GET')] },
  ...['ack', 'forget', 'read', 'restore'].map((c): Row => {
    const file = `app/api/notifications/[id]/${c}/route.ts`;
    return { file, method: 'POST', user: 'citizen', inputs: [routeInputs(file).param('POST')] };
  }),
  {
    file: 'app/api/notifications/read-state/route.ts',
    method: 'GET',
    user: 'citizen',
    inputs: [readState.query('GET', 'ids'), readState.query('GET', 'ids', 'cok,')],
  },
  { file: 'app/api/preferences/route.ts', method: 'GET', user: 'citizen', inputs: [prefs.none('GET')] },
  {
    file: 'app/api/preferences/route.ts',
    method: 'PUT',
    user: 'citizen',
    inputs: prefs.fields(
      'PUT',
      { topics: ['roadworks'], quietHours: { start: '22:00', end: '07:00' }, timeZone: 'Europe/Paris' },
      [line('topics.0'), line('quietHours.start'), line('quietHours.end'), line('timeZone')],
    ),
  },
  { file: 'app/api/push/subscriptions/route.ts', method: 'GET', user: 'citizen', inputs: [subs.none('GET')] },
  {
    file: 'app/api/push/subscriptions/route.ts',
    method: 'POST',
    user: 'citizen',
    inputs: [
      ...subs.fields(
        'POST',
        sub(),
        ['endpoint', 'keys.p256dh', 'keys.auth', 'applicationServerKey'].map((f) => line(f)),
      ),
      // The URL parser percent-encodes a NUL in a path and accepts the URL: the raw string must still be refused.
      subs.body('POST', 'body endpoint (in a valid URL)', (v) => ({
        ...sub(),
        endpoint: `${anEndpoint.endpoint}${v}`,
      })),
    ],
  },
  {
    file: 'app/api/push/subscriptions/route.ts',
    method: 'DELETE',
    user: 'citizen',
    inputs: [...subs.fields('DELETE', anEndpoint, [line('endpoint')]), subs.query('DELETE', 'all')],
  },
  {
    file: 'app/api/push/subscriptions/[id]/route.ts',
    method: 'PATCH',
    user: 'citizen',
    inputs: [
      device.param('PATCH', { name: 'A' }),
      ...device.fields('PATCH', { name: 'A' }, [line('name')], { id: 'd' }),
    ],
  },
  {
    file: 'app/api/push/subscriptions/[id]/route.ts',
    method: 'DELETE',
    user: 'citizen',
    inputs: [device.param('DELETE')],
  },
  {
    file: 'app/api/push/subscriptions/change/route.ts',
    method: 'POST',
    user: 'citizen',
    inputs: change.fields('POST', { oldEndpoint: 'https://fcm.googleapis.com/fcm/send/old', subscription: sub() }, [
      line('oldEndpoint'),
      line('subscription.endpoint'),
      line('subscription.keys.auth'),
      line('subscription.applicationServerKey'),
    ]),
  },
  {
    file: 'app/api/push/test/route.ts',
    method: 'POST',
    user: 'citizen',
    inputs: test.fields('POST', anEndpoint, [line('endpoint')]),
  },
  { file: 'app/api/push/test/[id]/route.ts', method: 'GET', user: 'citizen', inputs: [testContent.param('GET')] },
  {
    file: 'app/api/push/receipts/route.ts',
    method: 'POST',
    user: 'citizen',
    inputs: [
      ...receipts.fields('POST', aReport, [line('deliveryId'), line('token'), line('event')]),
      receipts.body('POST', 'whole body', (v) => v, WRONG_BODIES),
    ],
  },
  { file: 'app/api/push/vapid-public-key/route.ts', method: 'GET', user: 'citizen', inputs: [vapid.none('GET')] },
  { file: 'app/api/v1/openapi.json/route.ts', method: 'GET', user: 'citizen', inputs: [openapi.none('GET')] },
  { file: 'app/api/topics/route.ts', method: 'GET', user: 'citizen', inputs: [topics.none('GET')] },
  {
    file: 'app/api/v1/notifications/route.ts',
    method: 'POST',
    user: 'citizen',
    inputs: [
      ...v1.fields('POST', notification, [
        ...['title', 'url', 'icon', 'image', 'tag', 'topic', 'urgency', 'critical'].map((f) => line(f)),
        multi('body'),
        line('actions.0.title'),
        line('actions.0.url'),
        line('audience.users.0'),
        line('audience.kind'),
        line('audience.topic', { ...notification, audience: { kind: 'topic', topic: 'roadworks' } }),
        line('audience.role', { ...notification, audience: { kind: 'role', role: 'citizen' } }),
        line('scheduledAt'),
        line('expiresAt'),
      ]),
      v1.body('POST', 'body scheduledAt out of range', (v) => ({ ...notification, scheduledAt: v }), dates),
      v1.body('POST', 'body expiresAt out of range', (v) => ({ ...notification, expiresAt: v }), dates),
      v1.header('POST', notification, 'idempotency-key', (v) => `key-${String(v)}`),
      v1.header('POST', notification, 'authorization', (v) => `Bearer ${TOKEN}${String(v)}`),
    ],
  },
  { file: 'app/api/v1/notifications/[id]/route.ts', method: 'GET', user: 'citizen', inputs: [v1Item.param('GET')] },
  {
    file: 'app/api/v1/alerts/route.ts',
    method: 'POST',
    user: 'citizen',
    inputs: [
      capField('identifier', false),
      capField('headline', true),
      capField('event', false),
      capField('description', false),
      capField('web', false),
      capInput('header authorization', true, (v) => ({
        xml: capMessageXml({ identifier: 'h' }),
        auth: `Bearer ${TOKEN}${v}`,
      })),
    ],
  },
];

// next-auth's own handler: the only text of ours in it is the credentials, checked by signInSchema (the same values
// go through it in lib/actions/hostile-input.test.ts) and end to end in e2e/foundation/hostile-input.spec.ts.
const ELSEWHERE = ['app/api/auth/[...nextauth]/route.ts'];

describeEachDatabase('hostile input to every route handler', (kind) => {
  const database = useTestDatabase(kind);
  const who = (id: string, role: string) => ({
    id,
    email: `${id}@test.crieur`,
    name: id,
    role,
    locale: null,
    timeZone: 'UTC',
  });
  const signedIn = { citizen: who('cit', 'citizen'), admin: who('adm', 'admin') };
  beforeAll(async () => {
    const sql = database().sql;
    await insertTopics(sql, ['roadworks']);
    await insertUsers(sql, [{ id: 'cit', topics: ['roadworks'], endpoints: ['https://push.test/c'] }]);
    await insertUsers(sql, [{ id: 'adm', role: 'admin' }]);
    const tokenHash = hashApiToken(TOKEN);
    await database().prisma.apiToken.create({
      data: { name: 'hostile', tokenHash, prefix: TOKEN.slice(0, 13), createdById: 'adm' },
    });
  });
  // A 429 would hide the answer under test: every budget starts fresh.
  const resetLimits = () => database().prisma.rateLimit.deleteMany();
  beforeEach(async () => {
    await resetLimits();
  });

  for (const row of ROWS) {
    describe(`${row.method} ${row.file}`, () => {
      for (const input of row.inputs) {
        it(input.name, async () => {
          session.user = signedIn[row.user];
          for (const [label, value, refuse] of input.values ?? valuesFor(input.strict)) {
            await resetLimits();
            const res = await input.send(value);
            const what = `${input.name} = ${label}: ${res.status} ${await res.clone().text()}`;
            expect(res.status, what).toBeLessThan(500);
            if (refuse) expect(res.status, what).toBeGreaterThanOrEqual(400);
          }
        });
      }
    });
  }
});

describe('the table covers every route handler', () => {
  it.each(projectFiles('app/api', (f) => f.endsWith('route.ts')))('%s', async (file) => {
    const methods = Object.keys(await import(`@/${file}`)).filter((k) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(k));
    expect(methods.length).toBeGreaterThan(0);
    if (ELSEWHERE.includes(file)) return;
    for (const m of methods)
      expect(
        ROWS.some((r) => r.file === file && r.method === m),
        `${m}: no row`,
      ).toBe(true);
  });
});
