import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { adminPrincipal } from '@/test/principals';
import { listAllDevices } from './list-all-devices';

const admin = adminPrincipal();

// A town has more devices than a page can list: the console lists the most recently seen and finds anyone's devices
// by their owner's name or e-mail, saying when some are not shown.
describeEachDatabase('the devices list: a search by person, and a bound that says so', (kind) => {
  const database = useTestDatabase(kind);
  beforeAll(async () => {
    await insertUsers(database().sql, [
      { id: 'Anouk', email: 'anouk@ville.example', endpoints: ['https://push.test/an1', 'https://push.test/an2'] },
      { id: 'Bastien', email: 'b.martin@ville.example', endpoints: ['https://push.test/ba1'] },
      { id: 'Chloé', email: 'chloe@ville.example', endpoints: ['https://push.test/ch1'] },
    ]);
  });
  const names = (r: Awaited<ReturnType<typeof listAllDevices>>) => r.devices.map((d) => d.user.name).sort();

  it('finds a person’s devices by a part of their name or e-mail, whatever the case', async () => {
    expect(names(await listAllDevices(admin, { query: 'NOU', limit: 10 }))).toEqual(['Anouk', 'Anouk']);
    expect(names(await listAllDevices(admin, { query: 'martin@', limit: 10 }))).toEqual(['Bastien']);
    expect(await listAllDevices(admin, { query: 'nobody', limit: 10 })).toEqual({ devices: [], more: false });
  });

  it('lists at most the limit, and says there are more', async () => {
    expect(await listAllDevices(admin, { limit: 4 })).toMatchObject({ more: false });
    const some = await listAllDevices(admin, { limit: 3 });
    expect(some).toMatchObject({ more: true });
    expect(some.devices).toHaveLength(3);
  });
});
