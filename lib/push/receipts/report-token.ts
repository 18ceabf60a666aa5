import { createHmac, timingSafeEqual } from 'node:crypto';
import { serverSecret, type Env } from '../../env';
import { REPORT_TOKEN_LENGTH } from '../payload';

/** Signs a delivery id: the token its push carries, which its device's service worker sends back with a report. */
export type ReportSigner = (deliveryId: string) => string;

// A key of its own, derived from the server secret: a report token is then no HMAC the session code could also
// produce (nor the reverse), and no column stores anything. 128 bits of HMAC-SHA256 is well past guessing
// (RFC 2104 §5 allows truncating to half the output) and saves 21 bytes of every payload.
export function createReportSigner(serverSecret: string): ReportSigner {
  const key = createHmac('sha256', serverSecret).update('crieur/push-delivery-report/v1').digest();
  return (deliveryId) => createHmac('sha256', key).update(deliveryId).digest().subarray(0, 16).toString('base64url');
}

/** Whether `token` is the delivery's, compared in constant time (a wrong token leaks nothing by its timing). */
export function isReportToken(sign: ReportSigner, deliveryId: string, token: string): boolean {
  const expected = Buffer.from(sign(deliveryId));
  const given = Buffer.from(token);
  return given.length === REPORT_TOKEN_LENGTH && given.length === expected.length && timingSafeEqual(given, expected);
}

/** The signer of delivery receipts, from the server secret (none during `next build`, which has no secret). */
export function reportSignerFromEnv(env: Env): ReportSigner | undefined {
  const secret = serverSecret(env);
  return secret ? createReportSigner(secret) : undefined;
}
