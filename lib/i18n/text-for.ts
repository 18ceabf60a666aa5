/**
 * The catalogue's text for a code the server sent (`err_slug_taken`, `password_too_short`), if it has one: field
 * codes are open-ended (zod messages), so the lookup checks instead of trusting the key.
 */
export function textFor(messages: object, key: string): string | undefined {
  const value: unknown = Object.getOwnPropertyDescriptor(messages, key)?.value;
  return typeof value === 'string' ? value : undefined;
}
