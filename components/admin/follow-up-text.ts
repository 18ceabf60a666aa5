// The console's sentences about what happened to a notification: why a delivery waits, what it reached, who it was
// for. Pure (no request, no database) so that the wording in both languages is unit-tested.
import type { HeldReason } from '@/lib/notifications/explain-delivery';
import { formatDate } from '@/lib/i18n/format-date';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';

export type FollowUpContext = { locale: Locale; timeZone: string; now: Date; t: Messages<'admin'> };

/** "07:00" when it is today in the admin's zone, else date and time: a clerk reads "held until 07:00" at a glance. */
export function formatDueTime(at: Date, ctx: FollowUpContext): string {
  const zone = { locale: ctx.locale, timeZone: ctx.timeZone };
  const sameDay = formatDate(at, { ...zone, style: 'date' }) === formatDate(ctx.now, { ...zone, style: 'date' });
  return formatDate(at, { ...zone, style: sameDay ? 'time' : 'dateTime' });
}

export function describeHeldReason(reason: HeldReason, ctx: FollowUpContext): string {
  const time = formatDueTime(reason.at, ctx);
  if (reason.kind === 'retry') {
    return formatMessage(ctx.locale, ctx.t.heldRetry, { time, attempt: reason.attempt, max: reason.maxAttempts });
  }
  return formatMessage(ctx.locale, reason.kind === 'scheduled' ? ctx.t.heldScheduled : ctx.t.heldQuietHours, { time });
}

/** "In 1 inbox, no device": every recipient gets the message in the inbox, devices are the push side of it. */
type Words = Pick<FollowUpContext, 'locale' | 't'>;

export function describeReach(reach: { recipients: number; devices: number }, ctx: Words) {
  return formatMessage(ctx.locale, ctx.t.reachText, reach);
}

type AudienceJson = { kind?: unknown; role?: unknown; users?: unknown; topic?: unknown };

/** Who a notification was addressed to, from its stored audience and the topic it was filed under. */
export function describeAudience(audience: unknown, topicName: string | null, ctx: Words): string {
  const a = (audience && typeof audience === 'object' ? audience : {}) as AudienceJson;
  const { t, locale } = ctx;
  let text: string;
  if (a.kind === 'everyone') text = t.audience_everyone;
  else if (a.kind === 'role') text = a.role === 'admin' ? t.audience_role_admin : t.audience_role_citizen;
  else if (a.kind === 'users') {
    text = formatMessage(locale, t.audience_users, { count: Array.isArray(a.users) ? a.users.length : 0 });
  } else if (a.kind === 'topic') {
    return formatMessage(locale, t.audience_topic, { topic: topicName ?? String(a.topic ?? '') });
  } else text = t.none; // a kind this console does not know yet: say nothing rather than something wrong
  return topicName ? formatMessage(locale, t.audienceInTopic, { audience: text, topic: topicName }) : text;
}
