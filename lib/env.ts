import { z } from 'zod';
import { DEFAULT_RETRY_POLICY } from './push/dispatcher/outcome';
import { AllowlistError, parseEndpointAllowlist } from './push/endpoint-allowlist';
import { DEFAULT_PUSH_CONCURRENCY } from './push/push-concurrency';

// Checked once per process: a missing or malformed variable stops start-up with a sentence naming it.
const boolish = z.enum(['0', '1', 'true', 'false'], 'must be 1, 0, true or false').transform((v) => v === '1' || v === 'true');
const url = (example: string) => z.url(`must be a full URL such as ${example}`);
const whole = (min: number, max: number) =>
  z.coerce.number(`must be a whole number from ${min} to ${max}`).int(`must be a whole number from ${min} to ${max}`).min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

const vapidSubject = z
  .string()
  .regex(/^(mailto:[^\s<>]+@[^\s<>]+|https:\/\/[^\s<>]+)$/, 'must be mailto:someone@example.org or an https: URL, with no spaces or angle brackets')
  // Apple's push service answers 403 BadJwtToken to a localhost subject.
  .refine((v) => !/localhost/i.test(v), 'must not name localhost (Apple rejects it)');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test'], 'must be development, production or test').default('development'),
    DATABASE_URL: z
      .string()
      // The regex alone lets through URLs that `new URL` (and so pg) rejects later with a stack trace.
      .refine((v) => /^postgres(ql)?:\/\/\S+$/.test(v) && URL.canParse(v), 'must look like postgresql://user:password@host:5432/database')
      .optional(),
    CRIEUR_DATA_DIR: z.string().min(1).default('.crieur-data'),
    NEXTAUTH_SECRET: z.string().min(16, 'must be at least 16 characters (try: openssl rand -base64 32)').optional(),
    NEXTAUTH_URL: url('https://crieur.example.org').optional(),
    VAPID_PUBLIC_KEY: z.string().regex(/^[A-Za-z0-9_-]{87}$/, 'must be a base64url P-256 public key (87 characters)').optional(),
    VAPID_PRIVATE_KEY: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url P-256 private key (43 characters)').optional(),
    VAPID_SUBJECT: vapidSubject.default('mailto:webmaster@crieur.example.org'),
    PUSH_ENDPOINT_ALLOWLIST: z.string().optional(),
    PUSH_CONCURRENCY: whole(1, 1024).default(DEFAULT_PUSH_CONCURRENCY),
    // Threads that encrypt in a dispatcher process (npm run worker); unset: one per core but one, at most 4.
    PUSH_ENCRYPT_THREADS: whole(0, 64).optional(),
    PUSH_TIMEOUT_MS: whole(100, 120_000).default(10_000),
    // Attempts per delivery for answers worth retrying (5xx, 429, timeouts); 1 gives up at the first one.
    PUSH_MAX_ATTEMPTS: whole(1, 20).default(DEFAULT_RETRY_POLICY.maxAttempts),
    CRIEUR_DISPATCHER: boolish.default(true),
    // Push only the notification id; devices fetch the content from the portal with the user's cookie.
    PUSH_PRIVATE_PAYLOADS: boolish.default(false),
    // How long a worker owns the deliveries it claimed; a crashed worker's share is retried after this.
    PUSH_LEASE_MS: whole(1000, 3_600_000).default(60_000),
    OIDC_ISSUER: url('https://login.example.org/realms/citizens').optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().min(1).default('Identity provider'),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
    if (oidc !== 0 && oidc !== 3) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: 'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three or none' });
    }
    try {
      parseEndpointAllowlist(env.PUSH_ENDPOINT_ALLOWLIST);
    } catch (err) {
      if (!(err instanceof AllowlistError)) throw err;
      ctx.addIssue({ code: 'custom', path: ['PUSH_ENDPOINT_ALLOWLIST'], message: err.message.replace(/^PUSH_ENDPOINT_ALLOWLIST: /, '') });
    }
    if (env.PUSH_LEASE_MS < 3 * env.PUSH_TIMEOUT_MS) {
      ctx.addIssue({ code: 'custom', path: ['PUSH_LEASE_MS'], message: `must be at least 3 × PUSH_TIMEOUT_MS (${3 * env.PUSH_TIMEOUT_MS}): a claimed batch waits for a free slot, then sends` });
    }
    if (Boolean(env.VAPID_PUBLIC_KEY) !== Boolean(env.VAPID_PRIVATE_KEY)) {
      ctx.addIssue({ code: 'custom', path: ['VAPID_PRIVATE_KEY'], message: 'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together (npx web-push generate-vapid-keys)' });
    }
  });

export type Env = z.infer<typeof schema>;

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
  // `next build` prerenders static pages (offline, 404) without secrets; the server checks them when it starts.
  if (env.NODE_ENV === 'production' && source.NEXT_PHASE !== 'phase-production-build') {
    const missing = REQUIRED_IN_PRODUCTION.filter((k) => !env[k]);
    if (missing.length) {
      throw new EnvError(
        `Missing configuration: ${missing.join(', ')} must be set in production (npm start generates them in CRIEUR_DATA_DIR; see README "Configuration")`,
      );
    }
  }
  return env;
}

let cached: Env | undefined;
export function getEnv(): Env {
  return (cached ??= parseEnv(process.env));
}
