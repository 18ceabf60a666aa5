import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { Env } from '../env';

type MailEnv = Pick<Env, 'SMTP_URL' | 'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'SMTP_USER' | 'SMTP_PASSWORD'>;

// nodemailer waits minutes by default; a reset link is sent after the answer, so a dead server must not hold
// sockets that long.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** nodemailer's SMTP options from the configuration, or null when no mail server is configured. */
export function smtpOptions(env: MailEnv): SMTPTransport.Options | null {
  // nodemailer reads user, password, port and its own options (?requireTLS=true…) from the URL.
  if (env.SMTP_URL) return { url: env.SMTP_URL, ...TIMEOUTS };
  if (!env.SMTP_HOST) return null;
  const secure = env.SMTP_SECURE ?? env.SMTP_PORT === 465;
  return {
    host: env.SMTP_HOST,
    port: env.SMTP_PORT ?? (secure ? 465 : 587),
    secure,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
    ...TIMEOUTS,
  };
}
