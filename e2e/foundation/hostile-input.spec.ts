import net from 'node:net';
import { E2E_API_TOKEN } from '../fixtures/api';
import { trySignIn } from '../fixtures/auth';
import { composeToPerson, localDateTime } from '../fixtures/composer';
import { APP_PORT } from '../fixtures/ports';
import { expect, test } from '../fixtures/test';

// The real server (Next's routing and percent-decoding included) answers hostile input with a 4xx, never a 500.
const DAY = 24 * 3600_000;
const api = { authorization: `Bearer ${E2E_API_TOKEN}` };
const message = { title: 'Hostile input', body: 'x', audience: { kind: 'users', users: ['citizen@e2e.crieur.test'] } };

test('NUL and broken UTF-8 in paths and queries: 404 / 422', async ({ page, signIn }) => {
  await signIn('citizen');
  const r = page.request;
  for (const id of ['%00', 'a%00b', '%E2%80%AE', '%C2%85']) {
    expect((await r.get(`/api/notifications/${id}`)).status(), id).toBe(404);
    expect((await r.post(`/api/notifications/${id}/read`)).status(), id).toBe(404);
    expect((await r.patch(`/api/push/subscriptions/${id}`, { data: { name: 'x' } })).status(), id).toBe(404);
    expect((await r.get(`/api/notifications/read-state?ids=${id}`)).status(), id).toBe(422);
  }
  // Not UTF-8 at all (an encoded surrogate, an overlong NUL): a query decodes them to U+FFFD, which no id has.
  // In a path segment they cannot be decoded at all: proxy.ts answers 400 before Next.js fails on them.
  for (const id of ['%ED%A0%80', '%C0%80', '%FF']) {
    expect((await r.get(`/api/notifications/read-state?ids=${id}`)).status(), id).toBe(422);
    expect((await r.get(`/api/notifications/${id}`)).status(), id).toBe(400);
    expect((await r.post(`/api/notifications/${id}/read`)).status(), id).toBe(400);
    expect((await r.get(`/admin/notifications/${id}`)).status(), id).toBe(400);
  }
  const timeZone = 'Europe/Paris\u0000';
  const prefs = await r.put('/api/preferences', { data: { topics: [], quietHours: null, timeZone } });
  expect(prefs.status()).toBe(422);
  expect((await prefs.json()).fields).toEqual({ timeZone: 'invalid_characters' });
  const plain = await r.post('/api/push/subscriptions', { headers: { 'content-type': 'text/plain' }, data: '{}' });
  expect(plain.status()).toBe(415);
});

test('the notifications API: NUL, dates out of range, unsafe links, media type, reused keys', async ({ request }) => {
  const post = (data: unknown, headers: Record<string, string> = {}) =>
    request.post('/api/v1/notifications', { headers: { ...api, ...headers }, data });
  const fields = async (data: unknown) => {
    const res = await post(data);
    expect(res.status()).toBe(422);
    return (await res.json()).fields;
  };
  expect(await fields({ ...message, title: 'a\u0000b' })).toEqual({ title: 'invalid_characters' });
  const endOfTime = '+275760-09-13T00:00:00.000Z';
  expect(await fields({ ...message, scheduledAt: endOfTime })).toEqual({ scheduledAt: 'invalid_date' });
  expect(await fields({ ...message, scheduledAt: 8.64e15 })).toEqual({ scheduledAt: 'invalid_date' });
  expect(await fields({ ...message, scheduledAt: [2027] })).toEqual({ scheduledAt: 'invalid_date' });
  expect(await fields({ ...message, scheduledAt: '9999-12-31T00:00:00Z' })).toEqual({
    scheduledAt: 'scheduled_too_far',
  });
  expect(await fields({ ...message, expiresAt: '9999-01-01T00:00:00Z' })).toEqual({ expiresAt: 'expires_too_far' });
  expect(await fields({ ...message, url: '/\t/evil.example/' })).toEqual({ url: 'invalid_url' });
  expect((await post(JSON.stringify(message), { 'content-type': 'text/plain' })).status()).toBe(415);

  const key = `hostile-${Date.now()}`;
  expect((await post(message, { 'idempotency-key': key })).status()).toBe(201);
  expect((await post(message, { 'idempotency-key': key })).status()).toBe(200);
  const reused = await post({ ...message, title: 'Another' }, { 'idempotency-key': key });
  expect(reused.status()).toBe(422);
  expect((await reused.json()).error).toBe('idempotency_key_reused');
});

test('a NUL in a header value is refused at the HTTP layer (400), never a 500', async () => {
  for (const header of [`Authorization: Bearer ${E2E_API_TOKEN}\0x`, 'Idempotency-Key: a\0b']) {
    const status = await rawRequest(
      `POST /api/v1/notifications HTTP/1.1\r\nHost: localhost:${APP_PORT}\r\n${header}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
    );
    expect(status, header).toBeGreaterThanOrEqual(400);
    expect(status, header).toBeLessThan(500);
  }
});

test('sign-in with NUL or a lone surrogate in the e-mail is refused like wrong credentials', async ({ request }) => {
  for (const email of ['citizen\u0000@e2e.crieur.test', 'citizen@e2e.crieur.test\u0000', '\ud800@e2e.crieur.test']) {
    expect(await trySignIn(request, email, 'whatever-password')).toBeNull();
  }
});

test('an admin page with a NUL in its id answers 404', async ({ page, signIn }) => {
  await signIn('admin');
  expect((await page.goto('/admin/notifications/%00'))?.status()).toBe(404);
});

test('the service worker’s link rule is served as a script', async ({ request }) => {
  const res = await request.get('/link-rule.js');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/javascript/);
  expect(await res.text()).toContain('CrieurLinkRule');
});

test('the composer names the date that is out of range and says why', async ({ page, signIn }) => {
  await signIn('admin');
  await composeToPerson(page, `Far away ${Date.now()}`, 'citizen');
  const sendAt = page.getByLabel(/^Send at/);
  await sendAt.fill(localDateTime(400 * DAY));
  await page.getByRole('button', { name: 'Schedule the notification' }).click();
  await expect(page.getByText('A notification can be scheduled at most one year ahead.')).toBeVisible();
  await expect(sendAt).toHaveAttribute('aria-invalid', 'true');
  await sendAt.fill(localDateTime(2 * DAY));
  await page.getByLabel(/^Expires at/).fill(localDateTime(40 * DAY));
  await page.getByRole('button', { name: 'Schedule the notification' }).click();
  await expect(page.getByText(/^The expiry can be at most 28 days after sending/)).toBeVisible();
  await expect(page.getByLabel(/^Expires at/)).toBeFocused();
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('the composer says it in French', async ({ page, signIn }) => {
    await signIn('admin');
    await page.goto('/admin/compose');
    await page.getByLabel('Titre').fill('Trop loin');
    // No audience is preselected any more; the dates are checked once the rest of the draft is whole.
    await page.getByRole('radio', { name: 'Tout le monde', exact: true }).check();
    await page.getByLabel(/^Envoyer le/).fill(localDateTime(400 * DAY));
    await page.getByRole('button', { name: 'Programmer la notification' }).click();
    await expect(page.getByText('Une notification peut être programmée au plus un an à l’avance.')).toBeVisible();
  });
});

/** Sends raw bytes (fetch and Playwright refuse a NUL in a header) and returns the HTTP status of the answer. */
function rawRequest(raw: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(APP_PORT, '127.0.0.1', () => socket.write(Buffer.from(raw, 'latin1')));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}
