/**
 * A report token's length: HMAC-SHA256 truncated to 128 bits, in base64url (the payload budget counts every byte).
 * Its own file, without zod: the composer's payload meter runs in the browser and imports it through
 * lib/push/payload.ts, and loading zod there probes eval, which the Content-Security-Policy refuses (and reports).
 */
export const REPORT_TOKEN_LENGTH = 22;
