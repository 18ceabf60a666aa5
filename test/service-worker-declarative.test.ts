// public/sw.js with Declarative Web Push: the dual payload the dispatcher builds, round-tripped through the worker as
// Chrome/Firefox (no proposed notification) and as Safari 18.4+ (a mutable message: the push event carries the
// Notification the browser would show, and its app badge).
import { describe, expect, it } from 'vitest';
import { buildPayload, type PayloadSource } from '../lib/push/build-payload';
import { parseDeclarativePush } from './declarative-push-parser';
import { loadServiceWorker, SW_ORIGIN } from './service-worker-harness';

const source: PayloadSource = {
  id: 'cnotif1',
  title: 'Storm',
  body: 'Stay home tonight',
  url: '/inbox/cnotif1',
  tag: 'storm',
  icon: null,
  image: null,
  actions: [
    { type: 'ack', title: 'OK' },
    { type: 'link', title: 'Forecast', url: 'https://meteo.example/x' },
  ],
  createdAt: new Date('2026-01-01T00:00:00Z'),
};
const dual = (unread: number) => JSON.parse(buildPayload(source, { origin: SW_ORIGIN }).json(unread));

/** The Notification a declarative engine builds from the message and hands to the push event. */
function proposedNotification(message: ReturnType<typeof dual>) {
  const n = message.notification;
  return { ...n, actions: n.actions.map((a: { action: string; title: string; navigate: string }) => ({ ...a })) };
}

describe('the service worker and the declarative form', () => {
  it('shows exactly one notification, ours, with the proposed one’s content, data, tag; sets the badge', async () => {
    const sw = loadServiceWorker();
    const message = dual(3);
    await sw.push(message, { notification: proposedNotification(message), appBadge: 3 });
    expect(sw.shown).toHaveLength(1);
    const [{ title, options }] = sw.shown;
    const declared = parseDeclarativePush(JSON.stringify(message), SW_ORIGIN);
    expect(title).toBe(declared.title);
    expect(options).toMatchObject({
      body: message.notification.body,
      tag: message.notification.tag,
      renotify: true,
      timestamp: message.notification.timestamp,
    });
    expect(options.data).toEqual(message.notification.data);
    // Ours keeps both buttons: "OK" acknowledges, the outside link opens from its button (not declarable).
    expect(options.actions).toEqual([
      { action: 'ack', title: 'OK' },
      { action: 'link-1', title: 'Forecast' },
    ]);
    expect(sw.badges).toEqual([3]);
  });

  it('shows the same notification where the browser proposes none (Chrome, Firefox), badge: app_badge', async () => {
    const withProposal = loadServiceWorker();
    const plain = loadServiceWorker();
    const message = dual(0);
    await withProposal.push(message, { notification: proposedNotification(message), appBadge: 0 });
    await plain.push(message);
    expect(plain.shown).toEqual(withProposal.shown);
    expect(plain.badges).toEqual([0]);
  });

  it('opens the declared page on click, and acknowledges with “OK” as before', async () => {
    const sw = loadServiceWorker();
    await sw.push(dual(1));
    await sw.click(sw.shown[0].options.data);
    await sw.click(sw.shown[0].options.data, 'link-1');
    expect(sw.opened).toEqual([`${SW_ORIGIN}/inbox/cnotif1`, 'https://meteo.example/x']);
  });

  it('reads a message that has only the declarative form, or only the proposed notification', async () => {
    const message = dual(5);
    const declarativeOnly = { web_push: 8030, notification: message.notification, app_badge: 5, mutable: true };
    const fromJson = loadServiceWorker();
    await fromJson.push(declarativeOnly);
    const fromEvent = loadServiceWorker();
    await fromEvent.push(null, { notification: proposedNotification(message), appBadge: 5 });
    for (const sw of [fromJson, fromEvent]) {
      expect(sw.shown).toHaveLength(1);
      expect(sw.shown[0]).toMatchObject({ title: 'Storm', options: { body: 'Stay home tonight', tag: 'storm' } });
      // Only the declared buttons: the outside link, not declarable, travels in our fields alone.
      expect(sw.shown[0].options.actions).toEqual([{ action: 'ack', title: 'OK' }]);
      expect(sw.shown[0].options.data).toEqual({ url: `${SW_ORIGIN}/inbox/cnotif1`, notificationId: 'cnotif1' });
      expect(sw.badges).toEqual([5]);
    }
  });

  it('leaves the badge alone for a payload without a count (id-only, older servers)', async () => {
    const sw = loadServiceWorker();
    await sw.push({ title: 'Old', url: '/inbox', notificationId: 'n1' });
    expect(sw.shown).toHaveLength(1);
    expect(sw.badges).toEqual([]);
  });
});
