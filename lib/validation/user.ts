import { z } from 'zod';

// A short list of the passwords tried first by every attacker; length does the rest.
const COMMON = new Set(['password123', '1234567890', 'motdepasse', 'azertyuiop', 'qwertyuiop', 'password1234', 'iloveyou123', 'admin12345']);

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ message: 'invalid_email' })).pipe(z.string().max(254));

export const passwordSchema = z
  .string()
  .min(10, { message: 'password_too_short' })
  .max(200, { message: 'password_too_long' })
  .refine((p) => !COMMON.has(p.toLowerCase()), { message: 'password_too_common' });

export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, { message: 'name_required' }).max(100),
    email: emailSchema,
    password: passwordSchema,
  })
  .refine((v) => v.password.toLowerCase() !== v.email, { path: ['password'], message: 'password_is_email' });

export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

export const localeSchema = z.enum(['en', 'fr']);
