import http from 'node:http';
import https from 'node:https';
import { describe, expect, it } from 'vitest';
import { createAgentPool, publicOnlyLookup } from './push-agents';

describe('agent pool', () => {
  it('keeps one keep-alive https agent per origin with maxSockets capped', () => {
    const pool = createAgentPool({ maxSocketsPerOrigin: 8 });
    const a = pool.agentFor(new URL('https://fcm.googleapis.com/fcm/send/1'), false);
    expect(a).toBeInstanceOf(https.Agent);
    expect(a.maxSockets).toBe(8);
    expect((a as unknown as { keepAlive: boolean }).keepAlive).toBe(true);
    // Names are resolved through the public-only lookup: a rebinding to 127.0.0.1 is not dialled.
    expect((a as unknown as { options: { lookup: unknown } }).options.lookup).toBe(publicOnlyLookup);
    expect(pool.agentFor(new URL('https://fcm.googleapis.com/fcm/send/2'), false)).toBe(a);
    expect(pool.agentFor(new URL('https://web.push.apple.com/x'), false)).not.toBe(a);
    expect(pool.size).toBe(2);
    pool.close();
    expect(pool.size).toBe(0);
  });

  it('uses plain http only for an origin the allowlist names', () => {
    const pool = createAgentPool({ maxSocketsPerOrigin: 2 });
    const listed = pool.agentFor(new URL('http://localhost:8120/notify/x'), true);
    expect(listed).toBeInstanceOf(http.Agent);
    expect(listed).not.toBeInstanceOf(https.Agent);
    expect((listed as unknown as { options: { lookup?: unknown } }).options.lookup).toBeUndefined();
    expect(() => pool.agentFor(new URL('http://push.example.org/x'), false)).toThrow(/plain http/);
    pool.close();
  });
});

describe('publicOnlyLookup', () => {
  const lookup = (host: string, all: boolean) =>
    new Promise<{ err: NodeJS.ErrnoException | null; res: unknown }>((resolve) =>
      publicOnlyLookup(
        host,
        { all } as never,
        ((err: NodeJS.ErrnoException | null, res: unknown) => resolve({ err, res })) as never,
      ),
    );

  it('refuses a name that resolves to a loopback address (as DNS rebinding would)', async () => {
    for (const all of [false, true]) {
      const { err } = await lookup('localhost', all);
      expect(err?.code).toBe('EBLOCKEDADDRESS');
    }
  });
});
