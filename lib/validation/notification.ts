import { z } from 'zod';
import { isSafeLink } from './link';
import { idText, lineText, multilineText } from './text';
import { localeSchema } from './user';

export { isSafeLink } from './link';

// One schema for the admin composer, the createNotification server action and POST /api/v1/notifications.
// Messages are codes: the composer translates them, the API returns them as they are (422 { fields }).

export const DEFAULT_LIFETIME_MS = 24 * 3600_000;
/** The push TTL ceiling (FCM refuses more; lib/push's MAX_TTL_SECONDS): a later expiry could never be honoured. */
export const MAX_LIFETIME_MS = 28 * 24 * 3600_000;
/** How far ahead a notification may be scheduled. */
export const MAX_SCHEDULE_AHEAD_MS = 365 * 24 * 3600_000;
/** A schedule "now" from a form filled a minute ago, or a client whose clock is a little behind, is still now. */
export const SCHEDULE_PAST_TOLERANCE_MS = 5 * 60_000;
export const TITLE_MAX = 120;
export const BODY_MAX = 1000;
export const MAX_AUDIENCE_USERS = 10_000;

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'invalid_slug' })
  .max(64, { message: 'too_long' });

// No trim: a link with surrounding whitespace is refused like any other whitespace in it (public/link-rule.js).
const link = z.string().max(2048, { message: 'too_long' }).refine(isSafeLink, { message: 'invalid_url' });

// Forms send '' for an untouched field and JSON clients may send null: both mean "not set".
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
// One instant, whatever the server's zone: an RFC 3339 date-time with its offset (Z or ±hh:mm), a real calendar day
// and time. z.coerce.date took [2027] (1 January), true, "Dec 25 2026" (the server's midnight) or 30 February
// (rolled over to March). The composer sends toISOString() of its datetime-local, read in the admin's zone.
const instant = z.iso.datetime({ offset: true, message: 'invalid_date' }).transform((s) => new Date(s));
const optionalDate = optional(instant);
const buttonTitle = () => lineText().min(1, { message: 'required' }).max(40, { message: 'too_long' });

export const notificationActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ack'), title: buttonTitle() }),
  z.object({ type: z.literal('link'), title: buttonTitle(), url: link }),
]);

export const audienceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('users'),
      // User ids or e-mail addresses, mixed freely.
      users: z
        .array(lineText().min(1).max(254))
        .min(1, { message: 'audience_empty' })
        .max(MAX_AUDIENCE_USERS, { message: 'audience_too_large' }),
    }),
    z.object({ kind: z.literal('role'), role: z.enum(['citizen', 'admin'], { message: 'invalid_role' }) }),
    z.object({ kind: z.literal('topic'), topic: slugSchema }),
    z.object({ kind: z.literal('everyone') }),
  ],
  { message: 'invalid_audience' },
);

export const urgencySchema = z.enum(['very_low', 'low', 'normal', 'high'], { message: 'invalid_urgency' });

const titleSchema = () => lineText().min(1, { message: 'required' }).max(TITLE_MAX, { message: 'too_long' });
const bodySchema = () => multilineText().max(BODY_MAX, { message: 'too_long' }).default('');
const actionsSchema = () =>
  z
    .array(notificationActionSchema)
    .max(2, { message: 'too_many_actions' })
    .refine((a) => a.filter((x) => x.type === 'ack').length <= 1, { message: 'one_ack_only' });

/**
 * One language's version of what a person reads: the same rules as the default fields. A variant without `url` or
 * `actions` takes the default's (a link is usually the same page in every language).
 */
export const notificationVariantSchema = z.object({
  title: titleSchema(),
  body: bodySchema(),
  url: optional(link),
  actions: optional(actionsSchema()),
});

// The portal's languages as validation knows them (lib/validation imports nothing of lib/i18n, whose getLocale reads
// the session): the same list as LOCALES, default first, which notification.test.ts checks.
export const languageSchema = z.enum(localeSchema.options, { message: 'invalid_language' });
export const DEFAULT_LANGUAGE = localeSchema.options[0];
const isLanguage = (code: string) => (localeSchema.options as readonly string[]).includes(code);

/** Variants by language code; only the portal's languages (LOCALES), and not the default fields' own language. */
const translationsSchema = z.record(z.string(), notificationVariantSchema).superRefine((record, ctx) => {
  for (const code of Object.keys(record)) {
    if (!isLanguage(code)) ctx.addIssue({ code: 'custom', path: [code], message: 'invalid_language' });
  }
});

const notificationFields = {
  /** The language of title, body, url and actions (DEFAULT_LANGUAGE when absent): the variant for everyone else. */
  lang: optional(languageSchema),
  title: titleSchema(),
  body: bodySchema(),
  url: optional(link),
  icon: optional(link),
  image: optional(link),
  actions: actionsSchema().default([]),
  translations: optional(translationsSchema),
  tag: optional(lineText().min(1).max(64, { message: 'too_long' })),
  topic: optional(slugSchema),
  urgency: z.preprocess(blankToUndefined, urgencySchema.default('normal')),
  critical: z.preprocess(
    (v) => (v === 'on' || v === 'true' ? true : v === 'false' ? false : blankToUndefined(v)),
    z.boolean().default(false),
  ),
  expiresAt: optionalDate,
  scheduledAt: optionalDate,
  audience: audienceSchema,
};

/**
 * Every instant is bounded: a schedule at most a year ahead (and not in the past beyond a small tolerance), an
 * expiry after the schedule (or now) and at most the push TTL ceiling after it. Unbounded dates used to reach
 * date arithmetic and PostgreSQL (year 275760) and fail there as a 500.
 */
function checkDates(v: { expiresAt?: Date; scheduledAt?: Date }, ctx: z.RefinementCtx) {
  const now = Date.now();
  const scheduled = v.scheduledAt?.getTime();
  if (scheduled !== undefined) {
    if (scheduled < now - SCHEDULE_PAST_TOLERANCE_MS) issue(ctx, 'scheduledAt', 'scheduled_in_past');
    else if (scheduled > now + MAX_SCHEDULE_AHEAD_MS) issue(ctx, 'scheduledAt', 'scheduled_too_far');
  }
  const expires = v.expiresAt?.getTime();
  if (expires === undefined) return;
  const start = Math.max(now, scheduled ?? now);
  if (expires <= now) issue(ctx, 'expiresAt', 'expires_in_past');
  else if (scheduled !== undefined && expires <= scheduled) issue(ctx, 'expiresAt', 'expires_before_schedule');
  else if (expires > start + MAX_LIFETIME_MS) issue(ctx, 'expiresAt', 'expires_too_far');
}

const issue = (ctx: z.RefinementCtx, field: string, message: string) =>
  ctx.addIssue({ code: 'custom', path: [field], message });

// The dates are checked whenever they themselves parsed, even if another field did not (a composer with no audience
// chosen yet): every mistake is named at once, instead of the date's only after the rest is fixed.
const DATE_FIELDS = new Set<PropertyKey>(['scheduledAt', 'expiresAt']);
const datesParsed = {
  when: (p: z.core.ParsePayload) =>
    typeof p.value === 'object' &&
    p.value !== null &&
    !p.issues.some((i) => !i.path?.length || DATE_FIELDS.has(i.path[0])),
};

/** A variant in the default fields' own language would never be read: refused rather than silently dropped. */
function checkLanguages(v: { lang?: string; translations?: Translations }, ctx: z.RefinementCtx) {
  const lang = v.lang ?? DEFAULT_LANGUAGE;
  if (v.translations && Object.hasOwn(v.translations, lang)) {
    ctx.addIssue({ code: 'custom', path: ['translations', lang], message: 'duplicate_language' });
  }
}

export const notificationInputSchema = z
  .object(notificationFields)
  .superRefine(checkDates, datesParsed)
  .superRefine(checkLanguages);

/** Idempotency-Key header / client-generated key of the composer: printable ASCII, ≤ 255. */
export const idempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{1,255}$/, { message: 'invalid_idempotency_key' });

/**
 * The composer's server action: the same fields plus the key generated when the form was opened (double submit) and,
 * above the confirmation threshold, the number of recipients the person confirmed.
 */
export const composeNotificationSchema = z
  .object({
    ...notificationFields,
    idempotencyKey: idempotencyKeySchema,
    confirmedRecipients: optional(z.number({ message: 'invalid' }).int({ message: 'invalid' }).min(0).max(1e9)),
  })
  .superRefine(checkDates, datesParsed)
  .superRefine(checkLanguages);

export type NotificationInput = z.infer<typeof notificationInputSchema>;
/** What a form or client holds before parsing (dates as strings, defaults not applied). */
export type NotificationInputDraft = z.input<typeof notificationInputSchema>;
export type Audience = z.infer<typeof audienceSchema>;
export type NotificationAction = z.infer<typeof notificationActionSchema>;
export type NotificationVariant = z.infer<typeof notificationVariantSchema>;
/** Stored as Notification.translations; keys are LOCALES other than the notification's `lang`. */
export type Translations = { [code: string]: NotificationVariant };

/** Default expiry: 24 h after the notification is due to leave (its schedule, else now). */
export function resolveExpiresAt(input: Pick<NotificationInput, 'expiresAt' | 'scheduledAt'>, now = new Date()): Date {
  if (input.expiresAt) return input.expiresAt;
  const start = input.scheduledAt && input.scheduledAt > now ? input.scheduledAt : now;
  return new Date(start.getTime() + DEFAULT_LIFETIME_MS);
}

/** The composer's live audience count: the audience alone decides who receives a notification. */
export const audienceTargetSchema = z.object({ audience: audienceSchema });

/** The admin console's actions on one notification (retry failed, cancel). */
export const notificationIdSchema = z.object({ id: idText() });

/** What a notification's delivery log can be narrowed to (DeliveryStatus, in the order the page offers them). */
export const DELIVERY_LOG_STATUSES = ['pending', 'sending', 'failed', 'gone', 'sent', 'expired', 'cancelled'] as const;

/** A page number in a URL: one that does not parse is the first page, not an error page. */
export const pageNumber = () => z.coerce.number().int().min(1).max(1_000_000).default(1).catch(1);

// The detail page's GET parameters. A value that does not parse is dropped (the whole log, its first page), not an
// error page: these come from a URL anyone can edit.
export const deliveryLogQuerySchema = z.object({
  status: z.enum(DELIVERY_LOG_STATUSES).optional().catch(undefined),
  page: pageNumber(),
});

/** The history page's: the chart's window and the page of notifications, newest first. */
export const historyQuerySchema = z.object({
  range: z.enum(['24h', '7d']).default('24h').catch('24h'),
  page: pageNumber(),
});
export type HistoryQuery = z.infer<typeof historyQuerySchema>;

/** The inbox page's: which page of the messages. */
export const inboxQuerySchema = z.object({ page: pageNumber() });
export type DeliveryLogQuery = z.infer<typeof deliveryLogQuerySchema>;
