// PUSH_PRIVATE_PAYLOADS=1: only the notification's id crosses the push service; Firefox's service worker fetches the
// content from the portal with the person's cookie. Runs against the second portal of playwright.config.ts.
import { ENCRYPTION_OVERHEAD_BYTES } from '../../lib/push/build-payload';
import { boilWaterNotice, sendToPerson, shownAs } from '../fixtures/firefox-compose';
import { PRIVATE_BASE_URL } from '../fixtures/firefox-ports';
import { expectDecrypted, pushChannel } from '../fixtures/firefox-push-client';
import { expect, test } from '../fixtures/firefox-test';

test.use({ baseURL: PRIVATE_BASE_URL });

test('private payloads: Firefox receives only the id, fetches the message and shows it with its buttons', async ({
  firefox,
  adminPage,
  baseURL,
}) => {
  const phone = await firefox('private');
  const person = await phone.signUp('Iris Idonly');
  const endpoint = await phone.turnOnPush();
  await phone.goto('/inbox');

  const sent = boilWaterNotice(person);
  await sendToPerson(adminPage, sent);
  await expectDecrypted(endpoint, 1);
  await expect.poll(() => phone.shownNotifications()).toEqual([shownAs(sent, baseURL!)]);
  await phone.page.locator(`::-p-text(${sent.title})`).wait();
  await phone.screenshot('private-inbox');

  // The ciphertext is exactly aes128gcm's overhead plus the id and the delivery's receipt (README "Reach"), which
  // say nothing of the message: no title, body or link crossed.
  const [{ data }] = await phone.shownNotifications();
  const [pushed] = (await pushChannel(endpoint)).messages;
  const idOnly = JSON.stringify({ ...data.receipt, notificationId: data.notificationId });
  expect(pushed.bytes).toBe(ENCRYPTION_OVERHEAD_BYTES + idOnly.length);
});

test('private payloads: a test push is its id only too; Firefox fetches it from the portal and shows it', async ({
  firefox,
}) => {
  const phone = await firefox('private-test');
  await phone.signUp('Tess Testpush');
  const endpoint = await phone.turnOnPush();
  await phone.goto('/settings/notifications');
  await phone.click('Send me a test notification');
  await phone.waitForText('Test notification sent.');
  await expectDecrypted(endpoint, 1);
  await expect
    .poll(async () => (await phone.shownNotifications()).map(({ title, body, tag }) => ({ title, body, tag })))
    .toEqual([
      {
        title: 'Crieur: notifications work',
        body: 'This is a test. The town’s messages will appear like this on this device.',
        tag: 'crieur-test',
      },
    ]);
  await phone.screenshot('private-test-push');

  // Only `{"testPushId": <a 25-character id>}` crossed the push service: no title, body or link.
  const [pushed] = (await pushChannel(endpoint)).messages;
  expect(pushed.bytes).toBe(ENCRYPTION_OVERHEAD_BYTES + JSON.stringify({ testPushId: 'c'.repeat(25) }).length);
});
