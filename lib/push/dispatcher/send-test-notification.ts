import 'server-only';
import { recordTestSend } from '../../audit/record-test-send';
import { assertUser, type UserPrincipal } from '../../principal/principal';
import { getDatabase } from '../../db/client';
import { getEnv } from '../../env';
import { getLocale, getT } from '../../i18n/get-t';
import { jsonLogger } from '../../log/logger';
import { buildPayload, fullPayload, type PayloadSource } from '../build-payload';
import { storeTestPush } from '../test-pushes/store-test-push';
import { listPushTargets } from '../../subscriptions/list-push-targets';
import { recordPushOutcome } from './record-push-outcome';
import type { Urgency } from '../../generated/prisma/enums';
import { buildPushOptions } from '../build-push-options';
import { dispatcherOptionsFromEnv } from './dispatcher-options-from-env';
import { classifyOutcome, SINGLE_ATTEMPT_POLICY } from './outcome';
import { createUnreadCounts } from './unread-counts';
import { getPushSender } from '../get-push-sender';
import { logFailedPush } from './log-failed-push';
import { PayloadOverBudgetError } from './payload-over-budget-error';
import type { PushTarget } from '../types';

export const TEST_NOTIFICATION_URL = '/settings/notifications';
/** A test not shown within 5 minutes is of no use: the push service may drop it then (TTL). */
const TEST_LIFETIME_MS = 5 * 60_000;

/** A message to test, as the outbox would push it. The id is empty: a test has no inbox entry to mark read. */
export type TestMessage = Omit<PayloadSource, 'id' | 'createdAt'> & { tag: string; urgency?: Urgency };

/** What the push services answered, device by device: delivered (2xx), gone (404/410, removed), failed. */
export type TestPushCounts = { delivered: number; gone: number; failed: number };

/**
 * "Send me a test notification" (a confirmation push, as Discourse does), and the composer's test of its draft: to
 * the user's own devices (or to this one), at once, so the person sees whether push works here. It is the outbox's
 * path without the queue: the same payload and budget (buildPayload: both forms, the unread badge), the same sender,
 * the same answer rules (outcome.ts, tried once) and their effect on the device, the same log line for a failure.
 * With PUSH_PRIVATE_PAYLOADS=1, as for a notification, only an id crosses the push service (test-pushes/).
 */
export async function sendTestNotification(
  user: UserPrincipal,
  opts: { endpoint?: string; message?: TestMessage } = {},
): Promise<TestPushCounts> {
  assertUser(user);
  const targets = await listPushTargets(user, opts);
  const message = opts.message ?? (await defaultTestMessage());
  const counts = targets.length ? await pushToTargets(user, targets, message) : { delivered: 0, gone: 0, failed: 0 };
  // Recorded once it went out (a refused draft sent nothing): what it said and what the devices answered.
  await recordTestSend(user, { title: message.title, draft: Boolean(opts.message), counts });
  return counts;
}

async function pushToTargets(
  user: UserPrincipal,
  targets: Array<PushTarget & { id: string }>,
  message: TestMessage,
): Promise<TestPushCounts> {
  const counts: TestPushCounts = { delivered: 0, gone: 0, failed: 0 };
  const { origin, privatePayloads } = dispatcherOptionsFromEnv(getEnv());
  // Over the budget the outbox pushes the id only: a draft has no inbox entry to fetch, so it is refused instead
  // (the same answer with private payloads, so that a draft's test does not depend on the setting).
  const source = { id: '', ...message };
  const built = buildPayload(source, { origin });
  if (built.idOnly) throw new PayloadOverBudgetError();
  const expiresAt = new Date(Date.now() + TEST_LIFETIME_MS);
  const json = privatePayloads
    ? // Nothing readable crosses the push service: the device fetches the test by this id (GET /api/push/test/[id]).
      JSON.stringify({ testPushId: await storeTestPush(user, { content: fullPayload(source), expiresAt }) })
    : built.json(await unreadCount(user));
  const options = buildPushOptions({ expiresAt, urgency: message.urgency ?? 'normal', tag: message.tag });
  const sender = getPushSender();
  const log = jsonLogger({ component: 'push-test' });
  await Promise.all(
    targets.map(async (target) => {
      const result = await sender.send(target, json, options);
      const now = new Date();
      const outcome = classifyOutcome(result, { attempts: 1, expiresAt, now, policy: SINGLE_ATTEMPT_POLICY });
      await recordPushOutcome(target, outcome);
      logFailedPush(log, outcome, { endpoint: target.endpoint, subscriptionId: target.id, userId: user.id });
      counts[outcome.status === 'sent' ? 'delivered' : outcome.status === 'gone' ? 'gone' : 'failed']++;
    }),
  );
  return counts;
}

/** The person's unread count for the test's badge, as the outbox gives a notification's. */
async function unreadCount(user: UserPrincipal): Promise<number> {
  const unread = createUnreadCounts(getDatabase().sql);
  await unread.load([user.id]);
  return unread.get(user.id);
}

async function defaultTestMessage(): Promise<TestMessage> {
  const [t, lang] = await Promise.all([getT('push'), getLocale()]);
  return {
    // Written in the person's language, and says so: the system then picks the voice and the direction for it.
    lang,
    title: t('testTitle'),
    body: t('testBody'),
    url: TEST_NOTIFICATION_URL,
    icon: '/icons/icon-192.png',
    // The topic too (buildPushOptions): a newer test replaces one still waiting at the push service.
    tag: 'crieur-test',
    actions: [{ type: 'link', title: t('open'), url: TEST_NOTIFICATION_URL }],
  };
}
