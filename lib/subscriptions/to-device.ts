import push from '../../messages/push';
import { LOCALES } from '../i18n/locales';
import { describeUserAgent } from './describe-user-agent';
import { buildDeviceName, type DeviceNameWords } from './device-name';

/** What a device row gives to its owner's pages: the facts its name is built from, and a name they typed, if any. */
export type Device = {
  id: string;
  /** As stored: the name built on the day it was added, in that day's language, or one the person typed. */
  name: string;
  browser: string | null;
  os: string | null;
  /** The name the person gave it (Rename), shown as is; null: the name is built in the reader's language. */
  customName: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  lastSuccessAt: Date | null;
};

/** The columns toDevice reads, for Kysely's select and returning. */
export const DEVICE_COLUMNS = ['id', 'name', 'userAgent', 'createdAt', 'lastSeenAt', 'lastSuccessAt'] as const;

/** The same columns as Prisma's `select`. */
export const DEVICE_SELECT = Object.fromEntries(DEVICE_COLUMNS.map((c) => [c, true])) as {
  [C in (typeof DEVICE_COLUMNS)[number]]: true;
};

type DeviceRow = Omit<Device, 'browser' | 'os' | 'customName'> & { userAgent: string | null };

/**
 * A stored name that is what we would build for its User-Agent in one of our languages was built by us, not typed:
 * it is rebuilt in the reader's language. Anything else is the person's own name (Rename) and kept as typed.
 */
export function toDevice({ userAgent, ...row }: DeviceRow): Device {
  const described = describeUserAgent(userAgent);
  return { ...row, ...described, customName: customNameOf(row.name, described) };
}

function customNameOf(name: string, described: ReturnType<typeof describeUserAgent>): string | null {
  return LOCALES.some((l) => buildDeviceName(described, push[l]) === name) ? null : name;
}

/**
 * The one rule wherever a device's name is shown (owner's pages, admin console, prune preview, delivery log): the
 * name the person typed, as typed, else the name built from its User-Agent in the reader's language.
 */
export function deviceNameFor(row: { name: string; userAgent: string | null }, words: DeviceNameWords): string {
  const described = describeUserAgent(row.userAgent);
  return customNameOf(row.name, described) ?? buildDeviceName(described, words);
}

/**
 * A copy of a device's name taken when it was used (Delivery.deviceName): rebuilt by the same rule while the device
 * still exists to say what it runs; once it is gone, nothing tells a built name from a typed one, so shown as stored.
 */
export function copiedDeviceNameFor(
  name: string,
  device: { userAgent: string | null } | null,
  words: DeviceNameWords,
): string {
  return device ? deviceNameFor({ name, userAgent: device.userAgent }, words) : name;
}
