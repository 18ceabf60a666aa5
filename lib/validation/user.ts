import { z } from 'zod';
import { lineText, secretText } from './text';

// A short list of the passwords tried first by every attacker; length does the rest.
const COMMON = new Set([
  'password123',
  '1234567890',
  'motdepasse',
  'azertyuiop',
  'qwertyuiop',
  'password1234',
  'iloveyou123',
  'admin12345',
]);

export const emailSchema = lineText()
  .toLowerCase()
  .pipe(z.email({ message: 'invalid_email' }))
  .pipe(z.string().max(254));

export const passwordSchema = secretText()
  .min(10, { message: 'password_too_short' })
  .max(200, { message: 'password_too_long' })
  .refine((p) => !COMMON.has(p.toLowerCase()), { message: 'password_too_common' });

export const signUpSchema = z
  .object({
    name: lineText().min(1, { message: 'name_required' }).max(100, { message: 'name_too_long' }),
    email: emailSchema,
    password: passwordSchema,
  })
  .refine((v) => v.password.toLowerCase() !== v.email, { path: ['password'], message: 'password_is_email' });

export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: secretText().min(1).max(200),
});

export const localeSchema = z.enum(['en', 'fr']);

/** The language switcher's form. */
export const localeInputSchema = z.object({ locale: localeSchema });
