import { buildCapAlert } from '@/lib/cap/build-cap';
import { CAP_MEDIA_TYPE } from '@/lib/cap/build-atom';
import { notificationToCapAlert } from '@/lib/cap/notification-to-cap';
import { capPublisher } from '@/lib/cap/publish/cap-publisher';
import { sharedOrigin } from '@/lib/http/shared-origin';
import { getPublicAlert } from '@/lib/cap/publish/list-public-alerts';
import { getEnv } from '@/lib/env';

const FILE = /^([A-Za-z0-9_-]{1,64})\.xml$/;

// GET /alerts/<id>.xml — one public alert as a CAP 1.2 <alert> (one <info> per language). Public on purpose; any
// notification that is not a public alert (not critical, addressed to named people, cancelled…) is a 404.
export async function GET(req: Request, ctx: { params: Promise<{ file: string }> }): Promise<Response> {
  const id = FILE.exec((await ctx.params).file)?.[1];
  const alert = id ? await getPublicAlert(id) : null;
  if (!alert)
    return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { origin, cacheControl } = sharedOrigin(req.headers, 60);
  const xml = buildCapAlert(notificationToCapAlert(alert, capPublisher(getEnv(), origin)));
  return new Response(xml, {
    headers: { 'Content-Type': `${CAP_MEDIA_TYPE}; charset=utf-8`, 'Cache-Control': cacheControl },
  });
}
