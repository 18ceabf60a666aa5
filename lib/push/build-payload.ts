// What crosses the push service for one notification. Pure (no server imports): the composer's payload meter
// uses the same code as the dispatcher.
import { textDirection } from '../i18n/text-direction';
import { isSafeLink, linkHref, sameOriginHref } from '../validation/link';
import type { NotificationAction } from '../validation/notification';
import {
  MAX_PUSH_PAYLOAD_BYTES,
  REPORT_TOKEN_LENGTH,
  type DeliveryReceipt,
  type PushAction,
  type PushPayload,
} from './payload';

/** Push services accept 4096 encrypted bytes (RFC 8030 §7.2). */
export const PUSH_MAX_BYTES = 4096;
/** RFC 8291 aes128gcm adds 86 bytes of header, 1 padding delimiter and a 16-byte tag to the plaintext. */
export const ENCRYPTION_OVERHEAD_BYTES = PUSH_MAX_BYTES - MAX_PUSH_PAYLOAD_BYTES;
/** Well under the 3993 the protocol allows: Firefox on Android rejected JSON over 3070 bytes. */
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
  /** The language of title and body (the recipient's variant, see notification-variant.ts). */
  lang?: string | null;
  createdAt?: Date;
};

/** The JSON the service worker shows (public/sw.js `push`): the shared PushPayload, with the inbox's fields. */
export type FullPayload = Omit<PushPayload, 'actions' | 'tag' | 'notificationId'> & {
  notificationId: string;
  /** Always set (the notification's id when it has no tag) so pages can find it with getNotifications({tag}). */
  tag: string;
  timestamp?: number;
  /** A link action carries the URL the service worker opens for it. */
  actions: Array<PushAction & { url?: string }>;
};

/** Only the id crosses the push service; the service worker fetches /api/notifications/[id] with the user's cookie. */
export type IdOnlyPayload = { notificationId: string } & Partial<DeliveryReceipt>;

/** What public/sw.js keeps on a notification it shows (notification.data), declarative ones included. */
export type NotificationData = { url: string; notificationId: string; links?: Record<string, string> };

/**
 * Declarative Web Push (w3c/push-api "declarative push message"; Safari 18.4+): the browser shows `notification`
 * itself when no service worker takes over. Every URL is absolute and of this portal (the parser resolves relative
 * ones against the worker's scope, but WebKit's first versions wanted absolute ones, and a click must not leave).
 */
export type DeclarativeNotification = {
  title: string;
  navigate: string;
  body: string;
  lang: string;
  dir: 'auto' | 'ltr' | 'rtl';
  tag: string;
  icon: string;
  badge: string;
  image?: string;
  timestamp?: number;
  renotify?: boolean;
  actions: Array<{ action: string; title: string; navigate: string }>;
  data: NotificationData;
};
export type DeclarativePayload = {
  web_push: 8030;
  notification: DeclarativeNotification;
  app_badge?: number;
  mutable: true;
};

/** Both forms in one JSON: declarative engines read web_push/notification, every service worker the rest. */
export type DualPayload = FullPayload & DeclarativePayload;

const encoder = new TextEncoder();
const byteLength = (s: string) => encoder.encode(s).length;

// A link the rule refuses (a row stored before it existed) is not pushed: the service worker would refuse it too.
export function fullPayload(n: PayloadSource): FullPayload {
  return {
    notificationId: n.id,
    title: n.title,
    body: n.body,
    ...(isSafeLink(n.url) ? { url: n.url } : {}),
    ...(isSafeLink(n.icon) ? { icon: n.icon } : {}),
    ...(isSafeLink(n.image) ? { image: n.image } : {}),
    ...(n.lang ? { lang: n.lang, dir: textDirection(n.lang) } : {}),
    tag: n.tag || n.id,
    // An update under the same tag replaces the old notification; renotify makes it ring again.
    ...(n.tag ? { renotify: true } : {}),
    ...(n.createdAt ? { timestamp: n.createdAt.getTime() } : {}),
    actions: (n.actions ?? [])
      .filter((a) => a.type === 'ack' || isSafeLink(a.url))
      .map((a, i) =>
        a.type === 'ack' ? { action: 'ack', title: a.title } : { action: `link-${i}`, title: a.title, url: a.url },
      ),
  };
}

const ICON = '/icons/icon-192.png';
const BADGE = '/icons/badge-72.png';

/** The declarative half for `origin` (the portal's public origin): what Safari shows without our worker. */
export function declarativePayload(full: FullPayload, origin: string): DeclarativePayload {
  const local = (path: string) => new URL(path, origin).href;
  const navigate = sameOriginHref(full.url, origin) ?? local('/');
  const image = linkHref(full.image, origin);
  const links: Record<string, string> = {};
  for (const a of full.actions) if (a.url) links[a.action] = a.url;
  return {
    web_push: 8030,
    notification: {
      title: full.title,
      navigate,
      body: full.body ?? '',
      // '' is the Notifications API's "unknown" (a payload built without a language).
      lang: full.lang ?? '',
      dir: full.dir ?? 'auto',
      tag: full.tag,
      // Pictures may come from elsewhere over https, as the worker allows (public/sw.js safeImage).
      icon: linkHref(full.icon, origin) ?? local(ICON),
      badge: local(BADGE),
      ...(image ? { image } : {}),
      ...(full.timestamp ? { timestamp: full.timestamp } : {}),
      ...(full.renotify ? { renotify: true } : {}),
      // A declarative action can only navigate: "OK" opens the message (acknowledging needs our worker), and a
      // link to another site is left to the worker, which opens it on an explicit click.
      actions: full.actions.flatMap((a) => {
        const to = a.url ? sameOriginHref(a.url, origin) : navigate;
        return to ? [{ action: a.action, title: a.title, navigate: to }] : [];
      }),
      data: { url: navigate, notificationId: full.notificationId, ...(Object.keys(links).length ? { links } : {}) },
    },
    mutable: true,
  };
}

/**
 * The pushed JSON carrying `unread` as app_badge and the delivery's receipt (when it has one: a test push has no
 * delivery): spliced in, so a fan-out serialises each notification once.
 */
export type BadgedJson = (unread: number, receipt?: DeliveryReceipt) => string;
/**
 * The same JSON in pieces (PushPayloadText): the message is one string shared by every device, only the receipt
 * before it and the badge after it are made per device.
 */
export type BadgedPieces = (unread: number, receipt?: DeliveryReceipt) => readonly string[];
const joined =
  (pieces: BadgedPieces): BadgedJson =>
  (unread, receipt) =>
    pieces(unread, receipt).join('');

/** Room kept for `"app_badge":<count>,` when measuring: a count of up to 10 digits. */
const BADGE_ROOM = byteLength('"app_badge":1234567890,');

const receiptMembers = (r: DeliveryReceipt | undefined) =>
  r ? `"deliveryId":${JSON.stringify(r.deliveryId)},"reportToken":${JSON.stringify(r.reportToken)},` : '';

/** Room kept for the receipt when measuring: a delivery id of up to 19 digits (a bigint) and its token. */
export const RECEIPT_ROOM = byteLength(
  receiptMembers({ deliveryId: '9'.repeat(19), reportToken: 'x'.repeat(REPORT_TOKEN_LENGTH) }),
);

// `{…}` with the receipt's members first (the service worker reads them wherever they are): the opening brace and
// the receipt are one piece, the rest of the object (kept, not rebuilt per device) the next.
function dualPieces(full: FullPayload, origin: string): BadgedPieces {
  // mutable comes last in declarativePayload: the badge goes just before it.
  const json = JSON.stringify({ ...full, ...declarativePayload(full, origin) } satisfies DualPayload);
  const middle = json.slice(1, -'"mutable":true}'.length);
  return (unread, receipt) => [
    `{${receiptMembers(receipt)}`,
    middle,
    `"app_badge":${Math.max(0, Math.trunc(unread))},"mutable":true}`,
  ];
}

/** A payload without a badge (the service worker's form alone, or the id only): only the receipt is spliced in. */
function plainPieces(json: string): BadgedPieces {
  const rest = json.slice(1);
  return (_unread, receipt) => (receipt ? [`{${receiptMembers(receipt)}`, rest] : [json]);
}

/**
 * The composer's meter measures with this origin, the same on the server and in the browser (its text is rendered
 * on both: a page-dependent origin would be a hydration mismatch); the dispatcher measures with the portal's.
 */
const METER_ORIGIN = 'https://crieur.example.org';

export type PayloadSize = { bytes: number; encryptedBytes: number; fits: boolean };

// Measured without a receipt, plus the room a receipt takes: every delivery's payload fits, whatever its id.
function sizeOf(json: BadgedJson): PayloadSize {
  const bytes = byteLength(json(0)) - byteLength('"app_badge":0,') + BADGE_ROOM + RECEIPT_ROOM;
  return { bytes, encryptedBytes: bytes + ENCRYPTION_OVERHEAD_BYTES, fits: bytes <= PAYLOAD_BUDGET_BYTES };
}

/** Size of what is pushed (both forms, and room for the badge) against the budget (the composer's meter). */
export function measurePayload(n: PayloadSource, origin = METER_ORIGIN): PayloadSize {
  return sizeOf(joined(dualPieces(fullPayload(n), origin)));
}

export type BuiltPayload = { json: BadgedJson; pieces: BadgedPieces; idOnly: boolean };

const built = (pieces: BadgedPieces, idOnly: boolean): BuiltPayload => ({ json: joined(pieces), pieces, idOnly });

/**
 * The JSON to push: the whole notification in both forms when it fits the budget, else (or in private mode) only its
 * id, which our worker completes but a declarative engine cannot (see README, Safari). Without `origin` (no public
 * origin configured) only the service worker's form is sent.
 */
export function buildPayload(n: PayloadSource, opts: { private?: boolean; origin?: string | null } = {}): BuiltPayload {
  if (!opts.private) {
    const full = fullPayload(n);
    if (!opts.origin) {
      const json = JSON.stringify(full);
      if (byteLength(json) + RECEIPT_ROOM <= PAYLOAD_BUDGET_BYTES) return built(plainPieces(json), false);
    } else {
      const pieces = dualPieces(full, opts.origin);
      if (sizeOf(joined(pieces)).fits) return built(pieces, false);
    }
  }
  // Private mode too carries the receipt: a few dozen bytes that say nothing about the message.
  return built(plainPieces(JSON.stringify({ notificationId: n.id } satisfies IdOnlyPayload)), true);
}
