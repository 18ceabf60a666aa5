// A push service that answers 410 Gone: the portal deletes that device (lib/push dispatcher, and the cell's test),
// and the notification cell stops listing it.
import { boilWaterNotice, sendToPerson } from '../fixtures/firefox-compose';
import { expectDecrypted, expireChannel } from '../fixtures/firefox-push-client';
import { expect, test } from '../fixtures/firefox-test';

test('410 from the push service: the device disappears from the cell; the other device still receives', async ({
  firefox,
  adminPage,
}) => {
  const [laptop, desktop] = await Promise.all([firefox('laptop'), firefox('desktop')]);
  const person = await laptop.signUp('Gaby Gone');
  await desktop.signIn(person);
  const kept = await laptop.turnOnPush();
  const [laptopDevice] = await laptop.devices();
  const gone = await desktop.turnOnPush();
  expect(await desktop.listedDeviceIds()).toHaveLength(2);

  await expireChannel(gone);
  await sendToPerson(adminPage, boilWaterNotice(person));
  await expectDecrypted(kept, 1);
  // The dispatcher got 410 for the desktop's endpoint and deleted that device: the laptop's cell lists only itself.
  await expect.poll(async () => (await laptop.devices()).map((d) => d.id)).toEqual([laptopDevice.id]);
  await laptop.goto('/settings/notifications');
  await laptop.waitForText('Notifications are on for this device.');
  await expect.poll(() => laptop.listedDeviceIds()).toEqual([laptopDevice.id]);
  await laptop.screenshot('gone-other-device');

  // On the desktop, Firefox still holds its subscription: the page stores it again on load, and the cell's test
  // notification meets the 410 — the cell says so, forgets this device and offers to turn notifications on again.
  await desktop.goto('/settings/notifications');
  await expect.poll(async () => (await desktop.listedDeviceIds()).length).toBe(2);
  await desktop.click('Send me a test notification');
  await desktop.waitForText('This device’s registration had expired. Turn notifications on again.');
  await desktop.page.locator('::-p-aria([name="Turn on notifications on this device"][role="button"])').wait();
  await expect.poll(() => desktop.listedDeviceIds()).toEqual([laptopDevice.id]);
  expect(await desktop.endpoint()).toBeNull();
  await desktop.screenshot('gone-this-device');
});
