// A second web instance for the shared-limits test: its own process and connection pool on the same PostgreSQL,
// trying ATTEMPTS password sign-ins at once through the same code as the credentials callback.
// Env: DATABASE_URL, EMAIL, PASSWORD, ATTEMPTS, ADDRESS. Prints one JSON line: { signedIn, refused, locked }.
import { passwordSignIn } from '../lib/auth/password-sign-in';
import { openDatabase, setDatabase } from '../lib/db/client';

const database = openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL! }, { poolSize: 8 });
setDatabase(database);
const results = await Promise.all(
  Array.from({ length: Number(process.env.ATTEMPTS ?? 10) }, () =>
    passwordSignIn({
      email: process.env.EMAIL!,
      password: process.env.PASSWORD!,
      address: process.env.ADDRESS ?? '192.0.2.50',
    }),
  ),
);
const count = (kind: string) => results.filter((r) => r.kind === kind).length;
console.log(JSON.stringify({ signedIn: count('signed-in'), refused: count('refused'), locked: count('locked') }));
await database.close();
