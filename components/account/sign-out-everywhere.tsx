'use client';
import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { useActionForm } from '@/components/use-action-form';
import { signOutEverywhere } from '@/lib/actions/sign-out-everywhere';
import type { Messages } from '@/messages';

/** Asks once, then ends every session of the person (this one included) and goes to the sign-in page. */
export function SignOutEverywhere({ m }: { m: Messages<'account'> }) {
  const [confirming, setConfirming] = useState(false);
  const action = useActionForm(m.generic);
  const busy = action.busy;

  async function run() {
    // Already signed out (another tab ended every session first) is what was asked for.
    const r = await action.run(
      async () => {
        const r = await signOutEverywhere({});
        return r.ok || r.error === 'unauthenticated' ? { ok: true as const, data: null } : r;
      },
      { leaving: true },
    );
    if (r.ok) return signOut({ callbackUrl: '/signin?notice=signed-out-everywhere' });
  }

  return (
    <div className="stack">
      {confirming ? (
        <div className="row" role="group" aria-label={m.confirmSignOutEverywhere}>
          <p>{m.confirmSignOutEverywhere}</p>
          <button type="button" className="btn btn--danger" disabled={busy} onClick={run}>
            {m.confirm}
          </button>
          <button type="button" className="btn btn--ghost" disabled={busy} onClick={() => setConfirming(false)}>
            {m.cancel}
          </button>
        </div>
      ) : (
        <button type="button" className="btn btn--danger" onClick={() => setConfirming(true)}>
          {m.signOutEverywhere}
        </button>
      )}
      <p role="status" aria-live="polite">
        {action.status?.text}
      </p>
    </div>
  );
}
