import { readFileSync } from 'node:fs';
import path from 'node:path';
import { capToNotification, type CapMappingOptions } from '@/lib/cap/cap-to-notification';
import type { CapAlert, CapInfo } from '@/lib/cap/cap-types';

export const CAP_FIXTURES = path.join(__dirname, 'fixtures/cap');

export const readCapFixture = (name: string) => readFileSync(path.join(CAP_FIXTURES, name), 'utf8');

/** The sample alerts shipped as fixtures, with an instant at which each is still current. */
export const CAP_SAMPLES: Array<{ file: string; current: Date }> = [
  { file: 'spec-a1-homeland-security.xml', current: new Date('2003-04-02T20:00:00Z') },
  { file: 'spec-a2-severe-thunderstorm.xml', current: new Date('2003-06-17T22:00:00Z') },
  { file: 'spec-a3-earthquake-update.xml', current: new Date('2003-06-12T04:00:00Z') },
  { file: 'spec-a4-amber-alert.xml', current: new Date('2003-06-12T06:00:00Z') },
  { file: 'meteoalarm-style-thunderstorm-multilingual.xml', current: new Date('2025-07-11T11:00:00Z') },
  { file: 'nws-style-flash-flood-update.xml', current: new Date('2025-08-04T00:00:00Z') },
  { file: 'town-cancel-water-advisory.xml', current: new Date('2025-04-12T08:00:00Z') },
];

export function capInfo(overrides: Partial<CapInfo> = {}): CapInfo {
  return {
    language: 'en-US',
    categories: ['Met'],
    event: 'Flood',
    responseTypes: [],
    urgency: 'Expected',
    severity: 'Moderate',
    certainty: 'Likely',
    eventCodes: [],
    parameters: [],
    resources: [],
    areas: [{ areaDesc: 'Riverside', polygons: [], circles: [], geocodes: [] }],
    ...overrides,
  };
}

export function capAlert(overrides: Partial<CapAlert> = {}): CapAlert {
  return {
    identifier: 'town-1',
    sender: 'alerts@town.example',
    sent: new Date('2025-05-01T08:00:00Z'),
    status: 'Actual',
    msgType: 'Alert',
    scope: 'Public',
    codes: [],
    references: [],
    infos: [capInfo()],
    ...overrides,
  };
}

/** Five minutes after capAlert()'s sent time. */
export const MAP_NOW = new Date('2025-05-01T08:05:00Z');
export const mapOptions: CapMappingOptions = { defaultLanguage: 'en', now: MAP_NOW };

/** The notification of a default alert with these <info> blocks. */
export const mapInfos = (infos: CapInfo[], more: Partial<CapMappingOptions> = {}) =>
  capToNotification(capAlert({ infos }), { ...mapOptions, ...more }).notification!;
