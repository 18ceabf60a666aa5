import { getCsrfToken } from 'next-auth/react';
import { waitSeconds } from './wait-message';

export type CredentialsResult =
  { kind: 'signed-in' } | { kind: 'refused' } | { kind: 'locked'; retryAfterSeconds: number } | { kind: 'error' };

/**
 * next-auth's credentials callback, as its signIn() posts it, but reading the answer's status: signIn() folds a
 * 429 into an error string and drops Retry-After, which the form needs to say how long to wait.
 */
export async function postCredentials(email: string, password: string): Promise<CredentialsResult> {
  try {
    const csrfToken = (await getCsrfToken()) ?? '';
    const res = await fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: window.location.href, json: 'true' }),
    });
    if (res.status === 429) return { kind: 'locked', retryAfterSeconds: waitSeconds(res.headers.get('Retry-After')) };
    const data = (await res.json().catch(() => ({}))) as { url?: string };
    const error = data.url ? new URL(data.url, window.location.href).searchParams.get('error') : 'unknown';
    if (res.ok && !error) return { kind: 'signed-in' };
    return error === 'CredentialsSignin' ? { kind: 'refused' } : { kind: 'error' };
  } catch {
    return { kind: 'error' };
  }
}
