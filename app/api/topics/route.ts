import { withUser } from '@/lib/auth/with-user';
import { requestLocale } from '@/lib/i18n/request-locale';
import { listActiveTopics } from '@/lib/topics/list-active-topics';

// GET /api/topics — the topics one can follow, named and described in the reader's language (else the default's)
export const GET = withUser(async (req, { user }) => {
  const locale = requestLocale(req.headers, user.locale);
  return Response.json(
    { topics: await listActiveTopics(locale) },
    { headers: { 'Content-Language': locale, Vary: 'Accept-Language, Cookie' } },
  );
});
