import type { PushResult, PushSender } from '../lib/push/types';

/**
 * A push sender without a network: answers 201 (or `answer`) after `delayMs`, recording each call's endpoint and
 * time and the highest number of sends in flight at once.
 */
export function fakeSender(
  delayMs = 2,
  answer: () => PushResult = () => ({ kind: 'response', statusCode: 201, body: '' }),
) {
  const s = { calls: [] as string[], at: [] as number[], inFlight: 0, maxInFlight: 0 };
  const sender: PushSender = {
    async send(target) {
      s.calls.push(target.endpoint);
      s.at.push(Date.now());
      s.maxInFlight = Math.max(s.maxInFlight, ++s.inFlight);
      await new Promise((r) => setTimeout(r, delayMs));
      s.inFlight--;
      return answer();
    },
    close() {},
  };
  return Object.assign(s, { sender });
}

/** The endpoints pushed to more than once, with their counts. */
export function sentTwice(calls: string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const c of calls) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1);
}
