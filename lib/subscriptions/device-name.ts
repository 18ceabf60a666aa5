import type { DeviceDescription } from './describe-user-agent';

/** The words a device name is built from, in one language (messages/push.ts). */
export type DeviceNameWords = { deviceName: string; unknownBrowser: string; unknownDevice: string };

/**
 * "Firefox on Android" in the reader's language. Built where it is shown (the browser's cell, with the reader's
 * words) from what the User-Agent says, so a device added on a French day does not stay French for an English
 * reader. Shared by the server, which still stores one, and rebuilds it for the admin console (deviceNameFor).
 */
export function buildDeviceName({ browser, os }: DeviceDescription, words: DeviceNameWords): string {
  if (!browser && !os) return words.unknownDevice;
  if (!os) return browser!;
  return words.deviceName.replace('{browser}', browser ?? words.unknownBrowser).replace('{os}', os);
}
