import { z } from 'zod';
// Only validation/ below: every other part of lib/ reads the environment through this module.
import { AllowlistError, parseEndpointAllowlist } from './validation/endpoint-allowlist';
import { DEFAULT_PUSH_CONCURRENCY, DEFAULT_PUSH_MAX_ATTEMPTS } from './validation/push-settings';
import { parseTrustedProxies, TrustedProxiesError } from './validation/trusted-proxies';
import {
  CapConfigError,
  parseCapDefaultAudience,
  parseCapFeedConfig,
  parseCapTopicRules,
} from './validation/cap-settings';

// Checked once per process: a missing or malformed variable stops start-up with a sentence naming it.
const boolish = z
  .enum(['0', '1', 'true', 'false'], 'must be 1, 0, true or false')
  .transform((v) => v === '1' || v === 'true');
const url = (example: string) => z.url(`must be a full URL such as ${example}`);
const whole = (min: number, max: number) =>
  z.coerce
    .number(`must be a whole number from ${min} to ${max}`)
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const vapidSubject = z
  .string()
  .regex(
    /^(mailto:[^\s<>]+@[^\s<>]+|https:\/\/[^\s<>]+)$/,
    'must be mailto:someone@example.org or an https: URL, with no spaces or angle brackets',
  )
  // Apple's push service answers 403 BadJwtToken to a localhost subject.
  .refine((v) => !/localhost/i.test(v), 'must not name localhost (Apple rejects it)');

const schema = z
  .object({
    NODE_ENV: z
      .enum(['development', 'production', 'test'], 'must be development, production or test')
      .default('development'),
    DATABASE_URL: z
      .string()
      // The regex alone lets through URLs that `new URL` (and so pg) rejects later with a stack trace.
      .refine(
        (v) => /^postgres(ql)?:\/\/\S+$/.test(v) && URL.canParse(v),
        'must look like postgresql://user:password@host:5432/database',
      )
      .optional(),
    CRIEUR_DATA_DIR: z.string().min(1).default('.crieur-data'),
    // Read by lib/log/logger.ts straight from process.env (loggers are made at import time); checked here at boot.
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error'], 'must be debug, info, warn or error').default('info'),
    NEXTAUTH_SECRET: z.string().min(16, 'must be at least 16 characters (try: openssl rand -base64 32)').optional(),
    NEXTAUTH_URL: url('https://crieur.example.org').optional(),
    VAPID_PUBLIC_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{87}$/, 'must be a base64url P-256 public key (87 characters)')
      .optional(),
    VAPID_PRIVATE_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url P-256 private key (43 characters)')
      .optional(),
    VAPID_SUBJECT: vapidSubject.default('mailto:webmaster@crieur.example.org'),
    PUSH_ENDPOINT_ALLOWLIST: z.string().optional(),
    PUSH_CONCURRENCY: whole(1, 1024).default(DEFAULT_PUSH_CONCURRENCY),
    // Threads that encrypt in a dispatcher process (npm run worker); unset: one per core but one, at most 4.
    PUSH_ENCRYPT_THREADS: whole(0, 64).optional(),
    PUSH_TIMEOUT_MS: whole(100, 120_000).default(10_000),
    // Attempts per delivery for answers worth retrying (5xx, 429, timeouts); 1 gives up at the first one.
    PUSH_MAX_ATTEMPTS: whole(1, 20).default(DEFAULT_PUSH_MAX_ATTEMPTS),
    CRIEUR_DISPATCHER: boolish.default(true),
    // Push only the notification id; devices fetch the content from the portal with the user's cookie.
    PUSH_PRIVATE_PAYLOADS: boolish.default(false),
    // A device not seen (no signed-in visit) for this many days gets one "are you still there?" notice, and is
    // removed PUSH_DEVICE_GRACE_DAYS later if nobody opened the portal on it meanwhile.
    PUSH_DEVICE_UNSEEN_DAYS: whole(1, 3650).default(60),
    PUSH_DEVICE_GRACE_DAYS: whole(1, 365).default(14),
    // A device that accepted a push this many days ago and reported none shown since is "silent" (a dead Safari
    // subscription still answers 201): marked in the devices list, proposed by the prune preview.
    PUSH_SILENT_DAYS: whole(1, 3650).default(30),
    // Audit log entries older than this many days are deleted by the dispatcher's sweep; unset: kept forever.
    AUDIT_RETENTION_DAYS: whole(1, 36_500).optional(),
    // How long a worker owns the deliveries it claimed; a crashed worker's share is retried after this.
    PUSH_LEASE_MS: whole(1000, 3_600_000).default(60_000),
    OIDC_ISSUER: url('https://login.example.org/realms/citizens').optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().min(1).default('Identity provider'),
    // Proxies allowed to name the client in X-Forwarded-For (per-address limits): a hop count or addresses/CIDRs.
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .transform((v, ctx) => {
        try {
          return parseTrustedProxies(v);
        } catch (err) {
          if (!(err instanceof TrustedProxiesError)) throw err;
          ctx.addIssue({ code: 'custom', message: err.message });
          return z.NEVER;
        }
      }),
    // Brute force: wrong passwords per account, and per client address, before sign-in answers 429 for a while.
    SIGNIN_ACCOUNT_FAILURES: whole(1, 100).default(5),
    SIGNIN_ADDRESS_FAILURES: whole(1, 100_000).default(20),
    SIGNIN_LOCKOUT_MINUTES: whole(1, 1440).default(15),
    SIGNUPS_PER_ADDRESS_PER_HOUR: whole(1, 100_000).default(10),
    API_REQUESTS_PER_MINUTE: whole(1, 1_000_000).default(120),
    INBOX_ACTIONS_PER_MINUTE: whole(1, 100_000).default(120),
    // The composer asks to confirm, with the count, a send to more people than this (0: every send).
    COMPOSE_CONFIRM_THRESHOLD: whole(0, 10_000_000).default(50),
    // "Forgotten password" requests, per e-mail typed (known or not) and per client address.
    PASSWORD_RESETS_PER_EMAIL_PER_HOUR: whole(1, 1000).default(5),
    PASSWORD_RESETS_PER_ADDRESS_PER_HOUR: whole(1, 100_000).default(20),
    // Public alerts published as CAP 1.2 (/alerts.atom): who issues them and the area they cover.
    CAP_SENDER: z
      .string()
      .regex(/^[^\s,<&]+$/, 'must have no spaces, commas, < or & (CAP §3.2.1)')
      .optional(),
    CAP_SENDER_NAME: z.string().min(1).max(200).default('Crieur'),
    CAP_AREA_DESC: z.string().min(1).max(500).default('The town and its surroundings'),
    // CAP alerts coming in (POST /api/v1/alerts): the topic each reaches by category/event, else the default.
    CAP_TOPIC_RULES: z.string().optional().transform(capConfig(parseCapTopicRules)),
    CAP_DEFAULT_AUDIENCE: z.string().optional().transform(capConfig(parseCapDefaultAudience)),
    // CAP Atom/RSS feeds polled for alerts (comma-separated), the hosts they may be fetched from, and how often.
    CAP_FEED_URLS: z.string().optional(),
    CAP_FEED_ALLOWLIST: z.string().optional(),
    CAP_FEED_INTERVAL_SECONDS: whole(30, 86_400).default(300),
    // Outgoing mail (password reset links): SMTP_URL, or SMTP_HOST and its companions; unset, links are logged.
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: 'must be smtp://user:password@host:587 or smtps://…:465' })
      .optional(),
    SMTP_HOST: z
      .string()
      .regex(/^[A-Za-z0-9.:[\]-]+$/, 'must be a host name or address')
      .optional(),
    SMTP_PORT: whole(1, 65_535).optional(),
    // true: TLS from the first byte (port 465); false: STARTTLS when the server offers it (587, 25).
    SMTP_SECURE: boolish.optional(),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    MAIL_FROM: z
      .string()
      .regex(/^([^<>\r\n]*<)?[^\s@<>]+@[^\s@<>]+>?$/, 'must be an address, or a name and one: Town <town@example.org>')
      .optional(),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
    if (oidc !== 0 && oidc !== 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message: 'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three or none',
      });
    }
    try {
      parseEndpointAllowlist(env.PUSH_ENDPOINT_ALLOWLIST);
    } catch (err) {
      if (!(err instanceof AllowlistError)) throw err;
      ctx.addIssue({
        code: 'custom',
        path: ['PUSH_ENDPOINT_ALLOWLIST'],
        message: err.message.replace(/^PUSH_ENDPOINT_ALLOWLIST: /, ''),
      });
    }
    if (env.PUSH_LEASE_MS < 3 * env.PUSH_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['PUSH_LEASE_MS'],
        message:
          `must be at least 3 × PUSH_TIMEOUT_MS (${3 * env.PUSH_TIMEOUT_MS}): ` +
          'a claimed batch waits for a free slot, then sends',
      });
    }
    checkMailSettings(env, ctx);
    try {
      parseCapFeedConfig(env.CAP_FEED_URLS, env.CAP_FEED_ALLOWLIST);
    } catch (err) {
      addCapIssue(err, ctx);
    }
    if (Boolean(env.VAPID_PUBLIC_KEY) !== Boolean(env.VAPID_PRIVATE_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: ['VAPID_PRIVATE_KEY'],
        message: 'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together (npx web-push generate-vapid-keys)',
      });
    }
  });

export type Env = z.infer<typeof schema>;

function capConfig<T>(parse: (v: string | undefined) => T) {
  return (v: string | undefined, ctx: z.RefinementCtx): T => {
    try {
      return parse(v);
    } catch (err) {
      addCapIssue(err, ctx);
      return z.NEVER;
    }
  };
}

// "CAP_FEED_URLS: … is refused" → an issue on CAP_FEED_URLS saying "… is refused".
function addCapIssue(err: unknown, ctx: z.RefinementCtx) {
  if (!(err instanceof CapConfigError)) throw err;
  const [, name, message] = /^(CAP_[A-Z_]+):? ([^]*)$/.exec(err.message) ?? [];
  ctx.addIssue({ code: 'custom', ...(name ? { path: [name] } : {}), message: message ?? err.message });
}

type MailSettings = Pick<
  Env,
  'SMTP_URL' | 'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'SMTP_USER' | 'SMTP_PASSWORD' | 'MAIL_FROM'
>;

function checkMailSettings(env: MailSettings, ctx: z.RefinementCtx) {
  const issue = (path: keyof MailSettings, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (env.SMTP_URL && env.SMTP_HOST) issue('SMTP_HOST', 'and SMTP_URL name the mail server twice: set one of them');
  const parts = [env.SMTP_PORT, env.SMTP_SECURE, env.SMTP_USER, env.SMTP_PASSWORD].some((v) => v !== undefined);
  if (parts && !env.SMTP_HOST) issue('SMTP_HOST', 'must be set with SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD');
  if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD)) issue('SMTP_PASSWORD', 'and SMTP_USER go together');
  if ((env.SMTP_URL || env.SMTP_HOST) && !env.MAIL_FROM) {
    const example = 'Town of Example <no-reply@example.org>';
    issue('MAIL_FROM', `must be set when mail is on (SMTP_URL or SMTP_HOST): the sender, e.g. ${example}`);
  }
}

/** Variables a production server cannot run without (`npm start` fills them from the data folder). */
const REQUIRED_IN_PRODUCTION = ['NEXTAUTH_SECRET', 'VAPID_PUBLIC_KEY', 'VAPID_PRIVATE_KEY'] as const;

export class EnvError extends Error {
  name = 'EnvError';
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${String(i.path[0] ?? 'env')} ${i.message}`);
    throw new EnvError(`Invalid configuration: ${lines.join('; ')}`);
  }
  const env = result.data;
  // `next build` evaluates route code without secrets; the server checks them when it starts.
  if (env.NODE_ENV === 'production' && source.NEXT_PHASE !== 'phase-production-build') {
    const missing = REQUIRED_IN_PRODUCTION.filter((k) => !env[k]);
    if (missing.length) {
      throw new EnvError(
        `Missing configuration: ${missing.join(', ')} must be set in production ` +
          '(npm start generates them in CRIEUR_DATA_DIR; see README "Configuration")',
      );
    }
    // A mailed link must name the portal's own address, never one taken from a request's Host header, which the
    // sender of a "forgotten password" request chooses (the link would lead the person to the sender's site).
    if ((env.SMTP_URL || env.SMTP_HOST) && !env.NEXTAUTH_URL) {
      throw new EnvError(
        'Missing configuration: NEXTAUTH_URL must be set in production when mail is on (SMTP_URL or SMTP_HOST): ' +
          'links in e-mails use it',
      );
    }
  }
  return env;
}

/**
 * The secret sessions and delivery report tokens derive their keys from: NEXTAUTH_SECRET, which production requires
 * (parseEnv), or a fixed one in development and tests.
 */
export function serverSecret(env: Env): string | undefined {
  return env.NEXTAUTH_SECRET ?? (env.NODE_ENV === 'production' ? undefined : 'crieur-development-secret-only');
}

let cached: Env | undefined;
export function getEnv(): Env {
  return (cached ??= parseEnv(process.env));
}
