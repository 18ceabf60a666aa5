// Entry of an encryption thread in the bundled worker (scripts/bundle-worker.mjs writes it next to the pool's code
// as encrypt-worker-bootstrap.mjs). Unbundled (vitest, tsx), encrypt-worker-bootstrap.mjs loads the TypeScript.
import { serveEncryptRequests } from './encrypt-worker';

serveEncryptRequests();
