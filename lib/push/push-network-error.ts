// How the sender names a push that got no answer (PushResult 'network' errors), for both transports. The names end
// up in the delivery log (outcome.ts prefixes them with 'network: ').

/** Push services answer with short bodies; anything longer is cut so a misbehaving one cannot fill memory. */
export const MAX_RESPONSE_BODY = 16 * 1024;

/**
 * No answer within PUSH_TIMEOUT_MS. Named apart from the dispatcher's per-send deadline (its guard against a sender
 * that never settles) so the delivery log tells a slow push service from a stuck sender.
 */
export const HTTP_TIMEOUT = 'http_timeout';

const CODES: Record<string, string> = {
  // HTTP/2: the stream or the whole connection ended without an answer (RST_STREAM, GOAWAY, a dropped socket).
  ERR_HTTP2_STREAM_ERROR: 'reset',
  ERR_HTTP2_STREAM_CANCEL: 'reset',
  ERR_HTTP2_GOAWAY_SESSION: 'reset',
  ERR_HTTP2_SESSION_ERROR: 'reset',
  ERR_HTTP2_INVALID_SESSION: 'reset',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  // The operating system gave up connecting: not our request timeout.
  ETIMEDOUT: 'connect_timeout',
  ESOCKETTIMEDOUT: 'connect_timeout',
  EBLOCKEDADDRESS: 'blocked_address',
};

/** OpenSSL's certificate verdicts and Node's TLS errors: the push service could not prove who it is. */
const TLS_ERROR = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$)/;

export function networkError(err: NodeJS.ErrnoException): string {
  if (err.code && CODES[err.code]) return CODES[err.code];
  if (err.code && TLS_ERROR.test(err.code)) return `tls:${err.code}`;
  if (err.message === 'socket hang up') return 'reset';
  return err.code ?? err.message;
}
