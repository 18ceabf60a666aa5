'use client';
import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { signUp } from '@/app/actions/sign-up';
import type { Messages } from '@/messages';
import { AuthFormField } from './auth-form-field';

type M = Messages<'auth'>;

export function SignUpForm({ m }: { m: M }) {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const say = (code: string) => m[code as keyof M] ?? m.generic;

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    const form = new FormData(e.currentTarget);
    const res = await signUp(Object.fromEntries(form));
    if (!res.ok) {
      setBusy(false);
      setFields(res.fields ?? {});
      setError(res.fields ? m.errorSummary : say(res.error));
      return;
    }
    setFields({});
    const login = await signIn('credentials', { email: res.data.email, password: form.get('password'), redirect: false });
    if (login?.ok) window.location.assign('/');
    else {
      setBusy(false);
      setError(m.generic);
    }
  }

  const err = (name: string) => (fields[name] ? say(fields[name]) : undefined);
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <div aria-live="assertive">{error && <p className="alert alert--error" role="alert">{error}</p>}</div>
      <AuthFormField name="name" autoComplete="name" required label={m.name} error={err('name')} />
      <AuthFormField name="email" type="email" autoComplete="email" required label={m.email} error={err('email')} />
      <AuthFormField name="password" type="password" autoComplete="new-password" required minLength={10} label={m.password} hint={m.passwordHint} error={err('password')} />
      <button className="btn" type="submit" disabled={busy}>{busy ? m.working : m.submitSignUp}</button>
    </form>
  );
}
