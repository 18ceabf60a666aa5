import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { db } from '../db/client';
import { minutesToHhmm, type Preferences } from '../validation/preferences';

/** The citizen's topics, quiet hours and time zone, in the shape the form and PUT /api/preferences use. */
export async function getPreferences(principal: UserPrincipal): Promise<Preferences> {
  assertUser(principal);
  const user = await db().user.findUniqueOrThrow({
    where: { id: principal.id },
    select: {
      timeZone: true,
      quietStart: true,
      quietEnd: true,
      topics: { select: { topic: { select: { slug: true, archivedAt: true } } } },
    },
  });
  return {
    topics: user.topics
      .filter((t) => !t.topic.archivedAt)
      .map((t) => t.topic.slug)
      .sort(),
    quietHours:
      user.quietStart !== null && user.quietEnd !== null
        ? { start: minutesToHhmm(user.quietStart), end: minutesToHhmm(user.quietEnd) }
        : null,
    timeZone: user.timeZone,
  };
}
