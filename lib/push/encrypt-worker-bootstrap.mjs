// Entry of an encryption thread (encryption-pool.ts). Worker threads do not inherit tsx's module hooks on Node 20,
// so the worker's TypeScript is loaded through tsx's require API (in-thread, without the extra loader thread that
// its ESM API starts), the same way under `npm run worker`, the benchmark and vitest.
import { require as tsxRequire } from 'tsx/cjs/api';

const { serveEncryptRequests } = tsxRequire('./encrypt-worker.ts', import.meta.url);
serveEncryptRequests();
