// `npm run bench`: Crieur's fan-out against the crypto floor, sequential web-push and a web-push pool, in one run,
// on this machine, against one loopback receiver. Progress goes to stderr; the table (and with --json the JSON
// object, last line) to stdout. See bench/README.md.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import webpush from 'web-push';
import { parseArgs, UsageError } from './args';
import { measureCryptoCeiling } from './crypto-ceiling';
import { measureCryptoLimit, measureSenderEncryption } from './crypto-limit';
import { runCrieur } from './crieur/run-crieur';
import { assertPostgresReachable, PostgresUnreachableError } from './crieur/postgres';
import { CACHE_DIR, loadKeyPool } from './key-pool';
import { describeMachine, sampleLoad } from './machine';
import { benchPayload } from './payload';
import { receiverCpuShare, startReceiver, type Receiver, type ReceiverStats } from './receiver-client';
import { toJson, toText, type Results } from './report';
import { createBenchCertificate } from './tls';
import { measurePool, measureSequential } from './web-push-contenders';

const log = (line: string) => console.error(line);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const results: Results = { args, machine: describeMachine(), crieur: [], receiverShare: {}, protocols: {} };
  const stopLoad = sampleLoad();
  const pipeline = args.only.has('crieur') || args.only.has('scaleout');
  if (pipeline) results.postgres = await assertPostgresReachable();

  // Fan-out sizes: the issue compares the per-message cost at 10,000 and 100,000.
  const sizes = args.n > 10_000 ? [10_000, args.n] : [args.n];
  const latencyUsers = pipeline ? args.latencySamples : 0;
  let t = performance.now();
  const pool = loadKeyPool(args.n + latencyUsers);
  log(
    `key pool: ${pool.keys.length} subscriptions ` +
      `(${pool.generated ? `${pool.generated} generated now, cached` : 'from cache'}) ` +
      `in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  const vapidKeys = webpush.generateVAPIDKeys();
  const vapid = { ...vapidKeys, subject: 'mailto:bench@crieur.example.org' };
  const payload = benchPayload();
  const tls = args.plainHttp ? undefined : await createBenchCertificate(path.join(CACHE_DIR, 'tls'));
  const receiver = await startReceiver({ latencyMs: args.latencyMs, tls, maxStreams: args.maxStreams });
  const ca = tls?.cert;
  try {
    const targets = pool.keys.slice(0, args.n).map((k, i) => ({ endpoint: `${receiver.origin}/push/${i}`, ...k }));
    log(`receiver on ${receiver.origin}, payload ${Buffer.byteLength(payload)} bytes of JSON`);

    if (args.only.has('crypto')) {
      measureCryptoLimit(targets, payload, vapid, Math.min(args.n, 500)); // warm-up (JIT), not counted
      results.cryptoLimit = measureCryptoLimit(targets, payload, vapid);
      results.senderEncryption = measureSenderEncryption(targets, payload, vapid);
      log(
        `1 crypto limit: ${results.cryptoLimit.perSecond.toFixed(0)}/s ` +
          `(sender's encryption ${results.senderEncryption.perSecond.toFixed(0)}/s)`,
      );
      results.cryptoCeiling = await measureCryptoCeiling(targets, payload, vapid, args.n);
      log(
        `1 crypto ceiling, ${results.cryptoCeiling.threads} threads: ${results.cryptoCeiling.perSecond.toFixed(0)}/s`,
      );
    }
    if (args.only.has('sequential')) {
      results.sequential = await withReceiverShare(receiver, results, 'sequential', () =>
        measureSequential(targets, payload, vapid, args.sequentialSample, ca),
      );
      log(`2 sequential: ${results.sequential.perSecond.toFixed(1)}/s over ${results.sequential.messages} messages`);
    }
    if (args.only.has('pool')) {
      results.pool = await withReceiverShare(receiver, results, 'pool', () =>
        measurePool(targets, payload, vapid, args.poolConcurrency, ca),
      );
      log(`3 web-push pool (${args.poolConcurrency}): ${results.pool.perSecond.toFixed(0)}/s`);
      // The issue's contender 3 runs "with the same concurrency as Crieur"; its target names a pool 64 wide: both.
      if (args.concurrency !== args.poolConcurrency) {
        results.poolAtCrieurWidth = await withReceiverShare(receiver, results, 'poolAtCrieurWidth', () =>
          measurePool(targets, payload, vapid, args.concurrency, ca),
        );
        log(`3 web-push pool (${args.concurrency}): ${results.poolAtCrieurWidth.perSecond.toFixed(0)}/s`);
      }
    }
    const common = {
      keys: pool.keys,
      receiver,
      vapid,
      concurrency: args.concurrency,
      reachedAgoMinutes: args.reachedAgoMinutes,
      log,
    };
    if (args.only.has('crieur')) {
      const profileDir = args.profile ? path.join(CACHE_DIR, 'profiles') : undefined;
      if (profileDir) mkdirSync(profileDir, { recursive: true });
      for (const n of sizes) {
        log(`4 Crieur, n = ${n}:`);
        t = performance.now();
        const latencySamples = n === args.n ? latencyUsers : 0;
        const run = await withReceiverShare(receiver, results, `crieur${n}`, () =>
          runCrieur({ ...common, n, latencySamples, profileDir }),
        );
        results.crieur.push(run);
        log(
          `  ${run.perSecond.toFixed(0)}/s, all sent in ${run.allSentSeconds.toFixed(2)} s ` +
            `(phase ${((performance.now() - t) / 1000).toFixed(0)} s)`,
        );
      }
      if (profileDir) log(`dispatcher CPU profiles in ${profileDir}`);
    }
    if (args.only.has('scaleout')) {
      log(`5 Crieur scale-out, 2 worker processes, n = ${args.n}:`);
      results.scaleOut = await withReceiverShare(receiver, results, 'scaleout', () =>
        runCrieur({ ...common, n: args.n, latencySamples: 0, workers: 2 }),
      );
      log(`  ${results.scaleOut.perSecond.toFixed(0)}/s, all sent in ${results.scaleOut.allSentSeconds.toFixed(2)} s`);
    }
  } finally {
    await receiver.stop();
  }
  results.machine.load = stopLoad();
  console.log(toText(results));
  if (args.json) console.log(JSON.stringify(toJson(results)));
}

async function withReceiverShare<T>(
  receiver: Receiver,
  results: Results,
  key: string,
  fn: () => Promise<T>,
): Promise<T> {
  const before = await receiver.stats();
  const value = await fn();
  const after = await receiver.stats();
  results.receiverShare[key] = receiverCpuShare(before, after);
  results.protocols[key] = protocolUsed(before, after);
  return value;
}

/** What the sender negotiated with the receiver (ALPN): h2, http/1.1, or both. */
function protocolUsed(a: ReceiverStats, b: ReceiverStats): string {
  const h2 = b.h2 - a.h2;
  const http1 = b.http1 - a.http1;
  return h2 && http1 ? 'h2 + http/1.1' : h2 ? 'h2' : 'http/1.1';
}

try {
  await main();
} catch (err) {
  if (err instanceof UsageError) {
    console.error(err.message ? `${err.message}\n${err.usage}` : err.usage);
    process.exit(2);
  }
  if (err instanceof PostgresUnreachableError) {
    console.error(`bench: ${err.message}`);
    process.exit(1);
  }
  console.error('bench failed:', err);
  process.exit(1);
}
