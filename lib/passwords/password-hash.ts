import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes): slow enough for stolen hashes, fast enough for a sign-in.
const OPTIONS = {
  algorithm: 2 /* Argon2id (a const enum: inlined) */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Spent on unknown e-mails too, so response time does not tell which accounts exist.
let dummy: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword('crieur-timing-equaliser');
  await verifyPassword(await dummy, password);
}
