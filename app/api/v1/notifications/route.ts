import { withApiToken } from '@/lib/auth/with-api-token';
import { HttpError } from '@/lib/http/json-error';
import { createNotification } from '@/lib/notifications/create-notification';
import { idempotencyKeySchema, notificationInputSchema } from '@/lib/validation/notification';

// An explicit user list of 10 000 e-mail addresses is ~300 KB.
const MAX_BODY_BYTES = 512 * 1024;

// POST /api/v1/notifications — create a notification for other systems
// (Bearer token; Idempotency-Key makes retries safe)
export const POST = withApiToken(
  async (req, { caller, body }) => {
    const header = req.headers.get('idempotency-key');
    const key = header === null ? undefined : idempotencyKeySchema.safeParse(header);
    if (key && !key.success)
      throw new HttpError(422, 'invalid', { fields: { 'Idempotency-Key': 'invalid_idempotency_key' } });
    const r = await createNotification(body, { source: 'api', apiTokenId: caller.id, idempotencyKey: key?.data });
    return Response.json(
      { id: r.id, recipients: r.recipients, deliveries: r.deliveries, unknownUsers: r.unknownUsers },
      {
        status: r.created ? 201 : 200,
        headers: { Location: `/api/v1/notifications/${r.id}`, ...(r.created ? {} : { 'Idempotent-Replayed': 'true' }) },
      },
    );
  },
  { body: notificationInputSchema, maxBytes: MAX_BODY_BYTES },
);
