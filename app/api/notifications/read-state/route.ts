import { z } from 'zod';
import { withUser } from '@/lib/auth/with-user';
import { getReadNotificationIds } from '@/lib/inbox/get-read-states';
import { idText } from '@/lib/validation/text';

const ids = z
  .string()
  .default('')
  .transform((v) => v.split(',').filter(Boolean));
const query = z.object({ ids: ids.pipe(z.array(idText()).max(100)) });

// GET /api/notifications/read-state?ids=a,b — which of these notifications shown on a device I already read elsewhere
export const GET = withUser(async (req, { user }) => {
  const { ids } = query.parse(Object.fromEntries(new URL(req.url).searchParams));
  const read = await getReadNotificationIds(user, { notificationIds: ids });
  return Response.json({ read }, { headers: { 'Cache-Control': 'private, no-store' } });
});
