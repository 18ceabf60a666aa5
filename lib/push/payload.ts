// What public/sw.js's `push` handler understands (JSON; a non-JSON payload is shown as the body of a plain
// notification). Every sender of notifications (test notification, dispatcher) builds this shape.

export type PushAction = { action: string; title: string };

export type PushPayload = {
  title: string;
  body?: string;
  /** Opened (or focused) on click; same-origin path. */
  url?: string;
  icon?: string;
  image?: string;
  /** Same tag replaces the previous notification on the device; renotify makes the replacement alert again. */
  tag?: string;
  renotify?: boolean;
  notificationId?: string;
  actions?: PushAction[];
  /** The language of title and body (BCP 47) and its writing direction: the Notifications API's lang and dir. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
} & Partial<DeliveryReceipt>;

/**
 * Which delivery the device's service worker reports as shown or opened (POST /api/push/receipts), with the proof
 * that it was sent to that device: the delivery's report token (lib/push/receipts/report-token.ts).
 */
export type DeliveryReceipt = { deliveryId: string; reportToken: string };

export { REPORT_TOKEN_LENGTH } from '../validation/report-token-length';

/**
 * RFC 8291 with one 4096-byte record: 4096 − 86 (salt, record size, key id) − 16 (tag) − 1 (delimiter). Push
 * services refuse larger bodies (413).
 */
export const MAX_PUSH_PAYLOAD_BYTES = 3993;
