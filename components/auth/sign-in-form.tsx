'use client';
import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import type { Messages } from '@/messages';
import { AuthFormField } from './auth-form-field';

export function SignInForm({ m, callbackUrl, initialError }: { m: Messages<'auth'>; callbackUrl: string; initialError?: string }) {
  const [error, setError] = useState<string | undefined>(initialError);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    const form = new FormData(e.currentTarget);
    const res = await signIn('credentials', { email: form.get('email'), password: form.get('password'), redirect: false });
    if (res?.ok && !res.error) {
      // Full navigation: the server-rendered header must pick up the new session.
      window.location.assign(callbackUrl);
      return;
    }
    setBusy(false);
    setError(res?.error === 'CredentialsSignin' ? m.CredentialsSignin : m.generic);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <div aria-live="assertive">{error && <p className="alert alert--error" role="alert">{error}</p>}</div>
      <AuthFormField name="email" type="email" autoComplete="email" required label={m.email} />
      <AuthFormField name="password" type="password" autoComplete="current-password" required label={m.password} />
      <button className="btn" type="submit" disabled={busy}>{busy ? m.working : m.submitSignIn}</button>
    </form>
  );
}
