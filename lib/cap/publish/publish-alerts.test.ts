import { beforeAll, expect, it } from 'vitest';
import { GET as getFeed } from '@/app/alerts.atom/route';
import { GET as getAlert } from '@/app/alerts/[file]/route';
import { createNotification } from '@/lib/notifications/create-notification';
import { notificationInputSchema } from '@/lib/validation/notification';
import { describeEachDatabase } from '@/test/databases';
import { insertTopics, insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { capSchemaErrors } from '@/test/validate-cap-xsd';
import { capToNotification } from '../cap-to-notification';
import { parseCapAlert } from '../parse-cap';
import { readSafeXml } from '../read-safe-xml';

const ORIGIN = 'http://localhost:3000';
const alertXml = (file: string) =>
  getAlert(new Request(`${ORIGIN}/alerts/${file}`), { params: Promise.resolve({ file }) });

describeEachDatabase('public alerts published as CAP 1.2 and Atom', (kind) => {
  const database = useTestDatabase(kind);
  const ids: Record<string, string> = {};
  const create = async (name: string, input: Record<string, unknown>) => {
    const parsed = notificationInputSchema.parse({ body: 'Details.', ...input });
    ids[name] = (await createNotification(parsed, { source: 'api' })).id;
  };

  beforeAll(async () => {
    await insertTopics(database().sql, ['floods']);
    await insertUsers(database().sql, [
      { id: 'ana', email: 'ana@test.crieur' },
      { id: 'adm', role: 'admin' },
    ]);
    const hour = 3600_000;
    await create('flood', {
      title: 'Flood warning: leave the quays',
      critical: true,
      urgency: 'high',
      url: '/inbox',
      audience: { kind: 'everyone' },
      expiresAt: new Date(Date.now() + 6 * hour).toISOString(),
    });
    await create('topic', {
      title: 'Storm on the coast',
      critical: true,
      audience: { kind: 'topic', topic: 'floods' },
    });
    await create('personal', {
      title: 'Your cellar is flooded',
      critical: true,
      audience: { kind: 'users', users: ['ana'] },
    });
    await create('admins', {
      title: 'Staff: crisis cell at 8',
      critical: true,
      audience: { kind: 'role', role: 'admin' },
    });
    await create('bilingual', {
      lang: 'fr',
      title: 'Crue : quittez les quais',
      body: 'La Loire monte.',
      url: '/inbox',
      translations: { en: { title: 'Flood: leave the quays now', body: 'The Loire is rising.' } },
      critical: true,
      audience: { kind: 'everyone' },
    });
    await create('market', { title: 'Market on Sunday', audience: { kind: 'everyone' } });
    await create('later', {
      title: 'Tomorrow’s alert',
      critical: true,
      audience: { kind: 'everyone' },
      scheduledAt: new Date(Date.now() + 3 * hour).toISOString(),
    });
  });

  it('serves a critical public notification as a schema-valid CAP alert parsing back to what was sent', async () => {
    const res = await alertXml(`${ids.flood}.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/cap+xml; charset=utf-8');
    const xml = await res.text();
    expect(await capSchemaErrors(xml)).toEqual([]);
    const alert = parseCapAlert(xml);
    expect(alert).toMatchObject({
      identifier: ids.flood,
      sender: 'alerts@localhost',
      status: 'Actual',
      msgType: 'Alert',
      scope: 'Public',
    });
    expect(alert.infos).toHaveLength(1);
    expect(alert.infos[0]).toMatchObject({
      language: 'en',
      headline: 'Flood warning: leave the quays',
      description: 'Details.',
      severity: 'Severe',
      urgency: 'Immediate',
      web: `${ORIGIN}/inbox`,
      senderName: 'Crieur',
    });
    expect(alert.infos[0].expires!.getTime()).toBeGreaterThan(Date.now() + 5 * 3600_000);
  });

  it('writes one <info> per language of a bilingual alert, coming back through the import in both', async () => {
    const xml = await (await alertXml(`${ids.bilingual}.xml`)).text();
    expect(await capSchemaErrors(xml)).toEqual([]);
    const alert = parseCapAlert(xml);
    expect(alert.infos.map((i) => [i.language, i.headline, i.description, i.web])).toEqual([
      ['fr', 'Crue : quittez les quais', 'La Loire monte.', `${ORIGIN}/inbox`],
      ['en', 'Flood: leave the quays now', 'The Loire is rising.', `${ORIGIN}/inbox`],
    ]);
    const { notification } = capToNotification(alert, { defaultLanguage: 'en' });
    expect(notification).toMatchObject({
      lang: 'en',
      title: 'Flood: leave the quays now',
      body: 'The Loire is rising.',
      translations: { fr: { title: 'Crue : quittez les quais', body: 'La Loire monte.' } },
    });
  });

  it('publishes only public alerts: not personal, staff, ordinary, scheduled, unknown or malformed ids', async () => {
    for (const name of ['personal', 'admins', 'market', 'later']) {
      expect((await alertXml(`${ids[name]}.xml`)).status, name).toBe(404);
    }
    for (const file of ['nope.xml', `${ids.flood}.json`, `${ids.flood}`, '..%2F.xml', `${'a'.repeat(65)}.xml`]) {
      expect((await alertXml(file)).status, file).toBe(404);
    }
  });

  it('lists the current public alerts in an Atom feed whose entries link to their CAP documents', async () => {
    const res = await getFeed(new Request(`${ORIGIN}/alerts.atom`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    const hrefs = [...xml.matchAll(/<link[^>]*href="([^"]+\.xml)"/g)].map((m) => m[1]);
    expect([...new Set(hrefs)].sort()).toEqual(
      [ids.flood, ids.topic, ids.bilingual].map((id) => `${ORIGIN}/alerts/${id}.xml`).sort(),
    );
    expect(xml).toContain('type="application/cap+xml"');
    expect(xml).not.toContain('Your cellar is flooded');
    expect(xml).not.toContain('Market on Sunday');
  });

  it("titles a bilingual alert's entry in the default language, with a CAP link per language", async () => {
    const feed = readSafeXml(await (await getFeed(new Request(`${ORIGIN}/alerts.atom`))).text(), { maxBytes: 1 << 20 });
    const entry = feed.children.find(
      (e) =>
        e.name === 'entry' && e.children.some((c) => c.name === 'id' && c.text.endsWith(`alerts/${ids.bilingual}`)),
    )!;
    const text = (name: string) => entry.children.find((c) => c.name === name)?.text;
    expect([text('title'), text('summary'), entry.attributes['xml:lang']]).toEqual([
      'Flood: leave the quays now',
      'The Loire is rising.',
      'en',
    ]);
    const links = entry.children
      .filter((c) => c.name === 'link')
      .map((l) => [l.attributes.hreflang, l.attributes.href]);
    expect(links).toEqual([
      ['fr', `${ORIGIN}/alerts/${ids.bilingual}.xml`],
      ['en', `${ORIGIN}/alerts/${ids.bilingual}.xml`],
    ]);
  });
});
