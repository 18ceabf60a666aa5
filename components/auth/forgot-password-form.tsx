'use client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { requestPasswordReset } from '@/lib/actions/request-password-reset';
import { format } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import { AuthFormField } from './auth-form-field';
import { useFormFeedback } from './use-form-feedback';
import { FormErrorAlert } from './form-error-alert';

type Props = { m: Messages<'auth'>; /** resetSentHelp, formatted on the server (plural rules). */ sentHelp: string };

/** The e-mail field, then one answer for every address: "if an account exists, we sent a link". */
export function ForgotPasswordForm({ m, sentHelp }: Props) {
  const feedback = useFormFeedback(m);
  const [sentTo, setSentTo] = useState<string>();
  const [email, setEmail] = useState('');
  const answer = useRef<HTMLDivElement>(null);
  const asked = useRef(false);
  // The form and the answer replace each other: focus follows, so keyboard and screen-reader users land on the new one.
  useEffect(() => {
    if (sentTo) answer.current?.focus();
    else if (asked.current) document.getElementById('email')?.focus();
    asked.current ||= Boolean(sentTo);
  }, [sentTo]);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const res = await feedback.run(() => requestPasswordReset({ email }), { fallbackWaitSeconds: 3600 });
    if (!res.ok) return;
    // As the server reads it (addresses are stored in lower case), so a typo is easy to spot.
    setSentTo(email.trim().toLowerCase());
  }

  if (sentTo) {
    return (
      <div className="stack">
        <div ref={answer} tabIndex={-1} className="alert alert--success" role="status">
          {format(m.resetSent, { email: sentTo })}
        </div>
        <p>{sentHelp}</p>
        <button type="button" className="btn btn--ghost" onClick={() => setSentTo(undefined)}>
          {m.askAgain}
        </button>
      </div>
    );
  }
  return (
    <form className="form" method="post" onSubmit={onSubmit} noValidate>
      <p>{m.forgotIntro}</p>
      <FormErrorAlert error={feedback.error} />
      <AuthFormField
        name="email"
        type="email"
        autoComplete="email"
        required
        label={m.email}
        error={feedback.fieldError('email')}
        value={email}
        onChange={(e) => setEmail(e.currentTarget.value)}
      />
      <button className="btn" type="submit" disabled={feedback.busy}>
        {feedback.busy ? m.working : m.submitForgot}
      </button>
    </form>
  );
}
