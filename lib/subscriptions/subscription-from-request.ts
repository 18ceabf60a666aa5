import 'server-only';
import { getT } from '../i18n/get-t';
import type { SubscriptionInput } from '../validation/subscription';
import { describeUserAgent } from './describe-user-agent';
import type { SubscriptionData } from './save-subscription';

/** The row to store for a browser's subscription: keys, the VAPID key it was made with, a readable device name. */
export async function subscriptionFromRequest(req: Request, input: SubscriptionInput, vapidPublicKey: string): Promise<SubscriptionData> {
  const userAgent = req.headers.get('user-agent')?.slice(0, 512) ?? null;
  return {
    endpoint: input.endpoint,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    vapidPublicKey,
    userAgent,
    name: await deviceName(userAgent),
  };
}

async function deviceName(userAgent: string | null): Promise<string> {
  const t = await getT('push');
  const { browser, os } = describeUserAgent(userAgent);
  if (!browser && !os) return t('unknownDevice');
  if (!os) return browser!;
  return t('deviceName', { browser: browser ?? t('unknownBrowser'), os });
}
