import http from 'node:http';
import https from 'node:https';
import { collectAnswer, HELD_BACK, settleOnce } from './push-answer';
import type { PushResult, WriteGate } from './types';

export type PushRequest = { headers: Record<string, string>; body: Buffer };

/**
 * One POST over HTTP/1.1 on a keep-alive agent: the answer, or a named network error (never throws). With a gate,
 * nothing is written (Node sends the headers with the first body bytes) until the socket is connected and the gate
 * said yes; a no destroys the request before a byte left.
 */
export function postOverHttp1(
  url: URL,
  agent: http.Agent,
  request: PushRequest,
  timeoutMs: number,
  gate?: WriteGate,
): Promise<PushResult> {
  return new Promise((resolve) => {
    const { done, fail } = settleOnce(resolve, timeoutMs, () => req.destroy());
    const client = url.protocol === 'http:' ? http : https;
    const req = client.request(url, { method: 'POST', headers: request.headers, agent }, (res) => {
      const answer = collectAnswer();
      res.on('data', answer.add);
      res.on('end', () => done(answer.result(res.statusCode ?? 0, res.headers['retry-after'])));
      res.on('error', fail);
    });
    req.on('error', fail);
    if (!gate) return void req.end(request.body);
    const write = () =>
      gate().then(
        (go) => (go ? req.end(request.body) : hold()),
        () => hold(),
      );
    const hold = () => {
      done(HELD_BACK);
      req.destroy();
    };
    req.once('socket', (socket) => {
      if (!socket.connecting) return void write();
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', write);
    });
  });
}
