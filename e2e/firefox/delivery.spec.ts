// The last hop in a real browser: Firefox subscribes through its own push client with the portal's VAPID key, the
// portal's dispatcher encrypts and POSTs to the endpoint Firefox was given, the push service forwards the ciphertext
// over Firefox's WebSocket, and Firefox decrypts it and runs our service worker. Nothing is overridden.
import { ENCRYPTION_OVERHEAD_BYTES } from '../../lib/push/build-payload';
import { boilWaterNotice, sendToPerson, shownAs } from '../fixtures/firefox-compose';
import { expectDecrypted, pushChannel } from '../fixtures/firefox-push-client';
import { fromBase64Url } from '../fixtures/firefox-push-vapid';
import { expect, test } from '../fixtures/firefox-test';
import { clickDesktopNotification, desktopNotifications } from '../fixtures/push';

test('Firefox subscribes with our VAPID key, decrypts the admin’s message and shows it; “OK” acknowledges it', async ({
  firefox,
  adminPage,
  request,
  baseURL,
}) => {
  const laptop = await firefox('laptop');
  const person = await laptop.signUp('Flora Firefox');
  const endpoint = await laptop.turnOnPush();

  // subscribe() went to the push service for real, with the portal's application server key.
  const { publicKey } = await (await request.get('/api/push/vapid-public-key')).json();
  const channel = await pushChannel(endpoint);
  expect(fromBase64Url(channel.key!).equals(fromBase64Url(publicKey))).toBe(true);
  expect(channel.state).toBe('active');
  expect(await laptop.devices()).toEqual([expect.objectContaining({ name: 'Firefox on Linux' })]);
  await laptop.screenshot('push-on');

  await laptop.goto('/inbox');
  const sent = boilWaterNotice(person);
  await sendToPerson(adminPage, sent);
  await expectDecrypted(endpoint, 1);
  const [pushed] = (await pushChannel(endpoint)).messages;
  expect(pushed.bytes).toBeGreaterThan(ENCRYPTION_OVERHEAD_BYTES + sent.title.length + sent.body.length); // all of it
  await expect.poll(() => laptop.shownNotifications()).toEqual([shownAs(sent, baseURL!)]);
  // The open inbox heard the push from the service worker and shows the message without a reload.
  await laptop.page.locator(`::-p-text(${sent.title})`).wait();
  await laptop.screenshot('inbox-live');

  // Firefox handed the notification to the desktop (the fake D-Bus daemon) with its buttons as `<action>-moz`.
  const onDesktop = async () => (await desktopNotifications()).find((n) => n.summary === sent.title);
  await expect.poll(onDesktop).toBeTruthy();
  const shown = (await onDesktop())!;
  expect(shown.actions).toEqual(expect.arrayContaining(['ack-moz', 'OK', 'link-1-moz', 'Map of the area']));
  await clickDesktopNotification(shown.id, 'ack-moz');
  await laptop.page.locator('[data-testid="inbox-item"] [data-testid="acknowledged"]').wait();
  await expect.poll(() => laptop.shownNotifications()).toEqual([]);
  await laptop.screenshot('acknowledged');
});

test('two Firefox profiles of one person both receive the message', async ({ firefox, adminPage, baseURL }) => {
  const [laptop, desktop] = await Promise.all([firefox('laptop'), firefox('desktop')]);
  const person = await laptop.signUp('Theo Twodevices');
  await desktop.signIn(person);
  const [first, second] = [await laptop.turnOnPush(), await desktop.turnOnPush()];
  // Two profiles, two connections to the push service, two subscriptions.
  const [a, b] = [await pushChannel(first), await pushChannel(second)];
  expect(a.uaid).not.toBe(b.uaid);
  expect(await desktop.listedDeviceIds()).toHaveLength(2);
  await desktop.screenshot('two-devices');

  const sent = boilWaterNotice(person);
  await sendToPerson(adminPage, sent);
  await Promise.all([expectDecrypted(first, 1), expectDecrypted(second, 1)]);
  for (const device of [laptop, desktop]) {
    await expect.poll(() => device.shownNotifications()).toEqual([shownAs(sent, baseURL!)]);
  }
});
