import { HttpError } from '../../http/json-error';
import { readLimited } from '../../http/read-json-body';
import { DEFAULT_MAX_CAP_BYTES } from '../parse-cap';

// RFC 6838's registered type for CAP (IANA application/cap+xml), or plain XML; UTF-8 only, as CAP §3.3.1 requires.
const CAP_MEDIA_TYPE = /^application\/(?:cap\+)?xml\s*(?:;\s*charset\s*=\s*(?:utf-8|"utf-8")\s*)?$/i;

/** The request's CAP document as text: 415 for another media type, 413 beyond maxBytes (counted while streaming). */
export async function readCapBody(req: Request, maxBytes = DEFAULT_MAX_CAP_BYTES): Promise<string> {
  if (!CAP_MEDIA_TYPE.test(req.headers.get('content-type')?.trim() ?? '')) {
    throw new HttpError(415, 'unsupported_media_type', { expected: 'application/cap+xml' });
  }
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw new HttpError(413, 'payload_too_large', { limit: maxBytes });
  return readLimited(req, maxBytes);
}
