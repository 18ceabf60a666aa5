import { createHash } from 'node:crypto';

/** Tokens are 256-bit random strings: a fast unsalted hash is enough, and keeps the lookup an indexed equality. */
export const hashApiToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const API_TOKEN_PREFIX = 'crieur_';
