import { z, type ZodType } from 'zod';
import { idText, lineText } from '../validation/text';
import { HttpError, zodFieldErrors } from './json-error';

/** Path parameters of an `[id]` route. */
export const idParamsSchema = z.object({ id: idText() });

// A route that names no schema still gets every segment through the one-line text rule before a query sees it.
const anyParamsSchema = z.record(z.string(), z.union([lineText(), z.array(lineText())]));

/**
 * The route's path parameters, validated. A malformed one names a resource that cannot exist: 404, with the
 * parameter named in `fields` so the caller sees why.
 */
export async function readRouteParams<P>(raw: Promise<unknown> | undefined, schema?: ZodType<P>): Promise<P> {
  const params = (await raw) ?? {};
  const parsed = (schema ?? anyParamsSchema).safeParse(params);
  if (!parsed.success) throw new HttpError(404, 'not_found', { fields: zodFieldErrors(parsed.error.issues, params) });
  return parsed.data as P;
}
