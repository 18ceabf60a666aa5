import { describe, expect, it } from 'vitest';
import type { SqlClient } from '../../db/sql-client';
import { fakeQueryBuilder } from '../../../test/fake-query-builder';
import { CANCEL_FENCE_MS, CANCEL_WAIT_MS, createCancelWatch } from './cancel-watch';

/** A clock the test moves, and a Notification table reduced to the set of cancelled ids. */
function world() {
  const w = { t: 0, cancelled: new Set<string>(), looks: 0, down: false };
  const kysely = fakeQueryBuilder(async ({ parameters }) => {
    w.looks++;
    if (w.down) throw new Error('connection refused');
    return (parameters[0] as string[]).filter((id) => w.cancelled.has(id)).map((id) => ({ id }));
  });
  const sql = { kysely } as SqlClient;
  return { w, watch: createCancelWatch(sql, () => w.t) };
}

describe('cancel watch', () => {
  it('waits longer in cancelNotification than the fence the sends keep', () => {
    expect(CANCEL_WAIT_MS).toBeGreaterThan(CANCEL_FENCE_MS);
  });

  it('a send after a cancel has returned always sees it, however the looks fell', async () => {
    const { w, watch } = world();
    watch.watch('n1');
    expect(await watch.isCancelled('n1')).toBe(false); // a look at t = 0
    w.t = 5;
    w.cancelled.add('n1'); // committed at t = 5…
    w.t = 5 + CANCEL_WAIT_MS; // …cancelNotification returns now
    expect(await watch.isCancelled('n1')).toBe(true);
  });

  it('shares one look between the sends of a moment and refreshes in the background', async () => {
    const { w, watch } = world();
    watch.watch('n1');
    await Promise.all([watch.isCancelled('n1'), watch.isCancelled('n1'), watch.isCancelled('n1')]);
    expect(w.looks).toBe(1);
    w.cancelled.add('n1');
    w.t = 30; // past the refresh period, within the fence: this send goes on what it knew, a look starts
    expect(await watch.isCancelled('n1')).toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(await watch.isCancelled('n1')).toBe(true);
  });

  it('lets nothing through when the database cannot be asked', async () => {
    const { w, watch } = world();
    watch.watch('n1');
    w.down = true;
    await expect(watch.isCancelled('n1')).rejects.toThrow('connection refused');
  });

  it('forgets an id it was asked about without a watch, and one whose watches were all released', async () => {
    const asked: string[][] = [];
    const kysely = fakeQueryBuilder(async ({ parameters }) => (asked.push(parameters[0] as string[]), []));
    const sql = { kysely } as SqlClient;
    const w = { t: 0 };
    const watch = createCancelWatch(sql, () => w.t);
    expect(await watch.isCancelled('unwatched')).toBe(false);
    watch.watch('done');
    watch.watch('done');
    expect(await watch.isCancelled('done')).toBe(false);
    watch.release('done');
    watch.release('done');
    watch.watch('n1');
    w.t += CANCEL_FENCE_MS + 1;
    await watch.isCancelled('n1');
    expect(asked.at(-1)).toEqual(['n1']);
  });

  describe('devices', () => {
    /** A PushSubscription table reduced to id → endpoint, and the device looks it answered. */
    function devicesWorld() {
      const w = { t: 0, endpoints: new Map([['s1', 'https://push.test/a']]), deviceLooks: 0 };
      const kysely = fakeQueryBuilder(async ({ sql, parameters }) => {
        if (!sql.includes('"PushSubscription"')) return [];
        w.deviceLooks++;
        const ids = parameters[0] as string[];
        return ids.filter((id) => w.endpoints.has(id)).map((id) => ({ id, endpoint: w.endpoints.get(id) }));
      });
      return { w, watch: createCancelWatch({ kysely } as SqlClient, () => w.t) };
    }
    const device = { subscriptionId: 's1', endpoint: 'https://push.test/a' };

    it('takes the claim as the look: a send within the fence of its claim asks nothing more', async () => {
      const { w, watch } = devicesWorld();
      watch.watchDevice(device, 0);
      w.t = CANCEL_FENCE_MS;
      expect(await watch.deviceVerdict(device)).toBe('present');
      expect(w.deviceLooks).toBe(0);
    });

    it('stops a send that waited past the fence once its device was removed, or moved to a new endpoint', async () => {
      const { w, watch } = devicesWorld();
      watch.watchDevice(device, 0);
      w.endpoints.delete('s1'); // removed just after the claim
      w.t = CANCEL_FENCE_MS + 1;
      expect(await watch.deviceVerdict(device)).toBe('removed');
      const renewed = devicesWorld();
      renewed.watch.watchDevice(device, 0);
      renewed.w.endpoints.set('s1', 'https://push.test/b');
      renewed.w.t = CANCEL_FENCE_MS + 1;
      expect(await renewed.watch.deviceVerdict(device)).toBe('moved');
    });

    it('lets nothing through when the device cannot be looked at', async () => {
      const kysely = fakeQueryBuilder(async () => {
        throw new Error('connection refused');
      });
      const t = { now: 0 };
      const watch = createCancelWatch({ kysely } as SqlClient, () => t.now);
      watch.watchDevice(device, 0);
      t.now = CANCEL_FENCE_MS + 1;
      await expect(watch.deviceVerdict(device)).rejects.toThrow('connection refused');
    });
  });
});
