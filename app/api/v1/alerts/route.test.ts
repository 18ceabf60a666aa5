import { beforeAll, expect, it } from 'vitest';
import { createApiToken } from '@/lib/api-tokens/create-api-token';
import { describeEachDatabase } from '@/test/databases';
import { capInfoXml, capMessageXml } from '@/test/cap-ingest';
import { insertTopics, insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { adminPrincipal } from '@/test/principals';
import { POST } from './route';

// The mapping under test: floods to the "floods" topic, anything else to the Public alerts topic (the default).
process.env.CAP_TOPIC_RULES = JSON.stringify([{ event: '/flood|crue/i', topic: 'floods' }]);

const BASE = 'http://localhost:3000/api/v1/alerts';
const HOUR = 3600_000;
let seq = 0;
const nextId = () => `pref-${Date.now()}-${++seq}`;

function post(xml: string, opts: { token?: string; type?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': opts.type ?? 'application/cap+xml' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  return POST(new Request(BASE, { method: 'POST', headers, body: xml }));
}

describeEachDatabase('POST /api/v1/alerts: CAP 1.2 alerts in', (kind) => {
  const database = useTestDatabase(kind);
  let token: string;
  let otherToken: string;
  const send = (xml: string, type?: string) => post(xml, { token, type });
  const count = async () =>
    (await database().sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Notification"`))[0].n;
  const notification = async (id: string) =>
    (
      await database().sql.query<Record<string, unknown>>(
        `SELECT n.*, t.slug AS "topicSlug", (SELECT array_agg("userId" ORDER BY "userId") FROM "NotificationRecipient"
         WHERE "notificationId" = n.id) AS "recipientIds"
         FROM "Notification" n LEFT JOIN "Topic" t ON t.id = n."topicId" WHERE n.id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    const sql = database().sql;
    await insertTopics(sql, ['floods']);
    await insertUsers(sql, [
      {
        id: 'ana',
        topics: ['floods', 'public-alerts'],
        endpoints: ['https://push.test/ana'],
        quietStart: 0,
        quietEnd: 1439,
      },
      // Ben left the Public alerts topic in his preferences.
      { id: 'ben', endpoints: ['https://push.test/ben'] },
      { id: 'adm', role: 'admin', topics: ['public-alerts'], endpoints: ['https://push.test/adm'] },
    ]);
    ({ token } = await createApiToken(adminPrincipal({ id: 'adm' }), { name: 'Prefecture' }));
    ({ token: otherToken } = await createApiToken(adminPrincipal({ id: 'adm' }), { name: 'Other' }));
  });

  it('refuses a missing token (401) and another media type (415), creating nothing', async () => {
    const xml = capMessageXml({ identifier: nextId() });
    expect((await post(xml)).status).toBe(401);
    const json = await send(xml, 'application/json');
    expect(json.status).toBe(415);
    expect(await json.json()).toMatchObject({ error: 'unsupported_media_type', expected: 'application/cap+xml' });
    expect((await send(xml, 'text/xml; charset=iso-8859-1')).status).toBe(415);
    expect(await count()).toBe(0);
  });

  it.each([
    [
      'billion laughs',
      400,
      'doctype_not_allowed',
      '<!DOCTYPE a [<!ENTITY l "lol"><!ENTITY l2 "&l;&l;&l;&l;">]><alert>&l2;</alert>',
    ],
    [
      'an external entity (XXE)',
      400,
      'doctype_not_allowed',
      '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><alert>&x;</alert>',
    ],
    [
      'an undeclared entity',
      400,
      'entity_not_allowed',
      capMessageXml({ identifier: 'x' }).replace('Riverside', '&nbsp;'),
    ],
    ['malformed XML', 400, 'malformed_xml', '<alert><identifier>x</alert>'],
    ['deep nesting', 400, 'malformed_xml', `${'<a>'.repeat(200)}${'</a>'.repeat(200)}`],
    ['a document that is not CAP', 422, 'wrong_namespace', '<alert><identifier>x</identifier></alert>'],
    ['a missing <info>', 422, 'missing_element', capMessageXml({ identifier: 'x', infos: [] })],
    [
      'an unknown urgency',
      422,
      'invalid_value',
      capMessageXml({ identifier: 'x', infos: [capInfoXml({ urgency: 'Soon' })] }),
    ],
    [
      'an expired alert',
      422,
      'already_expired',
      capMessageXml({ identifier: 'x', infos: [capInfoXml({ expires: new Date(Date.now() - HOUR) })] }),
    ],
  ])('refuses %s with %i %s and a clear message, creating nothing', async (_, status, error, xml) => {
    const res = await send(xml);
    const body = await res.json();
    expect(res.status).toBe(status);
    expect(body.error).toBe(error);
    expect(body.message).toMatch(/\w{3,}/);
    expect(await count()).toBe(0);
  });

  it('refuses an oversized body with 413 before parsing it', async () => {
    const big = capMessageXml({ identifier: 'x', infos: [capInfoXml({ description: 'x'.repeat(600 * 1024) })] });
    const res = await send(big);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'payload_too_large' });
  });

  it("imports an Actual Alert: mapped topic, critical, expiry, link, the default language's text", async () => {
    const expires = new Date(Math.floor(Date.now() / 1000) * 1000 + 6 * HOUR);
    const web = 'https://prefecture.example/crue';
    const xml = capMessageXml({
      identifier: nextId(),
      infos: [
        capInfoXml({ language: 'fr-FR', event: 'Crue', headline: 'Crue de la Loire', expires, web }),
        capInfoXml({ language: 'en-GB', event: 'Flood', headline: 'Loire flood', expires, web }),
      ],
    });
    const res = await send(xml);
    const body = await res.json();
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/v1/notifications/${body.id}`);
    expect(body).toMatchObject({ msgType: 'Alert', recipients: 1, deliveries: 1, created: true, cancelled: [] });
    const n = await notification(body.id);
    expect(n).toMatchObject({
      title: 'Loire flood',
      critical: true,
      urgency: 'high',
      url: web,
      topicSlug: 'floods',
      source: 'api',
      recipientIds: ['ana'],
    });
    expect(new Date(n.expiresAt as string).getTime()).toBe(expires.getTime());
    // Critical goes through quiet hours: ana's delivery is due now, not at the end of her quiet window.
    const [d] = await database().sql.query<{ late: boolean }>(
      `SELECT "dueAt" > now() + interval '1 minute' AS late FROM "Delivery" WHERE "notificationId" = $1`,
      [body.id],
    );
    expect(d.late).toBe(false);
  });

  it('sends an unclaimed alert to Public alerts followers only; a moderate one is not critical', async () => {
    const xml = capMessageXml({ identifier: nextId(), infos: [capInfoXml({ event: 'Storm', severity: 'Moderate' })] });
    const body = await (await send(xml)).json();
    expect(await notification(body.id)).toMatchObject({
      critical: false,
      topicSlug: 'public-alerts',
      audience: { kind: 'topic', topic: 'public-alerts' },
      recipientIds: ['adm', 'ana'],
    });
  });

  it('imports a message once per (sender, identifier), whichever token posts it again', async () => {
    const xml = capMessageXml({ identifier: nextId() });
    const first = await (await send(xml)).json();
    const before = await count();
    for (const t of [token, otherToken]) {
      const again = await post(xml, { token: t });
      expect(again.status).toBe(200);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await again.json()).toMatchObject({ id: first.id, created: false });
    }
    expect(await count()).toBe(before);
  });

  it('imports a message once when two tokens post it at the same moment', async () => {
    const xml = capMessageXml({ identifier: nextId() });
    const before = await count();
    const answers = await Promise.all([token, otherToken, token, otherToken].map((t) => post(xml, { token: t })));
    const bodies = await Promise.all(answers.map((r) => r.json()));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(await count()).toBe(before + 1);
  });

  it.each(['Test', 'Exercise'])('sends status %s to administrators only', async (status) => {
    const body = await (await send(capMessageXml({ identifier: nextId(), status }))).json();
    expect(await notification(body.id)).toMatchObject({
      audience: { kind: 'role', role: 'admin' },
      recipientIds: ['adm'],
    });
  });

  it.each([
    ['System', 'Alert'],
    ['Draft', 'Alert'],
    ['Actual', 'Ack'],
    ['Actual', 'Error'],
  ])('refuses status %s msgType %s with 422 unsupported_message', async (status, msgType) => {
    const before = await count();
    const references = msgType === 'Alert' ? [] : ['earlier'];
    const res = await send(capMessageXml({ identifier: nextId(), status, msgType, references }));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: 'unsupported_message' });
    expect(await count()).toBe(before);
  });

  it('an Update replaces the earlier notification (same tag) and cancels what it had not delivered', async () => {
    const first = nextId();
    const sent = new Date(Math.floor(Date.now() / 1000) * 1000);
    const alert = await (await send(capMessageXml({ identifier: first, sent }))).json();
    const update = capMessageXml({
      identifier: nextId(),
      sent,
      msgType: 'Update',
      references: [first],
      infos: [capInfoXml({ headline: 'River flood: water still rising' })],
    });
    const res = await send(update);
    const body = await res.json();
    expect(res.status).toBe(201);
    expect(body).toMatchObject({ msgType: 'Update', created: true, cancelled: [alert.id] });
    const [earlier, later] = [await notification(alert.id), await notification(body.id)];
    expect(later).toMatchObject({ title: 'River flood: water still rising', tag: earlier.tag, cancelledAt: null });
    expect(earlier.cancelledAt).not.toBeNull();
    const statuses = await database().sql.query<{ status: string }>(
      `SELECT status::text FROM "Delivery" WHERE "notificationId" = $1`,
      [alert.id],
    );
    expect(statuses.map((s) => s.status)).toEqual(['cancelled']);
  });

  it('a Cancel withdraws the alerts it references; an unknown or foreign reference is refused', async () => {
    const sent = new Date(Math.floor(Date.now() / 1000) * 1000);
    const first = nextId();
    const alert = await (await send(capMessageXml({ identifier: first, sent }))).json();
    const cancel = (t: string, refs: string[]) =>
      post(capMessageXml({ identifier: nextId(), sent, msgType: 'Cancel', references: refs, infos: [] }), { token: t });
    const before = await count();
    for (const [t, refs] of [
      [token, ['never-sent']],
      [otherToken, [first]],
      [token, [first, 'never-sent']],
    ] as const) {
      const refused = await cancel(t, [...refs]);
      expect(refused.status).toBe(422);
      expect(await refused.json()).toMatchObject({ error: 'unknown_reference', element: 'alert/references' });
    }
    expect((await notification(alert.id)).cancelledAt).toBeNull();
    const res = await cancel(token, [first]);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ msgType: 'Cancel', created: false, cancelled: [alert.id] });
    expect((await notification(alert.id)).cancelledAt).not.toBeNull();
    expect(await count()).toBe(before);
  });

  it('refuses an Update of an unknown alert, creating nothing', async () => {
    const before = await count();
    const res = await send(capMessageXml({ identifier: nextId(), msgType: 'Update', references: ['unknown'] }));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: 'unknown_reference' });
    expect(await count()).toBe(before);
  });
});
