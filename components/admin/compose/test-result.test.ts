import { describe, expect, it } from 'vitest';
import { catalogs } from '@/messages';
import { describeTestResult, overBudgetText } from './test-result';

const { en, fr } = catalogs.admin;

describe('what the composer says after "Send a test to my devices"', () => {
  it('says nothing was sent when there is no device, and it is not a success', () => {
    expect(describeTestResult({ delivered: 0, gone: 0, failed: 0 }, en, 'en')).toEqual({
      kind: 'error',
      text: expect.stringMatching(/^You have no device with push turned on, so no test was sent/),
    });
    expect(describeTestResult({ delivered: 0, gone: 0, failed: 0 }, fr, 'fr').kind).toBe('error');
  });

  it('is a success only when every device was reached', () => {
    expect(describeTestResult({ delivered: 1, gone: 0, failed: 0 }, en, 'en')).toEqual({
      kind: 'success',
      text: 'The test reached your device.',
    });
    expect(describeTestResult({ delivered: 3, gone: 0, failed: 0 }, fr, 'fr')).toEqual({
      kind: 'success',
      text: 'Le test a atteint vos 3 appareils.',
    });
  });

  it('reports reached and failed devices, and the removed ones, when some failed', () => {
    expect(describeTestResult({ delivered: 0, gone: 0, failed: 2 }, en, 'en')).toEqual({
      kind: 'error',
      text: 'The test reached 0 of your devices; 2 failed.',
    });
    expect(describeTestResult({ delivered: 2, gone: 1, failed: 1 }, en, 'en')).toEqual({
      kind: 'error',
      text:
        'The test reached 2 of your devices; 2 failed. ' +
        '1 device no longer existed at its push service and was removed.',
    });
    expect(describeTestResult({ delivered: 1, gone: 2, failed: 0 }, fr, 'fr').text).toBe(
      'Le test a atteint 1 de vos appareils ; 2 ont échoué. 2 appareils n’existaient plus auprès de leur service de ' +
        'notification et ont été retirés.',
    );
  });

  it('names the budget an over-long draft broke', () => {
    expect(overBudgetText(en, 'en')).toMatch(/^This draft is over the 3,000 bytes a push carries in full/);
    expect(overBudgetText(fr, 'fr')).toMatch(/^Ce brouillon dépasse les 3\u202f000 octets/);
  });
});
