import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { db } from '../db/client';
import { InvalidInputError } from '../errors/domain-error';
import { hhmmToMinutes, type PreferencesInput } from '../validation/preferences';

/** Replaces the followed topics and sets quiet hours and time zone in one transaction; unknown: InvalidInputError. */
export async function updatePreferences(user: UserPrincipal, input: PreferencesInput): Promise<void> {
  assertUser(user);
  const userId = user.id;
  await db().$transaction(async (tx) => {
    const topics = await tx.topic.findMany({
      where: { slug: { in: input.topics }, archivedAt: null },
      select: { id: true },
    });
    if (topics.length !== input.topics.length) throw new InvalidInputError('topics', 'topic_unknown');
    await tx.userTopic.deleteMany({ where: { userId, topicId: { notIn: topics.map((t) => t.id) } } });
    await tx.userTopic.createMany({ data: topics.map((t) => ({ userId, topicId: t.id })), skipDuplicates: true });
    await tx.user.update({
      where: { id: userId },
      data: {
        timeZone: input.timeZone,
        quietStart: input.quietHours ? hhmmToMinutes(input.quietHours.start) : null,
        quietEnd: input.quietHours ? hhmmToMinutes(input.quietHours.end) : null,
      },
    });
  });
}
