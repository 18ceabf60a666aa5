import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpush from 'web-push';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEnv } from '../env';
import { ensureSecrets, SecretsError } from './ensure-secrets';

type Vars = Record<string, string | undefined>;
let dir: string;
beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'crieur-secrets-')), 'data');
});
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

const stored = () => JSON.parse(readFileSync(path.join(dir, 'secrets.json'), 'utf8'));

describe('ensureSecrets', () => {
  it('generates a session secret and a VAPID key pair once, into a 0600 file, and fills the env with them', () => {
    const env: Vars = {};
    expect(ensureSecrets(dir, env).created).toEqual(['session secret', 'VAPID key pair']);
    const file = path.join(dir, 'secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(stored()).toEqual({
      nextauthSecret: env.NEXTAUTH_SECRET,
      vapidPublicKey: env.VAPID_PUBLIC_KEY,
      vapidPrivateKey: env.VAPID_PRIVATE_KEY,
    });
    // What it generated passes the production checks.
    expect(() => parseEnv({ ...env, NODE_ENV: 'production' })).not.toThrow();
  });

  it('keeps them unchanged on the next start', () => {
    const first: Vars = {};
    ensureSecrets(dir, first);
    const before = readFileSync(path.join(dir, 'secrets.json'), 'utf8');
    const second: Vars = {};
    expect(ensureSecrets(dir, second).created).toEqual([]);
    expect(second).toEqual(first);
    expect(readFileSync(path.join(dir, 'secrets.json'), 'utf8')).toBe(before);
  });

  it('lets the environment win, and generates nothing the environment provides', () => {
    const keys = webpush.generateVAPIDKeys();
    const env: Vars = {
      NEXTAUTH_SECRET: 'from-the-environment-0123456789',
      VAPID_PUBLIC_KEY: keys.publicKey,
      VAPID_PRIVATE_KEY: keys.privateKey,
    };
    const copy = { ...env };
    expect(ensureSecrets(dir, env).created).toEqual([]);
    expect(env).toEqual(copy);
  });

  it('lets env keys win over stored ones, without touching the stored ones', () => {
    ensureSecrets(dir, {});
    const before = stored();
    const keys = webpush.generateVAPIDKeys();
    const env: Vars = { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey };
    ensureSecrets(dir, env);
    expect(env).toMatchObject({
      VAPID_PUBLIC_KEY: keys.publicKey,
      VAPID_PRIVATE_KEY: keys.privateKey,
      NEXTAUTH_SECRET: before.nextauthSecret,
    });
    expect(stored()).toEqual(before);
  });

  it('never pairs half a key pair from the env with a stored key', () => {
    ensureSecrets(dir, {});
    const env: Vars = { VAPID_PUBLIC_KEY: webpush.generateVAPIDKeys().publicKey };
    ensureSecrets(dir, env);
    expect(env.VAPID_PRIVATE_KEY).toBeUndefined();
    expect(() => parseEnv(env)).toThrow(/VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together/);
  });

  it('refuses to replace an unreadable secrets file (new keys would orphan every subscription)', () => {
    ensureSecrets(dir, {});
    writeFileSync(path.join(dir, 'secrets.json'), '{"nextauthSecret": "abc", ');
    expect(() => ensureSecrets(dir, {})).toThrow(SecretsError);
    expect(() => ensureSecrets(dir, {})).toThrow(/secrets\.json is unreadable .*Restore it from a backup/);
    expect(readFileSync(path.join(dir, 'secrets.json'), 'utf8')).toBe('{"nextauthSecret": "abc", ');
  });
});
