import { E2E_API_TOKEN } from '../fixtures/api';
import { expect, test } from '../fixtures/push';
import { citizenWithPush, deliverAndWaitShown, pushesFor } from '../fixtures/push-citizen';

// Issue 16, CAP in: a prefecture's CAP 1.2 alert posted to the API reaches a resident's device at once
// (critical: through their quiet hours) in their language, and the portal publishes it again in /alerts.atom.
// The e2e portal maps category Met to the "weather" topic (CAP_TOPIC_RULES in playwright.config.ts).

const NOW = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', '+00:00');
const info = (language: string, headline: string, description: string) => `<info><language>${language}</language>
<category>Met</category><event>Flood</event><urgency>Immediate</urgency><severity>Severe</severity>
<certainty>Observed</certainty><headline>${headline}</headline><description>${description}</description>
<web>https://prefecture.example/crue</web><area><areaDesc>Bords de Loire</areaDesc></area></info>`;
const capAlert = (identifier: string) => `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>${identifier}</identifier>
<sender>alerts@prefecture.example</sender><sent>${NOW}</sent><status>Actual</status><msgType>Alert</msgType>
<scope>Public</scope>${info('fr-FR', 'Crue de la Loire', 'Quittez les quais.')}
${info('en-GB', 'Loire flood', 'Leave the quays now.')}</alert>`;

test('a CAP alert posted to the API reaches a device as a critical notification and is in /alerts.atom', async ({
  page,
  context,
  signUp,
  request,
}) => {
  const { sub } = await citizenWithPush(page, context, signUp);
  // Follows weather alerts, and asks for quiet all day: only a critical notification may reach the device now.
  const prefs = { topics: ['weather'], quietHours: { start: '00:00', end: '23:59' }, timeZone: 'UTC' };
  expect((await context.request.put('/api/preferences', { data: prefs })).status()).toBe(200);

  const res = await request.post('/api/v1/alerts', {
    headers: { authorization: `Bearer ${E2E_API_TOKEN}`, 'content-type': 'application/cap+xml' },
    data: capAlert(`e2e-flood-${Date.now()}`),
  });
  const created = await res.json();
  expect(res.status(), JSON.stringify(created)).toBe(201);
  expect(created).toMatchObject({ msgType: 'Alert', created: true });

  const [message] = await pushesFor(sub, 1);
  expect(JSON.parse(message)).toMatchObject({
    notificationId: created.id,
    title: 'Loire flood',
    body: 'Leave the quays now.',
    url: 'https://prefecture.example/crue',
  });
  const shown = await deliverAndWaitShown(page, message, 'Loire flood');
  expect(shown.body).toContain('Leave the quays now.');
  await page.goto('/inbox');
  await expect(page.getByTestId('inbox-item').filter({ hasText: 'Loire flood' })).toBeVisible();

  const feed = await (await request.get('/alerts.atom')).text();
  expect(feed).toMatch(/<title[^>]*>Loire flood<\/title>/);
  expect(feed).toContain(`/alerts/${created.id}.xml`);
  const published = await request.get(`/alerts/${created.id}.xml`);
  expect(published.headers()['content-type']).toContain('application/cap+xml');
  // One <info> per language of the notification, its own (English, the portal's default) first.
  const cap = await published.text();
  expect(cap).toMatch(/<language>en<\/language>[\s\S]*<headline>Loire flood<\/headline>/);
  expect(cap).toMatch(/<language>fr<\/language>[\s\S]*<headline>Crue de la Loire<\/headline>/);
  expect(cap.indexOf('<language>en</language>')).toBeLessThan(cap.indexOf('<language>fr</language>'));
});
