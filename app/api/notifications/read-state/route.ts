import { z } from 'zod';
import { withUser } from '@/lib/auth/with-user';
import { HttpError } from '@/lib/http/json-error';
import { getReadNotificationIds } from '@/lib/inbox/get-read-states';

const idsSchema = z.array(z.string().min(1).max(40)).max(100);

// GET /api/notifications/read-state?ids=a,b — which of these notifications shown on a device I already read elsewhere
export const GET = withUser(async (req, { user }) => {
  const parsed = idsSchema.safeParse((new URL(req.url).searchParams.get('ids') ?? '').split(',').filter(Boolean));
  if (!parsed.success) throw new HttpError(422, 'invalid', { fields: { ids: 'invalid' } });
  const read = await getReadNotificationIds({ userId: user.id, notificationIds: parsed.data });
  return Response.json({ read }, { headers: { 'Cache-Control': 'private, no-store' } });
});
