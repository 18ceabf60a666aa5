// Entry of one thread of the all-core crypto ceiling (crypto-ceiling.ts). Worker threads do not inherit tsx's module
// hooks on Node 20: the TypeScript is loaded through tsx's require API, as lib/push/encrypt-worker-bootstrap.mjs does.
import { parentPort, workerData } from 'node:worker_threads';
import { require as tsxRequire } from 'tsx/cjs/api';

const { measureCryptoLimit } = tsxRequire('./crypto-limit.ts', import.meta.url);
const { targets, payload, vapid, messages } = workerData;
measureCryptoLimit(targets, payload, vapid, Math.min(messages, 500)); // warm-up (JIT), not counted
parentPort.postMessage({ ready: true });
parentPort.once('message', () => {
  const run = measureCryptoLimit(targets, payload, vapid, messages);
  parentPort.postMessage({ done: true, messages: run.messages });
});
