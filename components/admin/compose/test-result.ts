import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import { PAYLOAD_BUDGET_BYTES } from '@/lib/push/build-payload';
import type { Messages } from '@/messages';

/** What "Send a test to my devices" got back from the push services, device by device. */
export type TestCounts = { delivered: number; gone: number; failed: number };
export type TestStatus = { kind: 'success' | 'error'; text: string };

/**
 * What the composer says after a test: success only when every device was reached. No device at all is its own
 * message (nothing was sent), and devices the push service no longer knows are said to be removed.
 */
export function describeTestResult(counts: TestCounts, t: Messages<'admin'>, locale: Locale): TestStatus {
  const total = counts.delivered + counts.gone + counts.failed;
  if (!total) return { kind: 'error', text: t.testNone };
  if (counts.delivered === total) return { kind: 'success', text: formatMessage(locale, t.testSent, { n: total }) };
  const failed = counts.gone + counts.failed;
  const partial = formatMessage(locale, t.testPartial, { reached: counts.delivered, failed });
  const gone = counts.gone ? ` ${formatMessage(locale, t.testGone, { gone: counts.gone })}` : '';
  return { kind: 'error', text: partial + gone };
}

/** The test's own refusal: the draft cannot be pushed in full (see PayloadOverBudgetError). */
export const overBudgetText = (t: Messages<'admin'>, locale: Locale) =>
  formatMessage(locale, t.err_payload_too_large, { budget: PAYLOAD_BUDGET_BYTES });
