import { buildDeviceName, type DeviceNameWords } from '@/lib/subscriptions/device-name';
import type { DeviceView } from './push-api';

export type LabelWords = DeviceNameWords & { numberedName: string };
export type LabelledDevice = { device: DeviceView; label: string; isThis: boolean };

/**
 * The device list as the reader sees it: names in their language (or the one they typed), this device first, and
 * names that would read the same numbered in the order the devices were added ("Chrome on Linux (2)"), so that
 * "Remove Chrome on Linux" always says which one.
 */
export function labelDevices(devices: DeviceView[], words: LabelWords, thisDeviceId: string | null): LabelledDevice[] {
  const byAge = [...devices].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const base = new Map(byAge.map((d) => [d.id, d.customName ?? buildDeviceName(d, words)]));
  const total = new Map<string, number>();
  for (const name of base.values()) total.set(name, (total.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  const labelled = byAge.map((device) => {
    const name = base.get(device.id)!;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    const label = total.get(name)! > 1 ? words.numberedName.replace('{name}', name).replace('{n}', String(n)) : name;
    return { device, label, isThis: device.id === thisDeviceId };
  });
  return [...labelled.filter((d) => d.isThis), ...labelled.filter((d) => !d.isThis)];
}
