'use client';
import type { FormEvent } from 'react';
import { signUp } from '@/lib/actions/sign-up';
import type { Messages } from '@/messages';
import { AuthFormField } from './auth-form-field';
import { postCredentials } from './post-credentials';
import { useFormFeedback } from './use-form-feedback';
import { FormErrorAlert } from './form-error-alert';

type M = Messages<'auth'>;

export function SignUpForm({ m }: { m: M }) {
  const feedback = useFormFeedback(m);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    // Signing in is part of the same step: the form stays busy until the home page loads, or says what failed.
    const res = await feedback.run(
      async () => {
        const res = await signUp(Object.fromEntries(form));
        if (!res.ok) return res;
        const login = await postCredentials(res.data.email, String(form.get('password') ?? ''));
        return login.kind === 'signed-in' ? res : ({ ok: false, error: 'unexpected' } as const);
      },
      { leaving: true, fallbackWaitSeconds: 3600 },
    );
    if (res.ok) window.location.assign('/');
  }

  const err = feedback.fieldError;
  const { error, busy } = feedback;
  return (
    <form className="form" method="post" onSubmit={onSubmit} noValidate>
      <FormErrorAlert error={error} />
      <AuthFormField name="name" autoComplete="name" required label={m.name} error={err('name')} />
      <AuthFormField name="email" type="email" autoComplete="email" required label={m.email} error={err('email')} />
      <AuthFormField
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        label={m.password}
        hint={m.passwordHint}
        error={err('password')}
      />
      <button className="btn" type="submit" disabled={busy}>
        {busy ? m.working : m.submitSignUp}
      </button>
    </form>
  );
}
