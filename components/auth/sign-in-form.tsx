'use client';
import { useState, type FormEvent } from 'react';
import type { Messages } from '@/messages';
import { useLocale } from '../i18n/locale-provider';
import { AuthFormField } from './auth-form-field';
import { postCredentials } from './post-credentials';
import { waitMessage } from './wait-message';
import { FormErrorAlert } from './form-error-alert';

type Props = { m: Messages<'auth'>; callbackUrl: string; initialError?: string; notice?: string };

export function SignInForm({ m, callbackUrl, initialError, notice }: Props) {
  const locale = useLocale();
  const [error, setError] = useState<string | undefined>(initialError);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    const form = new FormData(e.currentTarget);
    const res = await postCredentials(String(form.get('email') ?? ''), String(form.get('password') ?? ''));
    if (res.kind === 'signed-in') {
      // Full navigation: the server-rendered header must pick up the new session.
      window.location.assign(callbackUrl);
      return;
    }
    setBusy(false);
    if (res.kind === 'locked') setError(waitMessage(locale, m, res.retryAfterSeconds));
    else setError(res.kind === 'refused' ? m.CredentialsSignin : m.generic);
  }

  return (
    <form className="form" method="post" onSubmit={onSubmit} noValidate>
      {notice && !error && (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      )}
      <FormErrorAlert error={error} />
      <AuthFormField name="email" type="email" autoComplete="email" required label={m.email} />
      <AuthFormField name="password" type="password" autoComplete="current-password" required label={m.password} />
      <button className="btn" type="submit" disabled={busy}>
        {busy ? m.working : m.submitSignIn}
      </button>
    </form>
  );
}
