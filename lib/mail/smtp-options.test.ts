import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env';
import { smtpOptions } from './smtp-options';

// Which settings are refused, and why, is in lib/env.test.ts; here: what nodemailer is handed.
const from = { MAIL_FROM: 'Town of Example <no-reply@example.org>' };

describe('smtpOptions', () => {
  it('is null by default: no mail server, links are logged', () => {
    expect(smtpOptions(parseEnv({}))).toBeNull();
  });

  it('hands a URL over whole (nodemailer reads user, password, port and options from it)', () => {
    const env = parseEnv({ SMTP_URL: 'smtps://mailer:s3cret@smtp.example.org:465', ...from });
    expect(smtpOptions(env)).toMatchObject({
      url: 'smtps://mailer:s3cret@smtp.example.org:465',
      connectionTimeout: 10_000,
    });
  });

  it('or a host with its port, TLS mode and login; port 465 means TLS from the first byte', () => {
    const parts = { SMTP_HOST: 'smtp.example.org', SMTP_USER: 'mailer', SMTP_PASSWORD: 's3cret', ...from };
    expect(smtpOptions(parseEnv(parts))).toMatchObject({
      host: 'smtp.example.org',
      port: 587,
      secure: false,
      auth: { user: 'mailer', pass: 's3cret' },
    });
    expect(smtpOptions(parseEnv({ ...parts, SMTP_PORT: '465' }))).toMatchObject({ port: 465, secure: true });
    expect(smtpOptions(parseEnv({ ...parts, SMTP_SECURE: '1' }))).toMatchObject({ port: 465, secure: true });
    expect(smtpOptions(parseEnv({ SMTP_HOST: 'relay.internal', SMTP_PORT: '25', ...from }))).toMatchObject({
      port: 25,
      secure: false,
      auth: undefined,
    });
  });
});
