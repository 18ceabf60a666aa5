import { isReportToken, type ReportSigner } from './report-token';

declare const verified: unique symbol;

/**
 * Whoever holds a delivery's report token: the device it was pushed to (its service worker), whether or not a
 * person is signed in there. Like the session principals (lib/principal/principal.ts), only verifyDeliveryReporter()
 * mints one, so the data function that records a report cannot be called with an unchecked id.
 */
export type DeliveryReporter = { readonly deliveryId: string; readonly [verified]: true };

/** The reporter of `deliveryId` when `token` is its report token, else null. */
export function verifyDeliveryReporter(
  sign: ReportSigner | undefined,
  report: { deliveryId: string; token: string },
): DeliveryReporter | null {
  if (!sign || !isReportToken(sign, report.deliveryId, report.token)) return null;
  return Object.freeze({ deliveryId: report.deliveryId }) as DeliveryReporter;
}
