import 'server-only';
import { InvalidInputError } from '../errors/domain-error';
import { getVapidPublicKey } from '../push/vapid-keys';

/**
 * The server's VAPID key, after checking the browser subscribed with it: a subscription made with a rotated-out key
 * can never receive our pushes, so storing it would only hide the problem (the page re-subscribes on 422).
 */
export function assertCurrentVapidKey(applicationServerKey: string | undefined): string {
  const current = getVapidPublicKey();
  if (applicationServerKey && applicationServerKey.replace(/=+$/, '') !== current) {
    throw new InvalidInputError('applicationServerKey', 'stale_vapid_key');
  }
  return current;
}
