'use client';
import { signOut } from 'next-auth/react';
import type { FormEvent } from 'react';
import { changePassword } from '@/lib/actions/change-password';
import { AuthFormField } from '@/components/auth/auth-form-field';
import { useFormFeedback } from '@/components/auth/use-form-feedback';
import type { Messages } from '@/messages';
import { FormErrorAlert } from '../auth/form-error-alert';

/** Current + new password; on success every session has ended, so the person goes to sign in again. */
export function ChangePasswordForm({ m }: { m: Messages<'account'> }) {
  const feedback = useFormFeedback(m);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const input = Object.fromEntries(new FormData(e.currentTarget));
    const res = await feedback.run(() => changePassword(input), { leaving: true });
    // The server already ended the session; signOut clears the dead cookie and lands on the sign-in page.
    if (res.ok) return signOut({ callbackUrl: '/signin?notice=password-changed' });
  }

  const err = feedback.fieldError;
  return (
    <form className="form" method="post" onSubmit={onSubmit} noValidate>
      <FormErrorAlert error={feedback.error} />
      <AuthFormField
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        label={m.currentPassword}
        error={err('currentPassword')}
      />
      <AuthFormField
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        label={m.newPassword}
        hint={m.newPasswordHint}
        error={err('newPassword')}
      />
      <button className="btn" type="submit" disabled={feedback.busy}>
        {feedback.busy ? m.working : m.submitChangePassword}
      </button>
    </form>
  );
}
