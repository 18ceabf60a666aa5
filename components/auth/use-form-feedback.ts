'use client';
import { useEffect } from 'react';
import type { ActionFailure, ActionResult } from '@/lib/auth/action-result';
import { textFor } from '@/lib/i18n/text-for';
import { useActionForm } from '../use-action-form';
import { useLocale } from '../i18n/locale-provider';
import { waitMessage } from './wait-message';

type FeedbackMessages = { generic: string; errorSummary: string; tooManyAttempts: string };

/**
 * The sign-in, sign-up, password and account forms on useActionForm: their catalogues name each code directly
 * (`email_taken`), a failure that names fields shows a summary, and a rate limit says how long to wait.
 */
export function useFormFeedback<M extends FeedbackMessages>(m: M) {
  const locale = useLocale();
  const form = useActionForm(m.generic);
  // Each failure that names fields moves focus to the first of them (AuthFormField's input has the field's name as
  // its id): keyboard users land where the fix is, and screen readers read its label and message together.
  useEffect(() => {
    const first = Object.keys(form.fields)[0];
    if (form.refusals && first) document.getElementById(first)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per refusal, not whenever the fields change
  }, [form.refusals]);
  const say = (code: string) => textFor(m, code) ?? m.generic;
  const describe = (fallbackWaitSeconds: number) => (f: ActionFailure) => {
    if (f.error === 'rate_limited') return waitMessage(locale, m, f.retryAfter ?? fallbackWaitSeconds);
    return f.fields ? m.errorSummary : say(f.error);
  };
  return {
    busy: form.busy,
    error: form.status?.kind === 'error' ? form.status.text : undefined,
    /**
     * Runs the action; `leaving`: success navigates away, so the form stays busy. `fallbackWaitSeconds` is the wait
     * to announce after a rate limit that did not say.
     */
    run<R>(
      call: () => Promise<ActionResult<R>>,
      opts: {
        leaving?: boolean;
        fallbackWaitSeconds?: number;
        failure?: (f: ActionFailure) => string | null | undefined;
      } = {},
    ) {
      const describeFailure = describe(opts.fallbackWaitSeconds ?? 60);
      const failure = (f: ActionFailure) => {
        const said = opts.failure?.(f);
        return said === undefined ? describeFailure(f) : said;
      };
      return form.run(call, { leaving: opts.leaving, failure });
    },
    /** The message to show under a field, if the last failure named it. */
    fieldError: (name: string) => (form.fields[name] ? say(form.fields[name]) : undefined),
  };
}
