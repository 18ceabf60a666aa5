// The contract between the sender (encrypts, signs, POSTs one message) and its callers (the dispatcher, the test
// notification, the benchmark). The sender never throws for network or HTTP outcomes: it reports them, and the
// dispatcher's retry policy decides what they mean.

export type PushTarget = { endpoint: string; p256dh: string; auth: string };

export type PushUrgency = 'very-low' | 'low' | 'normal' | 'high';

export type PushOptions = {
  /** RFC 8030 TTL header: seconds the push service may keep the message (0 = deliver now or drop). */
  ttlSeconds: number;
  urgency?: PushUrgency;
  /** RFC 8030 Topic: ≤ 32 base64url characters; a newer message with the same topic replaces an undelivered one. */
  topic?: string;
};

export type PushResult =
  /** The push service answered (any status). */
  | { kind: 'response'; statusCode: number; retryAfter?: string; body: string }
  /**
   * No answer: 'http_timeout' (none within the sender's timeout), 'connect_timeout', 'reset', 'refused', 'dns',
   * 'tls:<code>' (certificate refused), or another network error message.
   */
  | { kind: 'network'; error: string }
  /**
   * Nothing was written to the push service, so this is no attempt: the message could not be made ready
   * ('encryption: …', e.g. an encryption thread that died), or the caller's WriteGate held it back.
   */
  | { kind: 'unsent'; error: string };

/**
 * Asked once the message is encrypted and a connection is ready, right before the request is written (no wait between
 * its answer and the write): false holds the message back, and the result is 'unsent'. The dispatcher's last look for
 * a cancel, so that the wait for encryption or a connection is not a window after it. A sender writes no request
 * without asking it: a result returned without asking (a refused endpoint, a connection that failed) sent nothing.
 */
export type WriteGate = () => Promise<boolean>;

/** What prepare() returns: POSTs the message once it is encrypted (through `gate`, when given). */
export type PreparedPush = (gate?: WriteGate) => Promise<PushResult>;

/**
 * The JSON to push, whole or in pieces joined in order. A fan-out passes pieces: the long middle (the message) is the
 * same string for every device and only the ends (receipt, badge) differ, so the encryption threads are handed the
 * message once per batch instead of once per device (build-payload.ts, encryption-pool.ts). Only prepare() takes
 * pieces: it is the fan-out's path; send() is the one-off's.
 */
export type PushPayloadText = string | readonly string[];

export interface PushSender {
  send(target: PushTarget, payload: string, options: PushOptions): Promise<PushResult>;
  /**
   * send() in two steps: the CPU work (encryption) starts now, the returned function POSTs once it is done. The
   * dispatcher prepares a claimed batch ahead of its free slots, so a slot never waits for encryption.
   */
  prepare?(target: PushTarget, payload: PushPayloadText, options: PushOptions): PreparedPush;
  /** Closes keep-alive sockets. */
  close(): void;
}

export type VapidConfig = { publicKey: string; privateKey: string; subject: string };
