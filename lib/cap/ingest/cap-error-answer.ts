import { HttpError } from '../../http/json-error';
import { CapError, type CapErrorCode } from '../cap-error';

// Not XML at all, or XML we refuse to read (DTDs, entities): 400. XML that is not an acceptable CAP 1.2 alert: 422.
const STATUS: Partial<Record<CapErrorCode, number>> = {
  too_large: 413,
  malformed_xml: 400,
  doctype_not_allowed: 400,
  entity_not_allowed: 400,
};

/** A refused CAP document as the API's error answer: its code, the reason and the element at fault. */
export function capErrorAnswer(err: CapError): HttpError {
  return new HttpError(STATUS[err.code] ?? 422, err.code, {
    message: err.message,
    ...(err.element ? { element: err.element } : {}),
  });
}

/** Runs fn, turning a CapError into its HttpError (the wrappers answer those). */
export async function withCapErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw err instanceof CapError ? capErrorAnswer(err) : err;
  }
}
