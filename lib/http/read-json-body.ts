import type { ZodType } from 'zod';
import { HttpError, zodFieldErrors } from './json-error';

export const DEFAULT_MAX_BODY_BYTES = 4096;

// JSON and nothing else: a form or text/plain body is what a cross-site <form> can send without a CORS preflight.
const JSON_MEDIA_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*(?:utf-8|"utf-8")\s*)?$/i;

/**
 * Reads at most maxBytes of JSON and validates it: 415 not declared as application/json (charset utf-8 if any), 413
 * too large, 400 not JSON, 422 wrong shape (fields named).
 */
export async function readJsonBody<T>(req: Request, schema: ZodType<T>, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<T> {
  if (!JSON_MEDIA_TYPE.test(req.headers.get('content-type')?.trim() ?? '')) {
    throw new HttpError(415, 'unsupported_media_type', { expected: 'application/json' });
  }
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw new HttpError(413, 'payload_too_large', { limit: maxBytes });
  const text = await readLimited(req, maxBytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'malformed_json');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new HttpError(422, 'invalid', { fields: zodFieldErrors(parsed.error.issues, json) });
  return parsed.data;
}

// Streams the body so a lying or missing Content-Length cannot make us buffer more than the limit.
export async function readLimited(req: Request, maxBytes: number): Promise<string> {
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new HttpError(413, 'payload_too_large', { limit: maxBytes });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
