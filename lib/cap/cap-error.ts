/** Why a CAP document was refused; the edge maps `too_large` to 413 and every other code to a 4xx naming it. */
export type CapErrorCode =
  | 'too_large'
  | 'malformed_xml'
  | 'doctype_not_allowed'
  | 'entity_not_allowed'
  | 'wrong_namespace'
  | 'not_an_alert'
  | 'unknown_element'
  | 'missing_element'
  | 'duplicate_element'
  | 'invalid_value'
  | 'invalid_datetime'
  | 'unsupported_message'
  | 'already_expired'
  | 'unknown_reference';

/** A CAP document that cannot become (or come from) a notification; `element` is a path: "alert/info[2]/urgency". */
export class CapError extends Error {
  constructor(
    readonly code: CapErrorCode,
    message: string,
    readonly element?: string,
  ) {
    super(message);
    this.name = 'CapError';
  }
}
