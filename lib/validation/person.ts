import { z } from 'zod';
import { idText, lineText, secretText } from './text';
import { passwordSchema } from './user';

// People (accounts) as the admin console and the settings page change them. Messages are codes the UI translates.

export const personIdSchema = z.object({ userId: idText() });
export const personRoleSchema = personIdSchema.extend({ role: z.enum(['citizen', 'admin']) });
export const peopleQuerySchema = z.object({ q: lineText().max(100).default('') });

/** Settings → Account: the current password proves it is the person, the new one follows the sign-up policy. */
export const changePasswordSchema = z.object({
  currentPassword: secretText()
    .min(1, { message: 'current_password_required' })
    .max(200, { message: 'password_too_long' }),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
