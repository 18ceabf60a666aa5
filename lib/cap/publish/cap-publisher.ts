import type { Env } from '../../env';
import type { CapPublisher } from '../notification-to-cap';

/** The portal as a CAP sender, from the configuration and the origin the alerts are read at. */
export function capPublisher(
  env: Pick<Env, 'CAP_SENDER' | 'CAP_SENDER_NAME' | 'CAP_AREA_DESC'>,
  origin: string,
): CapPublisher {
  return {
    // §3.2.1: "an identifier … an Internet domain name": alerts@<host> unless the town names its own.
    sender: env.CAP_SENDER ?? `alerts@${new URL(origin).hostname}`,
    senderName: env.CAP_SENDER_NAME,
    origin,
    areaDesc: env.CAP_AREA_DESC,
  };
}
