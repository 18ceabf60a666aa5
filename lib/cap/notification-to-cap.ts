import { languagesOf, variantOf, type VariantSource } from '../push/notification-variant';
import type { NotificationInput } from '../validation/notification';
import type { CapAlert, CapCategory, CapReference } from './cap-types';

/**
 * A stored Crieur notification as CAP needs it: its content in its own language and its translations (as stored,
 * see lib/push/notification-variant.ts), and when it left and expires.
 */
export type OutgoingNotification = VariantSource & {
  id: string;
  sentAt: Date;
  expiresAt: Date;
  critical: boolean;
  urgency: NotificationInput['urgency'];
  /** Its topic's name, which CAP calls the event ("Roadworks"); the title stands in without a topic. */
  event?: string;
  category?: CapCategory;
  /** Administrators' test sends are CAP "Test" messages. */
  status?: 'Actual' | 'Test' | 'Exercise';
  /** Cancel or Update of earlier CAP messages of this portal (sent with a new id). */
  msgType?: 'Alert' | 'Update' | 'Cancel';
  references?: CapReference[];
};

export type CapPublisher = {
  /** The portal's CAP sender id, e.g. "alerts@town.example" (§3.2.1: no spaces, commas, < or &). */
  sender: string;
  /** The town's name, shown by CAP readers as <senderName>. */
  senderName: string;
  /** The portal's origin ("https://town.example"): local links become absolute <web> URIs. */
  origin: string;
  /** The area every alert of the portal covers (<areaDesc>, e.g. "City of Example"). */
  areaDesc: string;
};

/**
 * A Crieur notification as a CAP 1.2 alert: one <info> per language, its own first, each as a reader of that language
 * gets it (a translation without a link has the default's), critical ones Severe and Immediate (the inverse of the
 * rule capToNotification applies), every <info> expiring with the notification.
 */
export function notificationToCapAlert(n: OutgoingNotification, publisher: CapPublisher): CapAlert {
  const sent = new Date(Math.floor(n.sentAt.getTime() / 1000) * 1000);
  return {
    identifier: n.id,
    sender: publisher.sender,
    sent,
    status: n.status ?? 'Actual',
    msgType: n.msgType ?? 'Alert',
    scope: 'Public',
    codes: [],
    references: n.references ?? [],
    infos: languagesOf(n)
      .map((lang) => variantOf(n, lang))
      .map((v) => ({
        language: v.lang,
        categories: [n.category ?? 'Other'],
        event: n.event ?? v.title,
        responseTypes: [],
        urgency: n.critical || n.urgency === 'high' ? 'Immediate' : 'Future',
        severity: n.critical ? 'Severe' : 'Minor',
        certainty: 'Observed',
        eventCodes: [],
        effective: sent,
        expires: new Date(Math.floor(n.expiresAt.getTime() / 1000) * 1000),
        senderName: publisher.senderName,
        headline: v.title,
        ...(v.body ? { description: v.body } : {}),
        ...(v.url ? { web: absoluteLink(v.url, publisher.origin) } : {}),
        parameters: [],
        resources: [],
        areas: [{ areaDesc: publisher.areaDesc, polygons: [], circles: [], geocodes: [] }],
      })),
  };
}

// The portal's own paths ("/inbox/…") become absolute; other links are kept exactly as the author wrote them.
const absoluteLink = (url: string, origin: string) => (url.startsWith('/') ? new URL(url, origin).href : url);
