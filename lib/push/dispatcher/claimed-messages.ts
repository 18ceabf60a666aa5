import { performance } from 'node:perf_hooks';
import type { SqlClient } from '../../db/sql-client';
import { buildPushOptions } from '../build-push-options';
import { HELD_BACK } from '../push-answer';
import type { ReportSigner } from '../receipts/report-token';
import type { PreparedPush, PushResult, PushSender, WriteGate } from '../types';
import type { ClaimedDelivery } from './delivery-store';
import { createNotificationContent, type PreparedNotification } from './notification-content';
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
  /** How long a claim holds its rows (claimDeliveries' lease). */
  leaseMs: number;
  /** How long an outcome may wait in the flusher before it is written (its period). */
  outcomeWriteMs: number;
};

/**
 * How long after its claim a delivery may still start: early enough that the send (up to sendGuardMs) ends and its
 * outcome is written (the flusher's period, twice) before the lease runs out and another worker may take the row —
 * later, both would send it. At least half the lease, so that a lease too short for that (tests) still lets sends
 * start; PUSH_LEASE_MS ≥ 3 × PUSH_TIMEOUT_MS (env.ts) keeps a configured one long enough.
 */
export const sendWindowMs = (o: Pick<ClaimedMessagesOptions, 'leaseMs' | 'sendGuardMs' | 'outcomeWriteMs'>) =>
  Math.max(o.leaseMs / 2, o.leaseMs - o.sendGuardMs - 2 * o.outcomeWriteMs);

/** What a claimed delivery holds until it is sent or given back: taken when claimed, never evicted meanwhile. */
type Held = { content: PreparedNotification | undefined; badge: number; startBy: number };

/** The messages of claimed deliveries: content and badges loaded per batch, encrypted ahead, posted under a guard. */
export function createClaimedMessages(o: ClaimedMessagesOptions) {
  const content = createNotificationContent(o.sql, { privatePayloads: o.privatePayloads, origin: o.origin });
  const unread = createUnreadCounts(o.sql);
  // Encrypted as soon as claimed, ahead of the free slots: a slot then only waits for the push service (measured:
  // encryption queued behind a slot added 14 ms to a 50 ms round trip).
  const prepared = new Map<string, PreparedPush>();
  const held = new Map<string, Held>();

  // The payload in pieces (PushPayloadText): prepare() hands the shared message to the encryption threads once.
  const messageOf = (d: ClaimedDelivery, h: Held) => {
    const n = h.content!;
    const target = { endpoint: d.endpoint!, p256dh: d.p256dh!, auth: d.auth! };
    const receipt = o.reportSigner && { deliveryId: d.id, reportToken: o.reportSigner(d.id) };
    return [target, n.payload(h.badge, receipt), buildPushOptions(n)] as const;
  };

  /** Why a claimed delivery is not sent after all (checked when claimed, and again when its turn comes). */
  function skipOutcome(d: ClaimedDelivery): Outcome | undefined {
    // No content: the notification was deleted after the claim (a cache eviction cannot cause it: see Held).
    if (d.cancelled || !held.get(d.id)?.content) return { status: 'cancelled' };
    if (!d.endpoint) return { status: 'gone', error: 'device removed before sending' };
    if (d.expiresAt.getTime() <= Date.now()) return { status: 'expired', error: 'expired before it could be sent' };
    // Claims that never got an answer recorded: a row whose sending stops every worker that takes it (poison).
    const unanswered = d.claims - d.excusedClaims - d.attempts;
    if (unanswered > MAX_UNANSWERED_CLAIMS) {
      const error = `gave up: claimed ${unanswered} times without an answer (workers stopped mid-send)`;
      return { status: 'failed', error };
    }
    return undefined;
  }

  /** false once the delivery may no longer start: its lease would run out before the send could end (sendWindowMs). */
  const withinLease = (d: ClaimedDelivery) => performance.now() <= (held.get(d.id)?.startBy ?? -Infinity);

  /** Loads what the batch's messages need, then starts encrypting them (`claimedAt`: performance.now() before it). */
  async function load(batch: ClaimedDelivery[], claimedAt: number): Promise<void> {
    const contentOf = await content.load(batch);
    // Id-only payloads carry no badge: their recipients are not counted.
    await unread.load(batch.filter((d) => contentOf(d)?.idOnly === false).map((d) => d.userId));
    const startBy = claimedAt + sendWindowMs(o);
    for (const d of batch) held.set(d.id, { content: contentOf(d), badge: unread.get(d.userId), startBy });
    if (!o.sender.prepare) return;
    for (const d of batch) {
      if (skipOutcome(d)) continue;
      try {
        prepared.set(d.id, o.sender.prepare(...messageOf(d, held.get(d.id)!)));
      } catch {
        // post() reports the same mistake for this one delivery when its turn comes
      }
    }
  }

  /** The sender's path without prepare(): the gate is asked before anything is built. */
  async function sendThroughGate(d: ClaimedDelivery, gate: WriteGate): Promise<PushResult> {
    if (!(await gate())) return HELD_BACK;
    const [target, pieces, options] = messageOf(d, held.get(d.id)!);
    return o.sender.send(target, pieces.join(''), options);
  }

  /** Sends one delivery; `gate` is asked right before the request is written (PreparedPush). */
  async function post(d: ClaimedDelivery, gate: WriteGate): Promise<PushResult> {
    const fire = prepared.get(d.id);
    prepared.delete(d.id);
    let timer: NodeJS.Timeout | undefined;
    const guard = new Promise<PushResult>((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'network', error: SEND_GUARD_TIMEOUT }), o.sendGuardMs);
    });
    try {
      return await Promise.race([fire ? fire(gate) : sendThroughGate(d, gate), guard]);
    } catch (err) {
      return { kind: 'network', error: (err as Error)?.message ?? String(err) }; // the contract says never; be safe
    } finally {
      clearTimeout(timer);
    }
  }

  /** Lets go of what `d` held: once its outcome is decided (what post() returned may still be looked at until then). */
  const forget = (d: ClaimedDelivery) => {
    prepared.delete(d.id);
    held.delete(d.id);
  };

  return { load, skipOutcome, withinLease, post, forget };
}

export type ClaimedMessages = ReturnType<typeof createClaimedMessages>;
