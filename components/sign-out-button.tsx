'use client';
import { signOut } from 'next-auth/react';
import { useState } from 'react';

/** Hooks run before the session ends (e.g. forgetting this device's push subscription). */
const beforeSignOut: Array<() => Promise<void>> = [];
export function onBeforeSignOut(fn: () => Promise<void>) {
  beforeSignOut.push(fn);
}

export function SignOutButton({ label }: { label: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="btn btn--small btn--ghost btn--on-dark"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await Promise.allSettled(beforeSignOut.map((fn) => fn()));
        await signOut({ callbackUrl: '/' });
      }}
    >
      {label}
    </button>
  );
}
