import { describe, expect, it } from 'vitest';
import push from '../../messages/push';
import { copiedDeviceNameFor, deviceNameFor, toDevice } from './to-device';

const ANDROID_FIREFOX = 'Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0';
const row = (name: string, userAgent: string | null = ANDROID_FIREFOX) => ({
  id: 'd1',
  name,
  userAgent,
  createdAt: new Date(0),
  lastSeenAt: new Date(0),
  lastSuccessAt: null,
});

describe('toDevice', () => {
  it('gives the facts a name is built from, and no custom name for one we built, in any of our languages', () => {
    for (const name of ['Firefox on Android', 'Firefox sur Android']) {
      expect(toDevice(row(name))).toEqual({
        id: 'd1',
        name,
        browser: 'Firefox',
        os: 'Android',
        customName: null,
        createdAt: new Date(0),
        lastSeenAt: new Date(0),
        lastSuccessAt: null,
      });
    }
    expect(toDevice(row('Appareil inconnu', null)).customName).toBeNull();
  });

  it('keeps a name the person typed (Rename) as their own', () => {
    expect(toDevice(row('Grandma’s phone')).customName).toBe('Grandma’s phone');
    // Built for another browser than this one's: typed, not ours.
    expect(toDevice(row('Chrome on Windows')).customName).toBe('Chrome on Windows');
  });
});

describe('deviceNameFor, for a French reader', () => {
  const fr = push.fr;
  it('rebuilds a name we built, whatever language it was stored in', () => {
    expect(deviceNameFor(row('Firefox on Android'), fr)).toBe('Firefox sur Android');
    expect(deviceNameFor(row('Firefox sur Android'), fr)).toBe('Firefox sur Android');
    expect(deviceNameFor(row('Unknown device', null), fr)).toBe('Appareil inconnu');
  });

  it('shows a name the person typed as typed', () => {
    expect(deviceNameFor(row('Grandma’s phone'), fr)).toBe('Grandma’s phone');
    expect(deviceNameFor(row('Chrome on Windows'), fr)).toBe('Chrome on Windows');
  });

  it('rebuilds a delivery’s copy while its device exists, else shows it as stored', () => {
    expect(copiedDeviceNameFor('Firefox on Android', { userAgent: ANDROID_FIREFOX }, fr)).toBe('Firefox sur Android');
    expect(copiedDeviceNameFor('Unknown device', { userAgent: null }, fr)).toBe('Appareil inconnu');
    expect(copiedDeviceNameFor('Grandma’s phone', { userAgent: ANDROID_FIREFOX }, fr)).toBe('Grandma’s phone');
    expect(copiedDeviceNameFor('Firefox on Android', null, fr)).toBe('Firefox on Android');
  });
});
