import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '../http/json-error';
import { composeNotificationSchema, isSafeLink, notificationInputSchema, resolveExpiresAt } from './notification';

const base = { title: 'Hello', audience: { kind: 'everyone' } };
const errors = (v: unknown) => {
  const r = notificationInputSchema.safeParse(v);
  return r.success ? {} : zodFieldErrors(r.error.issues);
};

describe('notificationInputSchema', () => {
  it('applies defaults', () => {
    expect(notificationInputSchema.parse(base)).toEqual({
      title: 'Hello', body: '', actions: [], urgency: 'normal', critical: false, audience: { kind: 'everyone' },
    });
  });

  it('accepts every audience kind and normalises form values', () => {
    const v = notificationInputSchema.parse({
      ...base, url: '/inbox', icon: '', image: null, urgency: '', critical: 'on', topic: ' Roadworks ',
      scheduledAt: '2099-01-01T10:00:00Z', expiresAt: '2099-01-02T10:00:00Z',
      audience: { kind: 'users', users: ['u1', 'a@b.org'] },
      actions: [{ type: 'ack', title: 'OK' }, { type: 'link', title: 'See', url: 'https://example.org/x' }],
    });
    expect(v).toMatchObject({ url: '/inbox', icon: undefined, image: undefined, urgency: 'normal', critical: true, topic: 'roadworks' });
    expect(v.scheduledAt).toEqual(new Date('2099-01-01T10:00:00Z'));
    for (const audience of [{ kind: 'role', role: 'admin' }, { kind: 'topic', topic: 'waste' }]) {
      expect(notificationInputSchema.safeParse({ ...base, audience }).success).toBe(true);
    }
  });

  it('names the field of each mistake', () => {
    expect(errors({ ...base, title: ' ' })).toEqual({ title: 'required' });
    expect(errors({ ...base, title: 'x'.repeat(121) })).toEqual({ title: 'too_long' });
    expect(errors({ ...base, body: 'x'.repeat(1001) })).toEqual({ body: 'too_long' });
    expect(errors({ ...base, url: 'http://example.org' })).toEqual({ url: 'invalid_url' });
    expect(errors({ ...base, url: '//evil.example' })).toEqual({ url: 'invalid_url' });
    expect(errors({ ...base, icon: 'javascript:alert(1)' })).toEqual({ icon: 'invalid_url' });
    expect(errors({ ...base, urgency: 'urgent' })).toEqual({ urgency: 'invalid_urgency' });
    expect(errors({ ...base, topic: 'Not a slug!' })).toEqual({ topic: 'invalid_slug' });
    expect(errors({ ...base, audience: { kind: 'users', users: [] } })).toEqual({ 'audience.users': 'audience_empty' });
    expect(errors({ ...base, audience: { kind: 'planet' } })).toEqual({ 'audience.kind': 'invalid_audience' });
    expect(errors({ ...base, audience: { kind: 'role', role: 'mayor' } })).toEqual({ 'audience.role': 'invalid_role' });
    expect(errors({ ...base, actions: [{ type: 'ack', title: 'OK' }, { type: 'ack', title: 'Yes' }] })).toEqual({ actions: 'one_ack_only' });
    expect(errors({ ...base, actions: [1, 2, 3].map(() => ({ type: 'link', title: 'x', url: '/x' })) })).toEqual({ actions: 'too_many_actions' });
    expect(errors({ ...base, actions: [{ type: 'link', title: 'x', url: 'ftp://x' }] })).toEqual({ 'actions.0.url': 'invalid_url' });
    expect(errors({ ...base, expiresAt: 'soon' })).toEqual({ expiresAt: 'invalid_date' });
    expect(errors({ ...base, expiresAt: '2000-01-01T00:00:00Z' })).toEqual({ expiresAt: 'expires_in_past' });
    expect(errors({ ...base, scheduledAt: '2099-01-02T00:00:00Z', expiresAt: '2099-01-01T00:00:00Z' })).toEqual({ expiresAt: 'expires_before_schedule' });
  });

  it('requires the composer’s idempotency key', () => {
    expect(composeNotificationSchema.safeParse(base).success).toBe(false);
    expect(composeNotificationSchema.parse({ ...base, idempotencyKey: 'abc-123' }).idempotencyKey).toBe('abc-123');
  });

  it('defaults the expiry to 24 h after the notification is due', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(resolveExpiresAt({}, now)).toEqual(new Date('2026-01-02T00:00:00Z'));
    expect(resolveExpiresAt({ scheduledAt: new Date('2026-01-05T00:00:00Z') }, now)).toEqual(new Date('2026-01-06T00:00:00Z'));
  });

  it('only lets notifications link to this portal or https', () => {
    expect(['/a', '/a?b#c', 'https://x.org/'].every(isSafeLink)).toBe(true);
    expect(['//x.org', '/\\x.org', 'http://x.org', 'data:text/html,x', 'inbox'].some(isSafeLink)).toBe(false);
  });
});
