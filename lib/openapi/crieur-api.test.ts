import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/api-tokens/create-api-token';
import { describeEachDatabase } from '@/test/databases';
import { insertTopics, insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { invalidExamples, schemaErrors } from '@/test/openapi-examples';
import { adminPrincipal } from '@/test/principals';
import { sourceFiles } from '@/test/wrapped-exports';
import { GET as getStatus } from '@/app/api/v1/notifications/[id]/route';
import { POST as postNotification } from '@/app/api/v1/notifications/route';
import { POST as postAlert } from '@/app/api/v1/alerts/route';
import { GET as getDocument } from '@/app/api/v1/openapi.json/route';
import { PEER_ADDRESS_HEADER } from '../http/peer-address';
import { createCrieurApiDocument } from './crieur-api';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read by path, shapes checked by the test
type Json = Record<string, any>;
const doc = createCrieurApiDocument('https://town.example') as unknown as Json;
const BASE = 'http://localhost:3000';

describe('the API’s OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document whose examples match their schemas', async () => {
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(invalidExamples(doc)).toEqual([]);
  });

  it('describes every /api/v1 route and method, and nothing else', async () => {
    const routes = sourceFiles(['app/api/v1']).filter((f) => f.endsWith('/route.ts'));
    const described = Object.entries(doc.paths as Json).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    const exported = await Promise.all(
      routes.map(async (file) => {
        const mod = (await import(/* @vite-ignore */ `${process.cwd()}/${file}`)) as Record<string, unknown>;
        const p = file
          .replace(/^app/, '')
          .replace(/\/route\.ts$/, '')
          .replace(/\[(\w+)\]/g, '{$1}');
        return ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => m in mod).map((m) => `${m.toLowerCase()} ${p}`);
      }),
    );
    expect(described.sort()).toEqual(exported.flat().sort());
  });

  it('is served at /api/v1/openapi.json without a token, naming this server', async () => {
    const res = await getDocument(new Request(`${BASE}/api/v1/openapi.json`));
    expect(res.status).toBe(200);
    const served = await res.json();
    expect(served.openapi).toBe('3.1.0');
    expect(served.paths).toEqual(JSON.parse(JSON.stringify(doc.paths)));
  });

  // Its servers entry names an origin: a shared cache must not hand a forged one to others (lib/http/shared-origin.ts).
  it.skipIf(Boolean(process.env.NEXTAUTH_URL))('is cached by others only when it names the public origin', async () => {
    const forged = await getDocument(
      new Request(`${BASE}/api/v1/openapi.json`, { headers: { host: 'evil.example', [PEER_ADDRESS_HEADER]: '::1' } }),
    );
    expect(forged.headers.get('cache-control')).toBe('private, no-store');
    expect((await forged.json()).servers[0].url).toMatch(/^http:\/\/evil\.example\b/);
    const local = await getDocument(
      new Request(`${BASE}/api/v1/openapi.json`, { headers: { host: 'localhost:3000' } }),
    );
    expect(local.headers.get('cache-control')).toBe('public, max-age=300');
  });
});

describeEachDatabase('the document’s examples, replayed against the API', (kind) => {
  const database = useTestDatabase(kind);
  let token: string;
  const post = (json: unknown) =>
    postNotification(
      new Request(`${BASE}/api/v1/notifications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(json),
      }),
    );

  beforeAll(async () => {
    await insertTopics(database().sql, ['roadworks']);
    await insertUsers(database().sql, [
      { id: 'camille', email: 'camille@crieur.example.org', endpoints: ['https://push.test/camille'] },
      { id: 'adm', role: 'admin' },
    ]);
    ({ token } = await createApiToken(adminPrincipal({ id: 'adm' }), { name: 'Replay' }));
  });

  it('each request example of createNotification is answered as documented', async () => {
    const op = doc.paths['/api/v1/notifications'].post;
    const examples = Object.entries(op.requestBody.content['application/json'].examples as Json);
    expect(examples.length).toBeGreaterThan(1);
    for (const [name, { value }] of examples) {
      const res = await post(value);
      const body = await res.json();
      expect(res.status, name).toBe(201);
      expect(schemaErrors(doc, op.responses['201'].content['application/json'].schema, body), name).toEqual([]);
      expect(res.headers.get('location')).toBe(`/api/v1/notifications/${body.id}`);

      const status = await getStatus(
        new Request(`${BASE}${res.headers.get('location')}`, { headers: { authorization: `Bearer ${token}` } }),
        { params: Promise.resolve({ id: body.id }) },
      );
      const statusOp = doc.paths['/api/v1/notifications/{id}'].get;
      expect(status.status, name).toBe(200);
      expect(
        schemaErrors(doc, statusOp.responses['200'].content['application/json'].schema, await status.json()),
        name,
      ).toEqual([]);
    }
  });

  it('each CAP example of importAlert is answered as documented (alert, its update, its cancel)', async () => {
    const op = doc.paths['/api/v1/alerts'].post;
    const answers: Record<string, number> = { alert: 201, update: 201, cancel: 200 };
    const examples = Object.entries(op.requestBody.content['application/cap+xml'].examples as Json);
    expect(examples.map(([name]) => name)).toEqual(Object.keys(answers));
    for (const [name, { value }] of examples) {
      const res = await postAlert(
        new Request(`${BASE}/api/v1/alerts`, {
          method: 'POST',
          headers: { 'content-type': 'application/cap+xml', authorization: `Bearer ${token}` },
          body: value,
        }),
      );
      const body = await res.json();
      expect(res.status, `${name}: ${JSON.stringify(body)}`).toBe(answers[name]);
      const documented = op.responses[String(answers[name])].content['application/json'].schema;
      expect(schemaErrors(doc, documented, body), name).toEqual([]);
      expect(body.msgType).toBe(name[0].toUpperCase() + name.slice(1));
    }
    const doctype = await postAlert(
      new Request(`${BASE}/api/v1/alerts`, {
        method: 'POST',
        headers: { 'content-type': 'application/xml', authorization: `Bearer ${token}` },
        body: '<!DOCTYPE alert><alert/>',
      }),
    );
    expect(doctype.status).toBe(400);
    expect(schemaErrors(doc, { $ref: '#/components/schemas/Error' }, await doctype.json())).toEqual([]);
  });

  it('the documented error answers are the ones the API gives', async () => {
    const invalid = await post({ title: '', audience: { kind: 'topic', topic: 'no-such-topic' } });
    expect(invalid.status).toBe(422);
    expect(schemaErrors(doc, { $ref: '#/components/schemas/Error' }, await invalid.json())).toEqual([]);
    const anonymous = await postNotification(new Request(`${BASE}/api/v1/notifications`, { method: 'POST' }));
    expect(anonymous.status).toBe(401);
    expect(schemaErrors(doc, { $ref: '#/components/schemas/Error' }, await anonymous.json())).toEqual([]);
  });
});
