'use client';
import { useState } from 'react';
import type { ActionFailure, ActionResult } from '@/lib/auth/action-result';

/** What a form announces: a success or an error, in its status line or alert. */
export type FormStatus = { kind: 'success' | 'error'; text: string } | null;

export type Outcome<R> = {
  /** What to announce on success: a text (a success), a status, or nothing. */
  success?: (data: R) => string | FormStatus | undefined;
  /** What to announce on failure: a text, null for nothing (the form shows it otherwise), undefined for the generic. */
  failure?: (failure: ActionFailure) => string | null | undefined;
  /** The page navigates away on success (sign-out, sign-in): the form stays busy until it is gone. */
  leaving?: boolean;
};

const UNEXPECTED: ActionFailure = { ok: false, error: 'unexpected' };

/**
 * Calls a server action and never throws: an action that crashed or could not be reached (offline, a deployment
 * that replaced its ID) is the 'unexpected' failure, which forms show as their generic error.
 */
export function callAction<R>(call: () => Promise<ActionResult<R>>): Promise<ActionResult<R>> {
  return call().catch(() => UNEXPECTED);
}

/** The status and field codes a form shows after an action answered `result`. */
export function settle<R>(
  result: ActionResult<R>,
  outcome: Outcome<R>,
  genericError: string,
): { status: FormStatus; fields: Record<string, string> } {
  if (result.ok) {
    const said = outcome.success?.(result.data);
    if (typeof said === 'string') return { status: said ? { kind: 'success', text: said } : null, fields: {} };
    return { status: said ?? null, fields: {} };
  }
  const text = outcome.failure?.(result);
  const status: FormStatus = text === null ? null : { kind: 'error', text: text || genericError };
  return { status, fields: result.fields ?? {} };
}

/**
 * One form's busy flag, status and field codes around its server actions: `run` disables the form while the action
 * runs, then shows what `outcome` says. `refusals` counts failures that named fields (forms move focus on it).
 */
export function useActionForm(genericError: string) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<FormStatus>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [refusals, setRefusals] = useState(0);

  async function run<R>(call: () => Promise<ActionResult<R>>, outcome: Outcome<R> = {}): Promise<ActionResult<R>> {
    setBusy(true);
    setStatus(null);
    const result = await callAction(call);
    const settled = settle(result, outcome, genericError);
    if (!(result.ok && outcome.leaving)) setBusy(false);
    setStatus(settled.status);
    setFields(settled.fields);
    if (!result.ok && result.fields) setRefusals((n) => n + 1);
    return result;
  }

  return { busy, status, fields, refusals, run, setStatus };
}
