import 'server-only';
import { getVapidPublicKey } from '@/lib/push/vapid-keys';

// Without VAPID keys (a dev server started without them) push is unavailable: pages say so instead of failing.
export function vapidKeyOrNull(): string | null {
  try {
    return getVapidPublicKey();
  } catch {
    return null;
  }
}
