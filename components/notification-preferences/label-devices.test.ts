import { describe, expect, it } from 'vitest';
import push from '@/messages/push';
import { labelDevices } from './label-devices';
import type { DeviceView } from './push-api';

const device = (id: string, over: Partial<DeviceView> = {}): DeviceView => ({
  id,
  name: 'Chrome sur Linux',
  browser: 'Chrome',
  os: 'Linux',
  customName: null,
  createdAt: `2026-12-0${id}T08:00:00.000Z`,
  lastSeenAt: '2026-12-02T08:00:00.000Z',
  lastSuccessAt: null,
  ...over,
});

describe('labelDevices', () => {
  it('builds names in the reader’s language from the browser and system, whatever language they were stored in', () => {
    expect(labelDevices([device('1')], push.en, null).map((d) => d.label)).toEqual(['Chrome on Linux']);
    expect(labelDevices([device('1', { name: 'Chrome on Linux' })], push.fr, null).map((d) => d.label)).toEqual([
      'Chrome sur Linux',
    ]);
    expect(labelDevices([device('1', { browser: null, os: null })], push.fr, null)[0].label).toBe('Appareil inconnu');
  });

  it('keeps a name the person typed as typed', () => {
    const named = device('1', { name: 'Phone de Mamie', customName: 'Phone de Mamie' });
    expect(labelDevices([named], push.en, null)[0].label).toBe('Phone de Mamie');
  });

  it('numbers devices whose names would read the same, in the order they were added', () => {
    const list = [device('3'), device('1'), device('2', { browser: 'Firefox', os: 'Android' })];
    expect(labelDevices(list, push.en, null).map((d) => d.label)).toEqual([
      'Chrome on Linux (1)',
      'Firefox on Android',
      'Chrome on Linux (2)',
    ]);
  });

  it('lists this device first, marked, keeping its number', () => {
    const list = labelDevices([device('1'), device('2'), device('3')], push.fr, '3');
    expect(list.map((d) => [d.label, d.isThis])).toEqual([
      ['Chrome sur Linux (3)', true],
      ['Chrome sur Linux (1)', false],
      ['Chrome sur Linux (2)', false],
    ]);
  });
});
