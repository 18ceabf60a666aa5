import { sql, type RawBuilder } from 'kysely';

// Conditions shared by every inbox query, on the aliases they all use: n = "Notification", r = "NotificationRecipient".

/** A notification (n) citizens may see: not cancelled, and not before its scheduled time (its rows exist earlier). */
export const PUBLISHED: RawBuilder<boolean> = sql<boolean>`n."cancelledAt" IS NULL
  AND (n."scheduledAt" IS NULL OR n."scheduledAt" <= now())`;

/** An inbox row (r) shown in the list: published and not forgotten. */
export const VISIBLE_INBOX: RawBuilder<boolean> = sql<boolean>`r."forgottenAt" IS NULL AND ${PUBLISHED}`;
