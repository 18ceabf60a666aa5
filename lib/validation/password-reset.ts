import { z } from 'zod';
import { lineText } from './text';
import { emailSchema, passwordSchema } from './user';

/** 32 random bytes in base64url: what a reset link carries, and nothing else reaches a query. */
export const RESET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const resetTokenSchema = lineText({ message: 'invalid_token' }).regex(RESET_TOKEN_PATTERN, {
  message: 'invalid_token',
});

/** "Forgot your password?": the e-mail address to send a link to. */
export const forgotPasswordSchema = z.object({ email: emailSchema });

/** The reset link's form: its token and the new password, under the sign-up policy. */
export const resetPasswordSchema = z.object({ token: resetTokenSchema, password: passwordSchema });
