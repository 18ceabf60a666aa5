import { describe, expect, it } from 'vitest';
import { toDevice } from './to-device';

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
