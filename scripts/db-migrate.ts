// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and exits.
import { prepareDatabase } from '../lib/bootstrap/prepare-database';
import { parseEnv } from '../lib/env';

try {
  await prepareDatabase(parseEnv({ ...process.env, NODE_ENV: 'development' }), {
    seed: false,
    log: (l) => console.log(l),
  });
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
