import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import webpush from 'web-push';

type Secrets = { nextauthSecret: string; vapidPublicKey: string; vapidPrivateKey: string };

/**
 * Secrets the server needs, taken from the environment or else from CRIEUR_DATA_DIR/secrets.json (created once).
 * The VAPID key must never change silently: every stored subscription is bound to it.
 */
export function ensureSecrets(dataDir: string, env: NodeJS.ProcessEnv = process.env): { created: string[]; source: Record<string, 'env' | 'data folder'> } {
  const file = path.join(dataDir, 'secrets.json');
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
  const created: string[] = [];
  if (!stored.nextauthSecret) {
    stored.nextauthSecret = randomBytes(32).toString('base64url');
    created.push('session secret');
  }
  if (!stored.vapidPublicKey || !stored.vapidPrivateKey) {
    const keys = webpush.generateVAPIDKeys();
    stored.vapidPublicKey = keys.publicKey;
    stored.vapidPrivateKey = keys.privateKey;
    created.push('VAPID key pair');
  }
  if (created.length) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
  }
  const source: Record<string, 'env' | 'data folder'> = {};
  const fill = (name: string, value: string) => {
    source[name] = env[name] ? 'env' : 'data folder';
    env[name] ||= value;
  };
  fill('NEXTAUTH_SECRET', stored.nextauthSecret);
  // Keys come as a pair: never mix an env public key with a stored private key.
  if (!env.VAPID_PUBLIC_KEY && !env.VAPID_PRIVATE_KEY) {
    env.VAPID_PUBLIC_KEY = stored.vapidPublicKey;
    env.VAPID_PRIVATE_KEY = stored.vapidPrivateKey;
    source.VAPID = 'data folder';
  } else source.VAPID = 'env';
  return { created: source.VAPID === 'env' ? created.filter((c) => !c.startsWith('VAPID')) : created, source };
}
