import { describe, expect, it } from 'vitest';
import { parseDeclarativePush } from '@/test/declarative-push-parser';
import {
  buildPayload,
  fullPayload,
  measurePayload,
  PAYLOAD_BUDGET_BYTES,
  PUSH_MAX_BYTES,
  RECEIPT_ROOM,
  type PayloadSource,
} from './build-payload';

const n = {
  id: 'cnotif1',
  title: 'Storm',
  body: 'Stay home tonight',
  url: '/inbox',
  tag: null,
  icon: null,
  image: null,
  actions: [
    { type: 'ack' as const, title: 'OK' },
    { type: 'link' as const, title: 'Details', url: 'https://meteo.example/x' },
  ],
  createdAt: new Date('2026-01-01T00:00:00Z'),
};

const ORIGIN = 'https://crieur.test';

describe('buildPayload', () => {
  it('pushes the whole notification when it fits, with the id as tag and action ids the service worker knows', () => {
    const { json, idOnly } = buildPayload(n);
    expect(idOnly).toBe(false);
    expect(JSON.parse(json(0))).toEqual({
      notificationId: 'cnotif1',
      title: 'Storm',
      body: 'Stay home tonight',
      url: '/inbox',
      tag: 'cnotif1',
      timestamp: Date.parse('2026-01-01T00:00:00Z'),
      actions: [
        { action: 'ack', title: 'OK' },
        { action: 'link-1', title: 'Details', url: 'https://meteo.example/x' },
      ],
    });
    expect(JSON.parse(buildPayload({ ...n, tag: 'storm' }).json(0))).toMatchObject({ tag: 'storm', renotify: true });
  });

  it('falls back to the id alone over budget (counting UTF-8 bytes) and in private mode', () => {
    // 1000 × "é" is 2000 bytes: with a long image URL the JSON passes 3000 bytes although it has < 3000 characters.
    const big = { ...n, body: 'é'.repeat(1000), image: `https://img.example/${'a'.repeat(1000)}` };
    expect(measurePayload(big).fits).toBe(false);
    expect(measurePayload(big).bytes).toBeGreaterThan(PAYLOAD_BUDGET_BYTES);
    for (const built of [
      buildPayload(big),
      buildPayload(n, { private: true }),
      buildPayload(n, { private: true, origin: ORIGIN }),
    ]) {
      expect(built.idOnly).toBe(true);
      expect(built.json(3)).toBe('{"notificationId":"cnotif1"}');
    }
  });

  it('measures the encrypted size against 4096', () => {
    const m = measurePayload(n);
    expect(m.encryptedBytes).toBe(m.bytes + 103);
    expect(m.fits).toBe(true);
  });
});

describe('links stored before the link rule existed', () => {
  it('are left out of the pushed payload instead of reaching devices', () => {
    const bad = '/\t/evil.example/';
    const p = JSON.parse(
      buildPayload({
        ...n,
        url: bad,
        icon: bad,
        image: 'https://x.example/\n',
        actions: [
          { type: 'link' as const, title: 'Evil', url: bad },
          { type: 'ack' as const, title: 'OK' },
          { type: 'link' as const, title: 'Map', url: '/map' },
        ],
      }).json(0),
    );
    expect(p).not.toHaveProperty('url');
    expect(p).not.toHaveProperty('icon');
    expect(p).not.toHaveProperty('image');
    expect(p.actions).toEqual([
      { action: 'ack', title: 'OK' },
      { action: 'link-1', title: 'Map', url: '/map' },
    ]);
  });
});

describe('the declarative form (Declarative Web Push), sent with the service worker’s', () => {
  const dual = (src: PayloadSource = n, unread = 4) => buildPayload(src, { origin: ORIGIN }).json(unread);

  it('is a valid declarative push message with absolute same-origin URLs, the unread count and mutable', () => {
    const parsed = parseDeclarativePush(dual({ ...n, url: '/inbox/cnotif1' }), ORIGIN);
    expect(parsed).toMatchObject({
      title: 'Storm',
      navigate: `${ORIGIN}/inbox/cnotif1`,
      appBadge: 4,
      mutable: true,
      data: {
        url: `${ORIGIN}/inbox/cnotif1`,
        notificationId: 'cnotif1',
        links: { 'link-1': 'https://meteo.example/x' },
      },
    });
    // "OK" cannot acknowledge without a worker: it opens the message. The link to another site is left to the worker.
    expect(parsed.actions).toEqual([{ action: 'ack', title: 'OK', navigate: `${ORIGIN}/inbox/cnotif1` }]);
    expect(JSON.parse(dual()).notification).toMatchObject({
      body: 'Stay home tonight',
      lang: '',
      dir: 'auto',
      tag: 'cnotif1',
      icon: `${ORIGIN}/icons/icon-192.png`,
      badge: `${ORIGIN}/icons/badge-72.png`,
      timestamp: Date.parse('2026-01-01T00:00:00Z'),
    });
  });

  it('keeps every field today’s service worker reads, unchanged', () => {
    const json = JSON.parse(dual(n, 0));
    const { web_push: _w, notification: _n, app_badge: badge, mutable: _m, ...legacy } = json;
    expect(legacy).toEqual(fullPayload(n));
    expect(badge).toBe(0);
  });

  it('never navigates away: an outside or refused link opens the portal, same-origin link actions are kept', () => {
    const parsed = parseDeclarativePush(
      dual({
        ...n,
        url: 'https://elsewhere.example/',
        actions: [
          { type: 'link' as const, title: 'Map', url: '/map' },
          { type: 'link' as const, title: 'Out', url: 'https://elsewhere.example/x' },
        ],
      }),
      ORIGIN,
    );
    expect(parsed.navigate).toBe(`${ORIGIN}/`);
    expect(parsed.actions).toEqual([{ action: 'link-0', title: 'Map', navigate: `${ORIGIN}/map` }]);
  });

  it('renotify only with a tag, as showNotification requires', () => {
    expect(JSON.parse(dual({ ...n, tag: 'storm' })).notification).toMatchObject({ tag: 'storm', renotify: true });
    expect(JSON.parse(dual()).notification).not.toHaveProperty('renotify');
  });

  it('is not sent without a public origin (relative URLs): the service worker’s form alone', () => {
    expect(JSON.parse(buildPayload(n).json(2))).not.toHaveProperty('web_push');
  });
});

describe('the budget counts both forms', () => {
  const bytes = (s: string) => new TextEncoder().encode(s).length;

  it('measures at least what is sent, whatever the unread count, within the 4096 encrypted bytes', () => {
    const m = measurePayload(n, ORIGIN);
    for (const unread of [0, 9, 12_345, 9_999_999_999]) {
      expect(bytes(buildPayload(n, { origin: ORIGIN }).json(unread))).toBeLessThanOrEqual(m.bytes);
    }
    expect(m.encryptedBytes).toBeLessThanOrEqual(PUSH_MAX_BYTES);
  });

  it('counts the delivery receipt: the largest delivery id and its token fit in what was measured', () => {
    const receipt = { deliveryId: '9223372036854775807', reportToken: 'x'.repeat(22) };
    const m = measurePayload(n, ORIGIN);
    const sent = buildPayload(n, { origin: ORIGIN }).json(9_999_999_999, receipt);
    expect(bytes(sent)).toBeLessThanOrEqual(m.bytes);
    expect(m.bytes - bytes(buildPayload(n, { origin: ORIGIN }).json(9_999_999_999))).toBe(RECEIPT_ROOM);
    // The service worker's form alone: a message that fits only without the receipt goes as its id.
    const plain = bytes(buildPayload(n).json(0));
    const edge = { ...n, body: n.body + 'x'.repeat(PAYLOAD_BUDGET_BYTES - plain - RECEIPT_ROOM + 1) };
    expect(buildPayload(edge).idOnly).toBe(true);
    expect(buildPayload({ ...edge, body: edge.body.slice(1) }).idOnly).toBe(false);
  });

  const receipt = { deliveryId: '42', reportToken: 'A'.repeat(22) };
  /** The three forms a delivery can take: the worker's alone, both forms, the id only. */
  const everyForm = () => [
    buildPayload(n),
    buildPayload(n, { origin: ORIGIN }),
    buildPayload(n, { private: true, origin: ORIGIN }),
  ];

  it('carries the receipt in every form, private (id-only) included', () => {
    for (const built of everyForm()) {
      expect(JSON.parse(built.json(1, receipt))).toMatchObject(receipt);
      expect(JSON.parse(built.json(1))).not.toHaveProperty('deliveryId');
    }
    expect(buildPayload(n, { private: true }).json(0, receipt)).toBe(
      `{"deliveryId":"42","reportToken":"${'A'.repeat(22)}","notificationId":"cnotif1"}`,
    );
  });

  it('gives the same JSON in pieces, the message one piece that every device shares', () => {
    for (const built of everyForm()) {
      for (const r of [receipt, undefined]) expect(built.pieces(3, r).join('')).toBe(built.json(3, r));
    }
    const dual = buildPayload(n, { origin: ORIGIN });
    const [a, b] = [dual.pieces(1, receipt), dual.pieces(7, { ...receipt, deliveryId: '43' })];
    expect(a).toHaveLength(3);
    expect(a[1]).toBe(b[1]);
    expect(a[1]).toContain(n.body);
    expect(a[0] + a[2]).not.toContain(n.body);
  });

  it('falls back to the id alone when the declarative copy no longer fits, although the old form alone would', () => {
    const long = { ...n, body: 'x'.repeat(1800) };
    expect(bytes(buildPayload(long).json(0))).toBeLessThan(PAYLOAD_BUDGET_BYTES);
    expect(buildPayload(long).idOnly).toBe(false);
    expect(measurePayload(long, ORIGIN).fits).toBe(false);
    expect(buildPayload(long, { origin: ORIGIN })).toMatchObject({ idOnly: true });
  });
});

describe('the language of a payload', () => {
  it('carries lang and its direction in both forms, so the system reads and lays out the text right', () => {
    const json = JSON.parse(buildPayload({ ...n, lang: 'fr' }, { origin: ORIGIN }).json(0));
    expect(json).toMatchObject({ lang: 'fr', dir: 'ltr', notification: { lang: 'fr', dir: 'ltr' } });
    const rtl = JSON.parse(buildPayload({ ...n, lang: 'ar' }, { origin: ORIGIN }).json(0));
    expect(rtl).toMatchObject({ lang: 'ar', dir: 'rtl', notification: { lang: 'ar', dir: 'rtl' } });
    expect(fullPayload({ ...n, lang: 'he-IL' }).dir).toBe('rtl');
  });

  it('says nothing it does not know: no lang → the Notifications API’s unknown ("" and auto)', () => {
    expect(fullPayload(n)).not.toHaveProperty('lang');
    expect(JSON.parse(buildPayload(n, { origin: ORIGIN }).json(0)).notification).toMatchObject({
      lang: '',
      dir: 'auto',
    });
  });
});
