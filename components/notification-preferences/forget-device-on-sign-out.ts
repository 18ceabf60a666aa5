import { onBeforeSignOut } from '../sign-out-button';
import { unsubscribeThisDevice } from './push-browser';

let registered = false;

/** Signing out removes this device's subscription (other devices keep theirs), so the next person here gets none. */
export function forgetDeviceOnSignOut() {
  if (registered || typeof window === 'undefined' || !('PushManager' in window)) return;
  registered = true;
  onBeforeSignOut(unsubscribeThisDevice);
}
