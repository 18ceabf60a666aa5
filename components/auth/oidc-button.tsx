'use client';
import { signIn } from 'next-auth/react';

export function OidcButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <button type="button" className="btn btn--ghost" onClick={() => signIn('oidc', { callbackUrl })}>
      {label}
    </button>
  );
}
