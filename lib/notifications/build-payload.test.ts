import { describe, expect, it } from 'vitest';
import { buildPayload, measurePayload, PAYLOAD_BUDGET_BYTES } from './build-payload';

const n = {
  id: 'cnotif1', title: 'Storm', body: 'Stay home tonight', url: '/inbox', tag: null, icon: null, image: null,
  actions: [{ type: 'ack' as const, title: 'OK' }, { type: 'link' as const, title: 'Details', url: 'https://meteo.example/x' }],
  createdAt: new Date('2026-01-01T00:00:00Z'),
};

describe('buildPayload', () => {
  it('pushes the whole notification when it fits, with the id as tag and action ids the service worker knows', () => {
    const { json, idOnly } = buildPayload(n);
    expect(idOnly).toBe(false);
    expect(JSON.parse(json)).toEqual({
      notificationId: 'cnotif1', title: 'Storm', body: 'Stay home tonight', url: '/inbox', tag: 'cnotif1',
      timestamp: Date.parse('2026-01-01T00:00:00Z'),
      actions: [{ action: 'ack', title: 'OK' }, { action: 'link-1', title: 'Details', url: 'https://meteo.example/x' }],
    });
    expect(JSON.parse(buildPayload({ ...n, tag: 'storm' }).json)).toMatchObject({ tag: 'storm', renotify: true });
  });

  it('falls back to the id alone over budget (counting UTF-8 bytes) and in private mode', () => {
    // 1000 × "é" is 2000 bytes: with a long image URL the JSON passes 3000 bytes although it has < 3000 characters.
    const big = { ...n, body: 'é'.repeat(1000), image: `https://img.example/${'a'.repeat(1000)}` };
    expect(measurePayload(big).fits).toBe(false);
    expect(measurePayload(big).bytes).toBeGreaterThan(PAYLOAD_BUDGET_BYTES);
    expect(buildPayload(big)).toEqual({ json: '{"notificationId":"cnotif1"}', idOnly: true });
    expect(buildPayload(n, { private: true })).toEqual({ json: '{"notificationId":"cnotif1"}', idOnly: true });
  });

  it('measures the encrypted size against 4096', () => {
    const m = measurePayload(n);
    expect(m.encryptedBytes).toBe(m.bytes + 103);
    expect(m.fits).toBe(true);
  });
});
