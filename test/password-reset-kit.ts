// What the password-reset tests share: a mail sink the app sends to, the after() tasks kept for the test to run, and
// the modules under test. Import it dynamically after the file's vi.mock of next/headers and next/server (a vi.mock
// must sit in the test file to be hoisted); the app's modules are loaded once SMTP_URL points at the sink.
import { afterAll } from 'vitest';
import { deferred } from './deferred-after';
import { startSmtpSink } from './smtp-sink';

export const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
process.env.MAIL_FROM = 'Crieur <no-reply@crieur.example.org>';
afterAll(() => sink.close());
export { deferred, runDeferred } from './deferred-after';
export const { handleAuthRoute } = await import('@/lib/auth/auth-route');
export const { createUser } = await import('@/lib/users/create-user');
export const { requestPasswordReset } = await import('@/lib/actions/request-password-reset');

/** Before each test: no mail received, no after() task waiting. */
export function forgetMailAndTasks() {
  sink.messages.length = 0;
  deferred.length = 0;
}
