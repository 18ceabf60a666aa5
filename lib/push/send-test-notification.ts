import 'server-only';
import { getT } from '../i18n/get-t';
import { listPushTargets } from '../subscriptions/list-push-targets';
import { recordPushOutcome, type PushOutcome } from '../subscriptions/record-push-outcome';
import { getPushSender } from './get-push-sender';
import type { PushPayload } from './payload';

export const TEST_NOTIFICATION_URL = '/settings/notifications';

/**
 * "Send me a test notification" (a confirmation push, as Discourse does): straight through the sender to the user's
 * devices (or to this one), not through the outbox, so the person sees at once whether push works here.
 */
export async function sendTestNotification(opts: { userId: string; endpoint?: string; payload?: PushPayload }): Promise<Record<PushOutcome, number>> {
  const targets = await listPushTargets(opts);
  const t = await getT('push');
  // The admin composer tests its draft the same way, with its own payload.
  const payload: PushPayload = opts.payload ?? {
    title: t('testTitle'),
    body: t('testBody'),
    url: TEST_NOTIFICATION_URL,
    icon: '/icons/icon-192.png',
    tag: 'crieur-test',
    renotify: true,
    actions: [{ action: 'open', title: t('open') }],
  };
  const json = JSON.stringify(payload);
  const sender = getPushSender();
  const counts: Record<PushOutcome, number> = { delivered: 0, gone: 0, failed: 0 };
  await Promise.all(
    targets.map(async (target) => {
      // Topic: a newer test replaces one still waiting at the push service.
      const result = await sender.send(target, json, { ttlSeconds: 300, urgency: 'normal', topic: 'crieur-test' });
      counts[await recordPushOutcome(target.id, result)]++;
    }),
  );
  return counts;
}
