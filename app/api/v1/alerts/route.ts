import { withApiToken } from '@/lib/auth/with-api-token';
import { withCapErrors } from '@/lib/cap/ingest/cap-error-answer';
import { importCapAlert } from '@/lib/cap/ingest/import-cap-alert';
import { readCapBody } from '@/lib/cap/ingest/read-cap-body';

// POST /api/v1/alerts — import a CAP 1.2 alert (Alert, Update or Cancel) as a notification (Bearer token)
export const POST = withApiToken(async (req, { caller }) => {
  const xml = await readCapBody(req);
  const r = await withCapErrors(() => importCapAlert(xml, { apiTokenId: caller.id }));
  const headers: Record<string, string> = r.id ? { Location: `/api/v1/notifications/${r.id}` } : {};
  if (r.id && !r.created) headers['Idempotent-Replayed'] = 'true';
  return Response.json(r, { status: r.created ? 201 : 200, headers });
});
