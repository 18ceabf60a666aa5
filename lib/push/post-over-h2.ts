import http2 from 'node:http2';
import type { PushRequest } from './post-over-http1';
import { collectAnswer, settleOnce } from './push-answer';
import type { PushResult } from './types';

/**
 * One POST as a stream of the origin's HTTP/2 session: the answer, or a named network error (never throws). HTTP/2
 * header names are lower case (RFC 9113 §8.2.1).
 */
export function postOverH2(
  session: http2.ClientHttp2Session,
  url: URL,
  request: PushRequest,
  timeoutMs: number,
): Promise<PushResult> {
  return new Promise((resolve) => {
    const headers: http2.OutgoingHttpHeaders = { ':method': 'POST', ':path': url.pathname + url.search };
    for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
    const { done, fail } = settleOnce(resolve, timeoutMs, () => {
      stream?.close(http2.constants.NGHTTP2_CANCEL);
      probeSession(session, timeoutMs);
    });
    let stream: http2.ClientHttp2Stream | undefined;
    try {
      stream = session.request(headers);
    } catch (err) {
      // The session was closing (GOAWAY) or is gone: the pool dials a new one for the next message.
      return fail(err as NodeJS.ErrnoException);
    }
    const answer = collectAnswer();
    let statusCode = 0;
    let retryAfter: string | undefined;
    stream.on('response', (h) => {
      statusCode = Number(h[':status']);
      if (typeof h['retry-after'] === 'string') retryAfter = h['retry-after'];
    });
    stream.on('data', answer.add);
    stream.on('end', () => done(answer.result(statusCode, retryAfter)));
    stream.on('error', fail);
    // Closed without an answer (RST_STREAM with no error code, GOAWAY past this stream): a reset.
    stream.on('close', () => done({ kind: 'network', error: 'reset' }));
    stream.end(request.body);
  });
}

const probing = new WeakSet<http2.ClientHttp2Session>();

/**
 * A stream that timed out may be the first sign of a dead connection (a half-open TCP connection sends no GOAWAY
 * and no reset, and every later stream would time out too): one PING at a time tells, and a session that does not
 * answer it within `ms` is destroyed, so the pool dials a new one for the next message.
 */
function probeSession(session: http2.ClientHttp2Session, ms: number) {
  if (session.destroyed || probing.has(session)) return;
  probing.add(session);
  const verdict = (alive: boolean) => {
    clearTimeout(timer);
    probing.delete(session);
    if (!alive) session.destroy();
  };
  const timer = setTimeout(() => verdict(false), ms);
  timer.unref();
  if (!session.ping((err) => verdict(!err))) verdict(false);
}
