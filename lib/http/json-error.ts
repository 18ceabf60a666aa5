/** Every API error has the same JSON shape: { error: machine code, message?, fields? }. */
export function jsonError(
  status: number,
  error: string,
  extra: Record<string, unknown> = {},
  headers?: HeadersInit,
): Response {
  return Response.json({ error, ...extra }, { status, headers });
}

/** Thrown by lib/ or handlers to answer with a specific status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers?: HeadersInit,
  ) {
    super(code);
  }
}

type Issue = { code?: string; path: PropertyKey[]; message: string; origin?: string };

// Our schemas name their own failures with a snake_case code (`password_too_short`); zod's own messages are English
// sentences ("Too big: expected string to have <=100 characters") a form cannot translate and a client cannot match.
const OWN_CODE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const AMOUNTS = new Set(['number', 'int', 'bigint', 'date']);

/**
 * One code per field for a form or an API client: ours as the schema wrote it, else zod's issue by its kind
 * (required, invalid_type, too_long / too_short, too_big / too_small for amounts, invalid), each of which the forms'
 * catalogues translate. `input` is what was parsed: a field absent from it is `required`, not of the wrong type.
 */
export function zodFieldErrors(issues: ReadonlyArray<Issue>, input?: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const i of issues) {
    const key = i.path.map(String).join('.') || '_';
    fields[key] ??= OWN_CODE.test(i.message) ? i.message : codeOf(i, input);
  }
  return fields;
}

function codeOf(issue: Issue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return input !== undefined && valueAt(input, issue.path) === undefined ? 'required' : 'invalid_type';
    case 'too_big':
      return AMOUNTS.has(issue.origin ?? '') ? 'too_big' : 'too_long';
    case 'too_small':
      return AMOUNTS.has(issue.origin ?? '') ? 'too_small' : 'too_short';
    default:
      return 'invalid';
  }
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
