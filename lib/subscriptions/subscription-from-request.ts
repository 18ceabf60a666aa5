import 'server-only';
import { getMessages } from '../i18n/get-t';
import type { SubscriptionInput } from '../validation/subscription';
import { describeUserAgent } from './describe-user-agent';
import { buildDeviceName } from './device-name';
import type { SubscriptionData } from './save-subscription';

/** The row to store for a browser's subscription: keys, the VAPID key it was made with, a readable device name. */
export async function subscriptionFromRequest(
  req: Request,
  input: SubscriptionInput,
  vapidPublicKey: string,
): Promise<SubscriptionData> {
  const userAgent = req.headers.get('user-agent')?.slice(0, 512) ?? null;
  return {
    endpoint: input.endpoint,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    vapidPublicKey,
    userAgent,
    name: buildDeviceName(describeUserAgent(userAgent), await getMessages('push')),
  };
}
