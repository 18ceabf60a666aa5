import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { kysely } from '../db/client';
import { InvalidInputError } from '../errors/domain-error';
import { hhmmToMinutes, type PreferencesInput } from '../validation/preferences';

/** Replaces the followed topics and sets quiet hours and time zone in one transaction; unknown: InvalidInputError. */
export async function updatePreferences(user: UserPrincipal, input: PreferencesInput): Promise<void> {
  assertUser(user);
  const userId = user.id;
  await kysely()
    .transaction()
    .execute(async (trx) => {
      const topics = input.topics.length
        ? await trx
            .selectFrom('Topic')
            .select('id')
            .where('slug', 'in', input.topics)
            .where('archivedAt', 'is', null)
            .execute()
        : [];
      if (topics.length !== input.topics.length) throw new InvalidInputError('topics', 'topic_unknown');
      const topicIds = topics.map((t) => t.id);
      await trx
        .deleteFrom('UserTopic')
        .where('userId', '=', userId)
        .$if(topicIds.length > 0, (q) => q.where('topicId', 'not in', topicIds))
        .execute();
      if (topicIds.length) {
        await trx
          .insertInto('UserTopic')
          .values(topicIds.map((topicId) => ({ userId, topicId })))
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      await trx
        .updateTable('User')
        .set({
          timeZone: input.timeZone,
          quietStart: input.quietHours ? hhmmToMinutes(input.quietHours.start) : null,
          quietEnd: input.quietHours ? hhmmToMinutes(input.quietHours.end) : null,
        })
        .where('id', '=', userId)
        .execute();
    });
}
