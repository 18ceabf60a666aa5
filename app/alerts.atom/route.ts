import { buildAtomFeed, CAP_MEDIA_TYPE, atomTagUri } from '@/lib/cap/build-atom';
import { capPublisher } from '@/lib/cap/publish/cap-publisher';
import { sharedOrigin } from '@/lib/http/shared-origin';
import { listPublicAlerts } from '@/lib/cap/publish/list-public-alerts';
import { getEnv } from '@/lib/env';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { languagesOf, variantOf } from '@/lib/push/notification-variant';

export const dynamic = 'force-dynamic';

// GET /alerts.atom — the town's current public alerts (critical, to the public, not expired) as an Atom feed whose
// entries link to their CAP 1.2 documents, as national aggregators and alerting apps read them. Public on purpose.
export async function GET(req: Request): Promise<Response> {
  const { origin, cacheControl } = sharedOrigin(req.headers, 60);
  const publisher = capPublisher(getEnv(), origin);
  const host = new URL(origin).hostname;
  const alerts = await listPublicAlerts();
  const xml = buildAtomFeed({
    id: `${origin}/alerts.atom`,
    title: `${publisher.senderName} — public alerts`,
    selfUrl: `${origin}/alerts.atom`,
    author: { name: publisher.senderName, uri: origin },
    // One entry per alert, titled in the portal's default language when the alert has it; one link per language.
    entries: alerts.map((a) => {
      const shown = variantOf(a, DEFAULT_LOCALE);
      return {
        id: atomTagUri(host, a.sentAt, `alerts/${a.id}`),
        title: shown.title,
        language: shown.lang,
        updated: a.sentAt,
        published: a.sentAt,
        ...(shown.body ? { summary: shown.body } : {}),
        links: languagesOf(a).map((lang) => ({
          href: `${origin}/alerts/${a.id}.xml`,
          type: CAP_MEDIA_TYPE,
          hreflang: lang,
        })),
      };
    }),
  });
  return new Response(xml, {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': cacheControl },
  });
}
