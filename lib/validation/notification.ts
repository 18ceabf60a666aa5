import { z } from 'zod';

// One schema for the admin composer, the createNotification server action and POST /api/v1/notifications.
// Messages are codes: the composer translates them, the API returns them as they are (422 { fields }).

export const DEFAULT_LIFETIME_MS = 24 * 3600_000;
export const TITLE_MAX = 120;
export const BODY_MAX = 1000;
export const MAX_AUDIENCE_USERS = 10_000;

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'invalid_slug' })
  .max(64, { message: 'too_long' });

/** A link the device may open: a path of this portal ("/inbox") or an https URL. */
export function isSafeLink(v: string): boolean {
  // "//host" and "/\host" are protocol-relative in browsers: they would leave the site.
  if (v.startsWith('/')) return !v.startsWith('//') && !v.startsWith('/\\');
  try {
    return new URL(v).protocol === 'https:';
  } catch {
    return false;
  }
}

const link = z.string().trim().max(2048, { message: 'too_long' }).refine(isSafeLink, { message: 'invalid_url' });

// Forms send '' for an untouched field and JSON clients may send null: both mean "not set".
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const optionalDate = optional(z.coerce.date({ message: 'invalid_date' }).refine((d) => !Number.isNaN(d.getTime()), { message: 'invalid_date' }));

export const notificationActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ack'), title: z.string().trim().min(1, { message: 'required' }).max(40, { message: 'too_long' }) }),
  z.object({ type: z.literal('link'), title: z.string().trim().min(1, { message: 'required' }).max(40, { message: 'too_long' }), url: link }),
]);

export const audienceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('users'),
    // User ids or e-mail addresses, mixed freely.
    users: z
      .array(z.string().trim().min(1).max(254))
      .min(1, { message: 'audience_empty' })
      .max(MAX_AUDIENCE_USERS, { message: 'audience_too_large' }),
  }),
  z.object({ kind: z.literal('role'), role: z.enum(['citizen', 'admin'], { message: 'invalid_role' }) }),
  z.object({ kind: z.literal('topic'), topic: slugSchema }),
  z.object({ kind: z.literal('everyone') }),
], { message: 'invalid_audience' });

export const urgencySchema = z.enum(['very_low', 'low', 'normal', 'high'], { message: 'invalid_urgency' });

const notificationFields = {
  title: z.string().trim().min(1, { message: 'required' }).max(TITLE_MAX, { message: 'too_long' }),
  body: z.string().trim().max(BODY_MAX, { message: 'too_long' }).default(''),
  url: optional(link),
  icon: optional(link),
  image: optional(link),
  actions: z
    .array(notificationActionSchema)
    .max(2, { message: 'too_many_actions' })
    .refine((a) => a.filter((x) => x.type === 'ack').length <= 1, { message: 'one_ack_only' })
    .default([]),
  tag: optional(z.string().trim().min(1).max(64, { message: 'too_long' })),
  topic: optional(slugSchema),
  urgency: z.preprocess(blankToUndefined, urgencySchema.default('normal')),
  critical: z.preprocess((v) => (v === 'on' || v === 'true' ? true : v === 'false' ? false : blankToUndefined(v)), z.boolean().default(false)),
  expiresAt: optionalDate,
  scheduledAt: optionalDate,
  audience: audienceSchema,
};

function checkDates(v: { expiresAt?: Date; scheduledAt?: Date }, ctx: z.RefinementCtx) {
  if (!v.expiresAt) return;
  if (v.expiresAt.getTime() <= Date.now()) ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'expires_in_past' });
  else if (v.scheduledAt && v.expiresAt <= v.scheduledAt) ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'expires_before_schedule' });
}

export const notificationInputSchema = z.object(notificationFields).superRefine(checkDates);

/** Idempotency-Key header / client-generated key of the composer: printable ASCII, ≤ 255. */
export const idempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{1,255}$/, { message: 'invalid_idempotency_key' });

/** The composer's server action: the same fields plus the key generated when the form was opened (double submit). */
export const composeNotificationSchema = z
  .object({ ...notificationFields, idempotencyKey: idempotencyKeySchema })
  .superRefine(checkDates);

export type NotificationInput = z.infer<typeof notificationInputSchema>;
/** What a form or client holds before parsing (dates as strings, defaults not applied). */
export type NotificationInputDraft = z.input<typeof notificationInputSchema>;
export type Audience = z.infer<typeof audienceSchema>;
export type NotificationAction = z.infer<typeof notificationActionSchema>;

/** Default expiry: 24 h after the notification is due to leave (its schedule, else now). */
export function resolveExpiresAt(input: Pick<NotificationInput, 'expiresAt' | 'scheduledAt'>, now = new Date()): Date {
  if (input.expiresAt) return input.expiresAt;
  const start = input.scheduledAt && input.scheduledAt > now ? input.scheduledAt : now;
  return new Date(start.getTime() + DEFAULT_LIFETIME_MS);
}

/** The composer's live audience count: the audience and the topic that narrows it. */
export const audienceTargetSchema = z.object({ audience: audienceSchema, topic: optional(slugSchema) });

/** The admin console's actions on one notification (retry failed, cancel). */
export const notificationIdSchema = z.object({ id: z.string().trim().min(1).max(64) });
