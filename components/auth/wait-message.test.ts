import { describe, expect, it } from 'vitest';
import { waitMessage, waitSeconds } from './wait-message';

const m = { tooManyAttempts: 'Try again in {minutes, plural, one {# minute} other {# minutes}}.' };

describe('the wait after too many sign-in attempts', () => {
  it.each(['1e309', 'Infinity', '-5', 'NaN', 'abc', '', '1.5e3', '0x10', undefined, null, ['30', '60'], {}])(
    'ignores retryAfter=%j (a minute, never "∞ minutes")',
    (value) => {
      expect(waitSeconds(value)).toBe(60);
    },
  );

  it('clamps to whole seconds from 1 to a day', () => {
    expect(waitSeconds('0')).toBe(1);
    expect(waitSeconds('90')).toBe(90);
    expect(waitSeconds('999999999999')).toBe(86_400);
    expect(waitSeconds(2.2)).toBe(3);
    expect(waitSeconds(Number.POSITIVE_INFINITY)).toBe(60);
  });

  it('says a finite number of minutes whatever it is given', () => {
    expect(waitMessage('en', m, Number('1e309'))).toBe('Try again in 1 minute.');
    expect(waitMessage('en', m, Number.NaN)).toBe('Try again in 1 minute.');
    expect(waitMessage('en', m, 1e12)).toBe('Try again in 1,440 minutes.');
  });
});
