import http from 'node:http';
import https from 'node:https';
import { collectAnswer, settleOnce } from './push-answer';
import type { PushResult } from './types';

export type PushRequest = { headers: Record<string, string>; body: Buffer };

/** One POST over HTTP/1.1 on a keep-alive agent: the answer, or a named network error (never throws). */
export function postOverHttp1(
  url: URL,
  agent: http.Agent,
  request: PushRequest,
  timeoutMs: number,
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
    req.end(request.body);
  });
}
