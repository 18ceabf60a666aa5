import 'server-only';
import { db } from '../../db/client';
import { deviceEffectOf, type Outcome } from './outcome';

/**
 * Applies one push's outcome to its device, by the outbox's rule (deviceEffectOf): a success sets lastSuccessAt and
 * clears the failures, a gone device is deleted, a failed request counts one more failure. For pushes outside the
 * outbox (test pushes); the outbox writes the same effect for a whole batch in one statement. Only while the device
 * still has the endpoint pushed to: one replaced meanwhile (same row, new endpoint) is not the one that answered.
 */
export async function recordPushOutcome(
  device: { id: string; endpoint: string },
  outcome: Outcome,
  attempted = true,
): Promise<void> {
  const where = { id: device.id, endpoint: device.endpoint };
  const devices = db().pushSubscription;
  const effect = deviceEffectOf(outcome, attempted);
  if (effect === 'success') await devices.updateMany({ where, data: { lastSuccessAt: new Date(), failureCount: 0 } });
  else if (effect === 'remove') await devices.deleteMany({ where });
  else if (effect === 'failure') await devices.updateMany({ where, data: { failureCount: { increment: 1 } } });
}
