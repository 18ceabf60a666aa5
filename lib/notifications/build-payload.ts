// What crosses the push service for one notification. Pure (no server imports): the composer's payload meter
// uses the same code as the dispatcher.
import type { NotificationAction } from '../validation/notification';

/** RFC 8291 aes128gcm adds 86 bytes of header, 1 padding delimiter and a 16-byte tag to the plaintext. */
export const ENCRYPTION_OVERHEAD_BYTES = 103;
/** Push services accept 4096 encrypted bytes (RFC 8030 §7.2); Firefox on Android rejected JSON over 3070. */
export const PUSH_MAX_BYTES = 4096;
export const PAYLOAD_BUDGET_BYTES = 3000;

export type PayloadSource = {
  id: string;
  title: string;
  body: string;
  url?: string | null;
  icon?: string | null;
  image?: string | null;
  tag?: string | null;
  actions?: NotificationAction[] | null;
  createdAt?: Date;
};

/** The JSON the service worker shows (public/sw.js `push`). */
export type FullPayload = {
  notificationId: string;
  title: string;
  body: string;
  url?: string;
  icon?: string;
  image?: string;
  /** Always set (the notification's id when it has no tag) so pages can find it with getNotifications({tag}). */
  tag: string;
  renotify?: boolean;
  timestamp?: number;
  actions: Array<{ action: string; title: string; url?: string }>;
};

/** Only the id crosses the push service; the service worker fetches /api/notifications/[id] with the user's cookie. */
export type IdOnlyPayload = { notificationId: string };

const encoder = new TextEncoder();
const byteLength = (s: string) => encoder.encode(s).length;

export function fullPayload(n: PayloadSource): FullPayload {
  return {
    notificationId: n.id,
    title: n.title,
    body: n.body,
    ...(n.url ? { url: n.url } : {}),
    ...(n.icon ? { icon: n.icon } : {}),
    ...(n.image ? { image: n.image } : {}),
    tag: n.tag || n.id,
    // An update under the same tag replaces the old notification; renotify makes it ring again.
    ...(n.tag ? { renotify: true } : {}),
    ...(n.createdAt ? { timestamp: n.createdAt.getTime() } : {}),
    actions: (n.actions ?? []).map((a, i) => (a.type === 'ack' ? { action: 'ack', title: a.title } : { action: `link-${i}`, title: a.title, url: a.url })),
  };
}

/** Size of the full payload against the budget (the composer's meter). */
export function measurePayload(n: PayloadSource): { bytes: number; encryptedBytes: number; fits: boolean } {
  const bytes = byteLength(JSON.stringify(fullPayload(n)));
  return { bytes, encryptedBytes: bytes + ENCRYPTION_OVERHEAD_BYTES, fits: bytes <= PAYLOAD_BUDGET_BYTES };
}

/** The JSON to push: the whole notification when it fits the budget, else (or in private mode) only its id. */
export function buildPayload(n: PayloadSource, opts: { private?: boolean } = {}): { json: string; idOnly: boolean } {
  if (!opts.private) {
    const json = JSON.stringify(fullPayload(n));
    if (byteLength(json) <= PAYLOAD_BUDGET_BYTES) return { json, idOnly: false };
  }
  return { json: JSON.stringify({ notificationId: n.id } satisfies IdOnlyPayload), idOnly: true };
}
