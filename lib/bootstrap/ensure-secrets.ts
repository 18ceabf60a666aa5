import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import webpush from 'web-push';

type Secrets = { nextauthSecret: string; vapidPublicKey: string; vapidPrivateKey: string };

export class SecretsError extends Error {
  name = 'SecretsError';
}

/**
 * Secrets the server needs, taken from the environment or else from CRIEUR_DATA_DIR/secrets.json (created once).
 * The VAPID key must never change silently: every stored subscription is bound to it.
 */
export function ensureSecrets(
  dataDir: string,
  env: Record<string, string | undefined> = process.env,
): { created: string[] } {
  const file = path.join(dataDir, 'secrets.json');
  const stored = readStored(file);
  const fromEnv = {
    NEXTAUTH_SECRET: Boolean(env.NEXTAUTH_SECRET),
    VAPID: Boolean(env.VAPID_PUBLIC_KEY || env.VAPID_PRIVATE_KEY),
  };
  const created: string[] = [];
  if (!fromEnv.NEXTAUTH_SECRET && !stored.nextauthSecret) {
    stored.nextauthSecret = randomBytes(32).toString('base64url');
    created.push('session secret');
  }
  if (!fromEnv.VAPID && !(stored.vapidPublicKey && stored.vapidPrivateKey)) {
    const keys = webpush.generateVAPIDKeys();
    stored.vapidPublicKey = keys.publicKey;
    stored.vapidPrivateKey = keys.privateKey;
    created.push('VAPID key pair');
  }
  if (created.length) writePrivate(file, JSON.stringify(stored, null, 2) + '\n');

  env.NEXTAUTH_SECRET ||= stored.nextauthSecret;
  // Keys come as a pair: never mix an env public key with a stored private key (env.ts refuses a half pair).
  if (!fromEnv.VAPID) {
    env.VAPID_PUBLIC_KEY = stored.vapidPublicKey;
    env.VAPID_PRIVATE_KEY = stored.vapidPrivateKey;
  }
  return { created };
}

function readStored(file: string): Partial<Secrets> {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
  } catch (err) {
    // Regenerating here would replace the VAPID key and orphan every push subscription: make a person decide.
    throw new SecretsError(
      `${file} is unreadable (${(err as Error).message.split('\n')[0]}). Restore it from a backup; ` +
        'deleting it creates new keys and every device must subscribe again.',
    );
  }
}

// Written to a temporary file then renamed, so a crash never leaves half a file, and created 0600 from the start.
function writePrivate(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600 });
  renameSync(tmp, file);
}
