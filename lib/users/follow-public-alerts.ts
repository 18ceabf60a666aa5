import 'server-only';
import { db } from '../db/client';
import { PUBLIC_ALERTS_TOPIC } from '../validation/cap-settings';

/**
 * What a new account's creation adds so that it follows the Public alerts topic from the start (issue #16: every
 * resident receives public alerts unless they leave the topic in their preferences). Written into the account's own
 * create (a nested write: one statement, so no account exists without it); nothing when an administrator archived
 * or deleted the topic.
 */
export async function publicAlertsFollow() {
  const topic = await db().topic.findFirst({
    where: { slug: PUBLIC_ALERTS_TOPIC, archivedAt: null },
    select: { id: true },
  });
  return topic ? { topics: { create: [{ topicId: topic.id }] } } : {};
}
