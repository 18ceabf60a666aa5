import { buildAtomFeed, CAP_MEDIA_TYPE, atomTagUri } from '@/lib/cap/build-atom';
import { capPublisher } from '@/lib/cap/publish/cap-publisher';
import { listPublicAlerts } from '@/lib/cap/publish/list-public-alerts';
import { getEnv } from '@/lib/env';
import { requestOrigin } from '@/lib/http/request-origin';

export const dynamic = 'force-dynamic';

// GET /alerts.atom — the town's current public alerts (critical, to the public, not expired) as an Atom feed whose
// entries link to their CAP 1.2 documents, as national aggregators and alerting apps read them. Public on purpose.
export async function GET(req: Request): Promise<Response> {
  const origin = requestOrigin(req.headers);
  const publisher = capPublisher(getEnv(), origin);
  const host = new URL(origin).hostname;
  const alerts = await listPublicAlerts();
  const xml = buildAtomFeed({
    id: `${origin}/alerts.atom`,
    title: `${publisher.senderName} — public alerts`,
    selfUrl: `${origin}/alerts.atom`,
    author: { name: publisher.senderName, uri: origin },
    entries: alerts.map((a) => ({
      id: atomTagUri(host, a.sentAt, `alerts/${a.id}`),
      title: a.variants[0].title,
      updated: a.sentAt,
      published: a.sentAt,
      ...(a.variants[0].body ? { summary: a.variants[0].body } : {}),
      links: a.variants.map((v) => ({
        href: `${origin}/alerts/${a.id}.xml`,
        type: CAP_MEDIA_TYPE,
        hreflang: v.language,
      })),
    })),
  });
  return new Response(xml, {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}
