import webpush from 'web-push';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

const keys = webpush.generateVAPIDKeys();
const production = {
  NODE_ENV: 'production',
  NEXTAUTH_SECRET: 'a'.repeat(32),
  VAPID_PUBLIC_KEY: keys.publicKey,
  VAPID_PRIVATE_KEY: keys.privateKey,
};

/** The EnvError message for this environment (fails the test if it parses). */
function errorOf(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (err) {
    expect(err).toBeInstanceOf(EnvError);
    return (err as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(source)} to be refused`);
}

describe('parseEnv', () => {
  it('gives working defaults for an empty environment', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      CRIEUR_DATA_DIR: '.crieur-data',
      LOG_LEVEL: 'info',
      VAPID_SUBJECT: 'mailto:webmaster@crieur.example.org',
      PUSH_CONCURRENCY: 256,
      PUSH_TIMEOUT_MS: 10_000,
      PUSH_MAX_ATTEMPTS: 5,
      CRIEUR_DISPATCHER: true,
      OIDC_NAME: 'Identity provider',
      COMPOSE_CONFIRM_THRESHOLD: 50,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('treats empty strings as unset (a blank line in an .env file must not count as a value)', () => {
    expect(parseEnv({ DATABASE_URL: '', PUSH_CONCURRENCY: '' }).PUSH_CONCURRENCY).toBe(256);
  });

  it('coerces numbers and booleans', () => {
    const env = parseEnv({
      PUSH_CONCURRENCY: '8',
      PUSH_TIMEOUT_MS: '2500',
      PUSH_MAX_ATTEMPTS: '1',
      CRIEUR_DISPATCHER: '0',
    });
    expect(env).toMatchObject({
      PUSH_CONCURRENCY: 8,
      PUSH_TIMEOUT_MS: 2500,
      PUSH_MAX_ATTEMPTS: 1,
      CRIEUR_DISPATCHER: false,
    });
    expect(env.PUSH_ENCRYPT_THREADS).toBeUndefined(); // a worker picks one per core but one
    expect(parseEnv({ PUSH_ENCRYPT_THREADS: '0' }).PUSH_ENCRYPT_THREADS).toBe(0);
    // 0: the composer asks to confirm every send.
    expect(parseEnv({ COMPOSE_CONFIRM_THRESHOLD: '0' }).COMPOSE_CONFIRM_THRESHOLD).toBe(0);
    expect(parseEnv({}).PUSH_SILENT_DAYS).toBe(30);
    expect(parseEnv({ PUSH_SILENT_DAYS: '7' }).PUSH_SILENT_DAYS).toBe(7);
  });

  it.each([
    ['DATABASE_URL', 'mysql://root@localhost/crieur'],
    ['DATABASE_URL', 'postgresql://[oops'],
    ['DATABASE_URL', 'not a url'],
    ['NEXTAUTH_SECRET', 'short'],
    ['NEXTAUTH_URL', 'crieur.example.org'],
    ['VAPID_PUBLIC_KEY', 'abc'],
    ['PUSH_CONCURRENCY', 'many'],
    ['PUSH_CONCURRENCY', '0'],
    ['PUSH_CONCURRENCY', '2.5'],
    ['PUSH_TIMEOUT_MS', '999999999'],
    ['PUSH_ENCRYPT_THREADS', '-1'],
    ['PUSH_MAX_ATTEMPTS', '0'],
    ['PUSH_MAX_ATTEMPTS', '21'],
    ['PUSH_MAX_ATTEMPTS', 'forever'],
    ['CRIEUR_DISPATCHER', 'yes'],
    ['PUSH_SILENT_DAYS', '0'],
    ['PUSH_SILENT_DAYS', 'a month'],
    ['PUSH_SILENT_DAYS', '3651'],
    ['COMPOSE_CONFIRM_THRESHOLD', '-1'],
    ['COMPOSE_CONFIRM_THRESHOLD', 'fifty'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'verbose'],
    ['OIDC_ISSUER', 'login.example.org'],
  ])('refuses a bad %s (%s) with a message naming it', (name, value) => {
    const extra = name === 'VAPID_PUBLIC_KEY' ? { VAPID_PRIVATE_KEY: keys.privateKey } : {};
    const message = errorOf({ [name]: value, ...extra });
    expect(message).toMatch(new RegExp(`^Invalid configuration: .*\\b${name} (must|Invalid)`));
    expect(message).not.toContain('\n');
  });

  it('names every bad variable at once', () => {
    const message = errorOf({ PUSH_CONCURRENCY: 'x', NEXTAUTH_SECRET: 'short' });
    expect(message).toContain('PUSH_CONCURRENCY');
    expect(message).toContain('NEXTAUTH_SECRET');
  });

  it('wants all three OIDC variables or none', () => {
    expect(errorOf({ OIDC_ISSUER: 'https://login.example.org' })).toMatch(
      /OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together/,
    );
    expect(errorOf({ OIDC_CLIENT_ID: 'crieur', OIDC_CLIENT_SECRET: 's' })).toMatch(/set all three or none/);
    const env = parseEnv({
      OIDC_ISSUER: 'https://login.example.org',
      OIDC_CLIENT_ID: 'crieur',
      OIDC_CLIENT_SECRET: 's',
      OIDC_NAME: 'FranceConnect',
    });
    expect(env.OIDC_NAME).toBe('FranceConnect');
  });

  it('wants the VAPID keys as a pair', () => {
    expect(errorOf({ VAPID_PUBLIC_KEY: keys.publicKey })).toMatch(
      /VAPID_PRIVATE_KEY VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together/,
    );
    expect(errorOf({ VAPID_PRIVATE_KEY: keys.privateKey })).toMatch(/go together/);
    expect(parseEnv({ VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey }).VAPID_PUBLIC_KEY).toBe(
      keys.publicKey,
    );
  });

  describe('in production', () => {
    it('runs with the secrets set', () => {
      expect(parseEnv(production).NODE_ENV).toBe('production');
    });

    it.each(['NEXTAUTH_SECRET', 'VAPID_PUBLIC_KEY', 'VAPID_PRIVATE_KEY'])('requires %s', (name) => {
      const source: Record<string, string | undefined> = { ...production, [name]: undefined };
      // Removing one VAPID key alone trips the pair rule first; remove both to see the production rule.
      if (name.startsWith('VAPID'))
        Object.assign(source, { VAPID_PUBLIC_KEY: undefined, VAPID_PRIVATE_KEY: undefined });
      const message = errorOf(source);
      expect(message).toMatch(/^Missing configuration: .*must be set in production/);
      expect(message).toContain(name);
    });

    it('lets `next build` prerender without the secrets', () => {
      expect(parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }).NODE_ENV).toBe('production');
      expect(() => parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-server' })).toThrow(
        /NEXTAUTH_SECRET/,
      );
    });
  });

  describe('mail (SMTP)', () => {
    const from = { MAIL_FROM: 'Town of Example <no-reply@example.org>' };
    it.each([
      [{ SMTP_URL: 'https://smtp.example.org', ...from }, 'SMTP_URL must be smtp://'],
      [{ SMTP_URL: 'smtp://smtp.example.org' }, 'MAIL_FROM must be set when mail is on'],
      [{ SMTP_HOST: 'smtp.example.org', MAIL_FROM: 'nobody' }, 'MAIL_FROM must be an address'],
      [{ SMTP_URL: 'smtp://a.example.org', SMTP_HOST: 'b.example.org', ...from }, 'SMTP_HOST and SMTP_URL name the'],
      [{ SMTP_PORT: '587', ...from }, 'SMTP_HOST must be set with'],
      [{ SMTP_HOST: 'smtp.example.org', SMTP_USER: 'mailer', ...from }, 'SMTP_PASSWORD and SMTP_USER go together'],
      [{ SMTP_HOST: 'smtp.example.org', SMTP_PORT: '70000', ...from }, 'SMTP_PORT must be at most 65535'],
      [{ SMTP_HOST: 'smtp.example.org', SMTP_SECURE: 'yes', ...from }, 'SMTP_SECURE must be 1, 0, true or false'],
    ])('refuses %j with a sentence naming the variable', (source, message) => {
      expect(errorOf(source)).toContain(message);
    });

    it('needs NEXTAUTH_URL in production: a mailed link must not take its origin from a request', () => {
      const mail = { ...production, SMTP_HOST: 'smtp.example.org', ...from };
      expect(errorOf(mail)).toContain('NEXTAUTH_URL must be set in production when mail is on');
      expect(parseEnv({ ...mail, NEXTAUTH_URL: 'https://town.example.org' }).SMTP_HOST).toBe('smtp.example.org');
      expect(parseEnv({ ...mail, SMTP_HOST: '' }).SMTP_HOST).toBeUndefined();
    });
  });

  describe('VAPID_SUBJECT', () => {
    it.each(['mailto:webmaster@ville.example.fr', 'https://ville.example.fr', 'https://ville.example.fr/contact'])(
      'accepts %s',
      (subject) => {
        expect(parseEnv({ VAPID_SUBJECT: subject }).VAPID_SUBJECT).toBe(subject);
      },
    );

    it.each([
      'webmaster@ville.example.fr',
      'http://ville.example.fr',
      'mailto:nobody',
      'mailto:a b@example.org',
      'mailto:<a@example.org>',
    ])('refuses %s', (subject) => {
      expect(errorOf({ VAPID_SUBJECT: subject })).toMatch(
        /VAPID_SUBJECT must be mailto:someone@example.org or an https: URL/,
      );
    });

    it.each(['mailto:admin@localhost', 'https://localhost:3000', 'https://LOCALHOST'])(
      'refuses localhost (%s), which Apple rejects',
      (subject) => {
        expect(errorOf({ VAPID_SUBJECT: subject })).toMatch(/VAPID_SUBJECT must not name localhost/);
      },
    );
  });
});
