import type { SqlClient } from '../../db/sql-client';
import { buildPushOptions } from '../build-push-options';
import type { ReportSigner } from '../receipts/report-token';
import type { PushResult, PushSender } from '../types';
import type { ClaimedDelivery } from './delivery-store';
import { createNotificationContent } from './notification-content';
import type { Outcome } from './outcome';
import { createUnreadCounts } from './unread-counts';

/** Claims in a row without a recorded answer before a delivery is failed rather than claimed again. */
export const MAX_UNANSWERED_CLAIMS = 3;

/**
 * What the dispatcher's guard records when the sender has not settled in time. Not the sender's own 'timeout'
 * (PUSH_TIMEOUT_MS on the HTTP request): this one means the sender itself hung, a bug to look for.
 */
export const SEND_GUARD_TIMEOUT = 'send_guard_timeout';

export type ClaimedMessagesOptions = {
  sql: SqlClient;
  sender: PushSender;
  privatePayloads: boolean;
  origin?: string | null;
  reportSigner?: ReportSigner;
  /** Ceiling on one send, above the sender's own timeout: a sender bug must not hold a slot forever. */
  sendGuardMs: number;
};

/** The messages of claimed deliveries: content and badges loaded per batch, encrypted ahead, posted under a guard. */
export function createClaimedMessages(o: ClaimedMessagesOptions) {
  const content = createNotificationContent(o.sql, { privatePayloads: o.privatePayloads, origin: o.origin });
  const unread = createUnreadCounts(o.sql);
  // Encrypted as soon as claimed, ahead of the free slots: a slot then only waits for the push service (measured:
  // encryption queued behind a slot added 14 ms to a 50 ms round trip).
  const prepared = new Map<string, () => Promise<PushResult>>();

  // The payload in pieces (PushPayloadText): prepare() hands the shared message to the encryption threads once.
  const messageOf = (d: ClaimedDelivery) => {
    const n = content.get(d)!;
    const target = { endpoint: d.endpoint!, p256dh: d.p256dh!, auth: d.auth! };
    const receipt = o.reportSigner && { deliveryId: d.id, reportToken: o.reportSigner(d.id) };
    return [target, n.payload(unread.get(d.userId), receipt), buildPushOptions(n)] as const;
  };
  const send = (d: ClaimedDelivery) => {
    const [target, pieces, options] = messageOf(d);
    return o.sender.send(target, pieces.join(''), options);
  };

  /** Why a claimed delivery is not sent after all (checked when claimed, and again when its turn comes). */
  function skipOutcome(d: ClaimedDelivery): Outcome | undefined {
    if (d.cancelled || !content.get(d)) return { status: 'cancelled' };
    if (!d.endpoint) return { status: 'gone', error: 'device removed before sending' };
    if (d.expiresAt.getTime() <= Date.now()) return { status: 'expired', error: 'expired before it could be sent' };
    // Claims that never got an answer recorded: a row whose sending stops every worker that takes it (poison).
    const unanswered = d.claims - d.attempts;
    if (unanswered > MAX_UNANSWERED_CLAIMS) {
      const error = `gave up: claimed ${unanswered} times without an answer (workers stopped mid-send)`;
      return { status: 'failed', error };
    }
    return undefined;
  }

  /** Loads what the batch's messages need, then starts encrypting them. */
  async function load(batch: ClaimedDelivery[]): Promise<void> {
    await content.load(batch);
    // Id-only payloads carry no badge: their recipients are not counted.
    await unread.load(batch.filter((d) => content.get(d)?.idOnly === false).map((d) => d.userId));
    if (!o.sender.prepare) return;
    for (const d of batch) {
      if (skipOutcome(d)) continue;
      try {
        prepared.set(d.id, o.sender.prepare(...messageOf(d)));
      } catch {
        // post() reports the same mistake for this one delivery when its turn comes
      }
    }
  }

  async function post(d: ClaimedDelivery): Promise<PushResult> {
    const fire = prepared.get(d.id);
    prepared.delete(d.id);
    let timer: NodeJS.Timeout | undefined;
    const guard = new Promise<PushResult>((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'network', error: SEND_GUARD_TIMEOUT }), o.sendGuardMs);
    });
    try {
      return await Promise.race([fire ? fire() : send(d), guard]);
    } catch (err) {
      return { kind: 'network', error: (err as Error)?.message ?? String(err) }; // the contract says never; be safe
    } finally {
      clearTimeout(timer);
    }
  }

  return { load, skipOutcome, post, forget: (d: ClaimedDelivery) => void prepared.delete(d.id) };
}

export type ClaimedMessages = ReturnType<typeof createClaimedMessages>;
