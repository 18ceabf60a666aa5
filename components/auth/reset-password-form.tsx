'use client';
import { signOut } from 'next-auth/react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { resetPassword } from '@/lib/actions/reset-password';
import type { Messages } from '@/messages';
import { AuthFormField } from './auth-form-field';
import { useFormFeedback } from './use-form-feedback';
import { FormErrorAlert } from './form-error-alert';

type Props = {
  m: Messages<'auth'>;
  token: string;
  /** The account the link is for: shown, and named for password managers (autocomplete="username"). */
  email: string;
  /** What to show, its h1 first, if the link stops working before the form is sent (used, replaced, expired). */
  expired: ReactNode;
};

/** The new password; then every session of the person has ended, so this browser signs out and goes to sign in. */
export function ResetPasswordForm({ m, token, email, expired }: Props) {
  const feedback = useFormFeedback(m);
  const [linkDead, setLinkDead] = useState(false);
  const dead = useRef<HTMLDivElement>(null);
  // The form gives way to the message: focus its heading, so keyboard and screen-reader users hear it at once.
  useEffect(() => {
    if (linkDead) dead.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [linkDead]);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const password = String(new FormData(e.currentTarget).get('password') ?? '');
    // A dead link replaces the form with its own message instead of an error.
    const isDeadLink = (f: { error: string; fields?: Record<string, string> }) =>
      f.error === 'invalid_token' || !!f.fields?.token;
    const res = await feedback.run(() => resetPassword({ token, password }), {
      leaving: true,
      failure: (f) => (isDeadLink(f) ? null : undefined),
    });
    // signOut also drops whatever session cookie this browser held (the person's, now dead, or someone else's).
    if (res.ok) return signOut({ callbackUrl: '/signin?notice=password-changed' });
    if (isDeadLink(res)) setLinkDead(true);
  }

  if (linkDead) return <div ref={dead}>{expired}</div>;
  return (
    <>
      <h1>{m.resetTitle}</h1>
      <p>{m.resetIntro}</p>
      <form className="form" method="post" onSubmit={onSubmit} noValidate>
        <FormErrorAlert error={feedback.error} />
        <AuthFormField name="email" type="email" autoComplete="username" readOnly value={email} label={m.email} />
        <AuthFormField
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          label={m.newPassword}
          hint={m.passwordHint}
          error={feedback.fieldError('password')}
        />
        <button className="btn" type="submit" disabled={feedback.busy}>
          {feedback.busy ? m.working : m.submitReset}
        </button>
      </form>
    </>
  );
}
