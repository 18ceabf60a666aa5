// SQLSTATE classes 22 (data exception: a value out of range, a byte the encoding refuses…) and 23 (integrity
// constraint violation), as pg and PGlite report them. The statement's own data was refused, on a working
// connection: running it again gives the same error, unlike a lost connection or a server going down.
const DATA_ERROR = /^2[23][0-9A-Z]{3}$/;

export function isDataError(err: unknown): boolean {
  const code = err instanceof Error ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && DATA_ERROR.test(code);
}
