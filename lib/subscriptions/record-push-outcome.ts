import 'server-only';
import { db } from '../db/client';
import type { PushResult } from '../push/types';

export type PushOutcome = 'delivered' | 'gone' | 'failed';

/** What a push service's answer means for the subscription: 2xx → delivered; 404/410 → the browser dropped it. */
export function classifyPushResult(result: PushResult): PushOutcome {
  if (result.kind === 'response' && result.statusCode >= 200 && result.statusCode < 300) return 'delivered';
  if (result.kind === 'response' && (result.statusCode === 404 || result.statusCode === 410)) return 'gone';
  return 'failed';
}

/** Records the outcome on the subscription: lastSuccessAt, removal of a gone one, or one more failure. */
export async function recordPushOutcome(subscriptionId: string, result: PushResult): Promise<PushOutcome> {
  const outcome = classifyPushResult(result);
  const where = { id: subscriptionId };
  if (outcome === 'delivered') await db().pushSubscription.updateMany({ where, data: { lastSuccessAt: new Date(), failureCount: 0 } });
  else if (outcome === 'gone') await db().pushSubscription.deleteMany({ where });
  else await db().pushSubscription.updateMany({ where, data: { failureCount: { increment: 1 } } });
  return outcome;
}
