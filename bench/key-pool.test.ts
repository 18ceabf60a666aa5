import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKeyPool } from './key-pool';

describe('subscription key pool', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crieur-keys-'));
  const file = path.join(dir, 'keys.txt');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('generates real P-256 points and 16-byte secrets once, then reuses and tops them up', () => {
    const first = loadKeyPool(3, file);
    expect(first.generated).toBe(3);
    for (const k of first.keys) {
      const point = Buffer.from(k.p256dh, 'base64url');
      expect(point.length).toBe(65);
      expect(point[0]).toBe(4);
      expect(Buffer.from(k.auth, 'base64url').length).toBe(16);
    }
    const again = loadKeyPool(2, file);
    expect(again.generated).toBe(0);
    expect(again.keys).toEqual(first.keys.slice(0, 2));
    const more = loadKeyPool(5, file);
    expect(more.generated).toBe(2);
    expect(more.keys.slice(0, 3)).toEqual(first.keys);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(5);
  });
});
