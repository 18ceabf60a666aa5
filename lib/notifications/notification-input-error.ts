import { ActionError } from '../auth/auth-action';
import { HttpError } from '../http/json-error';

/** A notification that parsed but cannot be created as asked (unknown topic…): 422 naming the field. */
export class NotificationInputError extends HttpError {
  constructor(readonly field: string, readonly reason: string) {
    super(422, 'invalid', { fields: { [field]: reason } });
  }
}

/** For server actions: the same mistake as a field error of the form. */
export async function withFieldErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof NotificationInputError) throw new ActionError('invalid', { [err.field]: err.reason });
    throw err;
  }
}
