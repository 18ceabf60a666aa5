// Starts the local mock push service (web-push-testing) on a free port for one test file.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export type MockPushService = {
  origin: string;
  subscribe(
    applicationServerKey: string,
  ): Promise<{ endpoint: string; keys: { p256dh: string; auth: string }; clientHash: string }>;
  messages(clientHash: string): Promise<string[]>;
  expire(clientHash: string): Promise<void>;
  stop(): Promise<void>;
};

export async function startMockPushService(): Promise<MockPushService> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.resolve('node_modules/web-push-testing/src/bin/server.js'), String(port)],
    { stdio: 'ignore' },
  );
  const origin = `http://localhost:${port}`;
  const post = async (p: string, body?: unknown) =>
    fetch(origin + p, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  for (let i = 0; ; i++) {
    try {
      if ((await post('/status')).ok) break;
    } catch {
      if (i > 100) throw new Error('web-push-testing did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    origin,
    async subscribe(applicationServerKey) {
      // userVisibleOnly must be the string 'true' (a JSON boolean gets a 400).
      const r = await post('/subscribe', { userVisibleOnly: 'true', applicationServerKey });
      if (!r.ok) throw new Error(`subscribe: ${r.status} ${await r.text()}`);
      return (await r.json()).data;
    },
    async messages(clientHash) {
      return (await (await post('/get-notifications', { clientHash })).json()).data.messages;
    },
    async expire(clientHash) {
      await post(`/expire-subscription/${clientHash}`);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
