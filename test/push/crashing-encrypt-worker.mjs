// An encryption thread that dies when asked to encrypt the payload "crash", and otherwise is the real one.
import { require as tsxRequire } from 'tsx/cjs/api';

const { serveEncryptRequests } = tsxRequire('../../lib/push/encrypt-worker.ts', import.meta.url);
serveEncryptRequests(({ texts }) => {
  if (texts.includes('crash')) process.exit(3);
});
