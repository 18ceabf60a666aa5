import { createHash } from 'node:crypto';
import type { Urgency } from '../generated/prisma/enums';
import { MAX_LIFETIME_MS } from '../validation/notification';
import type { PushOptions, PushUrgency } from './types';

/** FCM's ceiling for TTL (28 days); longer values are refused by some services. Notifications expire within it. */
export const MAX_TTL_SECONDS = MAX_LIFETIME_MS / 1000;

/** RFC 8030 §5.2 TTL: the seconds left until the notification expires (0 = deliver now or drop). */
export function ttlSeconds(expiresAt: Date, now = new Date()): number {
  const left = Math.floor((expiresAt.getTime() - now.getTime()) / 1000);
  return Math.min(MAX_TTL_SECONDS, Math.max(0, left));
}

/**
 * RFC 8030 §5.4 Topic: at most 32 characters of the URL-safe base64 alphabet. A tag that already fits is used as
 * it is (readable in the push service's logs); any other tag is hashed, so equal tags still give equal topics.
 */
export function topicFromTag(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  if (/^[A-Za-z0-9_-]{1,32}$/.test(tag)) return tag;
  return createHash('sha256').update(tag).digest('base64url').slice(0, 32);
}

export const toPushUrgency = (u: Urgency): PushUrgency => (u === 'very_low' ? 'very-low' : u);

/** The per-message headers of one notification at the moment it is sent. */
export function buildPushOptions(
  n: { expiresAt: Date; urgency: Urgency; tag?: string | null },
  now = new Date(),
): PushOptions {
  const topic = topicFromTag(n.tag);
  return { ttlSeconds: ttlSeconds(n.expiresAt, now), urgency: toPushUrgency(n.urgency), ...(topic ? { topic } : {}) };
}
