import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { getEnv } from '../env';
import { smtpOptions } from './smtp-options';

export type MailMessage = { to: string; subject: string; text: string; html: string };

export class MailNotConfiguredError extends Error {
  name = 'MailNotConfiguredError';
}

// One per process, like the configuration it comes from (nodemailer opens a connection per message by default).
let cached: Transporter | undefined;

function transporter(): Transporter {
  if (cached) return cached;
  const env = getEnv();
  const options = smtpOptions(env);
  if (!options || !env.MAIL_FROM) throw new MailNotConfiguredError('no SMTP server configured (SMTP_URL or SMTP_HOST)');
  return (cached = nodemailer.createTransport(options, { from: env.MAIL_FROM }));
}

/** Whether mail can be sent; without it, callers log what they would have sent (see README "Forgotten password"). */
export function isMailConfigured(): boolean {
  return smtpOptions(getEnv()) !== null;
}

/** Sends one message through the configured SMTP server; throws when it refuses or cannot be reached. */
export async function sendMail(message: MailMessage): Promise<void> {
  await transporter().sendMail({
    ...message,
    // RFC 3834: an automatic message, so that out-of-office replies are not sent back to it.
    headers: { 'Auto-Submitted': 'auto-generated' },
  });
}
