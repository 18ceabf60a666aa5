// Real subscription keys (a P-256 public point and a 16-byte auth secret per device, as a browser makes them),
// generated once and cached: 100 000 key pairs take seconds to make, and making them is not what we measure.
import { createECDH, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type SubscriptionKeys = { p256dh: string; auth: string };

export const CACHE_DIR = path.resolve(import.meta.dirname, '.cache');
const POOL_FILE = path.join(CACHE_DIR, 'subscription-keys.txt');

/** At least `count` key sets: the cached ones, topped up (and the cache rewritten) when there are too few. */
export function loadKeyPool(count: number, file = POOL_FILE): { keys: SubscriptionKeys[]; generated: number } {
  const keys = existsSync(file) ? parse(readFileSync(file, 'utf8')) : [];
  const missing = Math.max(0, count - keys.length);
  if (missing) {
    for (let i = 0; i < missing; i++) keys.push(generateKeys());
    mkdirSync(path.dirname(file), { recursive: true });
    // Written aside then renamed: an interrupted run never leaves a truncated pool behind.
    writeFileSync(`${file}.tmp`, keys.map((k) => `${k.p256dh} ${k.auth}`).join('\n') + '\n');
    renameSync(`${file}.tmp`, file);
  }
  return { keys: keys.slice(0, count), generated: missing };
}

export function generateKeys(): SubscriptionKeys {
  const ecdh = createECDH('prime256v1');
  return { p256dh: ecdh.generateKeys().toString('base64url'), auth: randomBytes(16).toString('base64url') };
}

function parse(text: string): SubscriptionKeys[] {
  const keys: SubscriptionKeys[] = [];
  for (const line of text.split('\n')) {
    const [p256dh, auth] = line.split(' ');
    // A line cut short by a crash would make every later run fail to encrypt: keep only well-formed ones.
    if (p256dh?.length === 87 && auth?.length === 22) keys.push({ p256dh, auth });
  }
  return keys;
}
