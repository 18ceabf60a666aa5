// A push service may forget a browser. Firefox learns it at its next hello (a new uaid), drops its subscriptions and
// fires `pushsubscriptionchange` in our service worker, which subscribes again and tells the portal (public/sw.js).
import { boilWaterNotice, sendToPerson, shownAs } from '../fixtures/firefox-compose';
import { dropChannel, expectDecrypted, pushChannel } from '../fixtures/firefox-push-client';
import { fromBase64Url } from '../fixtures/firefox-push-vapid';
import { expect, test } from '../fixtures/firefox-test';

test('the push service drops the channel: the worker re-subscribes and the next push arrives', async ({
  firefox,
  adminPage,
  request,
  baseURL,
}) => {
  const laptop = await firefox('laptop');
  const person = await laptop.signUp('Sacha Subchange');
  const oldEndpoint = await laptop.turnOnPush();
  const [before] = await laptop.devices();
  const old = await pushChannel(oldEndpoint);

  await dropChannel(oldEndpoint);
  // The page stays as it is (no reload, so the cell's own reconcile never runs): only the worker can re-subscribe.
  const renewedEndpoint = async () => {
    const endpoint = await laptop.endpoint(); // null between the drop and the new subscription
    return endpoint && endpoint !== oldEndpoint ? endpoint : null;
  };
  await expect.poll(renewedEndpoint, { timeout: 20_000 }).not.toBeNull();
  const newEndpoint = (await renewedEndpoint())!;
  const renewed = await pushChannel(newEndpoint);
  const { publicKey } = await (await request.get('/api/push/vapid-public-key')).json();
  expect(renewed).toMatchObject({ state: 'active' });
  expect(renewed.uaid).not.toBe(old.uaid);
  expect(fromBase64Url(renewed.key!).equals(fromBase64Url(publicKey))).toBe(true);
  expect((await pushChannel(oldEndpoint)).state).toBe('dropped');

  // The portal moved the same device (id, name, history) to the new subscription (/api/push/subscriptions/change).
  await expect.poll(async () => (await laptop.devices())[0].lastSeenAt).not.toBe(before.lastSeenAt);
  expect(await laptop.devices()).toEqual([
    expect.objectContaining({ id: before.id, name: before.name, createdAt: before.createdAt }),
  ]);

  await laptop.goto('/inbox');
  const sent = boilWaterNotice(person);
  await sendToPerson(adminPage, sent);
  await expectDecrypted(newEndpoint, 1);
  expect((await pushChannel(oldEndpoint)).messages).toEqual([]);
  await expect.poll(() => laptop.shownNotifications()).toEqual([shownAs(sent, baseURL!)]);
  expect((await laptop.devices())[0]).toMatchObject({ id: before.id, lastSuccessAt: expect.any(String) });
});
