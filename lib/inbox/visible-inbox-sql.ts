import { SQL_NOW } from '../db/sql-time';

/** A notification (n) citizens may see: not cancelled, and not before its scheduled time (its rows exist earlier). */
export const PUBLISHED = `n."cancelledAt" IS NULL AND (n."scheduledAt" IS NULL OR n."scheduledAt" <= ${SQL_NOW})`;

/** An inbox row (r) shown in the list: published and not forgotten. */
export const VISIBLE_INBOX = `r."forgottenAt" IS NULL AND ${PUBLISHED}`;
