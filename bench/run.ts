// `npm run bench`: Crieur's fan-out against the crypto floor, sequential web-push and a web-push pool, in one run,
// on this machine, against one loopback receiver. Progress goes to stderr; the table (and with --json the JSON
// object, last line) to stdout. See bench/README.md.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import webpush from 'web-push';
import { parseArgs, UsageError } from './args';
import { measureCryptoLimit, measureSenderEncryption } from './crypto-limit';
import { runCrieur } from './crieur/run-crieur';
import { assertPostgresReachable, PostgresUnreachableError } from './crieur/postgres';
import { CACHE_DIR, loadKeyPool } from './key-pool';
import { describeMachine, sampleLoad } from './machine';
import { benchPayload } from './payload';
import { receiverCpuShare, startReceiver, type Receiver } from './receiver-client';
import { toJson, toText, type Results } from './report';
import { measurePool, measureSequential } from './web-push-contenders';

const log = (line: string) => console.error(line);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const results: Results = { args, machine: describeMachine(), crieur: [], receiverShare: {} };
  const stopLoad = sampleLoad();
  if (args.only.has('crieur')) results.postgres = await assertPostgresReachable();

  // Fan-out sizes: the issue compares the per-message cost at 10,000 and 100,000.
  const sizes = args.n > 10_000 ? [10_000, args.n] : [args.n];
  const latencyUsers = args.only.has('crieur') ? args.latencySamples : 0;
  let t = performance.now();
  const pool = loadKeyPool(args.n + latencyUsers);
  log(`key pool: ${pool.keys.length} subscriptions (${pool.generated ? `${pool.generated} generated now, cached` : 'from cache'}) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const vapidKeys = webpush.generateVAPIDKeys();
  const vapid = { ...vapidKeys, subject: 'mailto:bench@crieur.example.org' };
  const payload = benchPayload();
  const receiver = await startReceiver({ latencyMs: args.latencyMs });
  try {
    const targets = pool.keys.slice(0, args.n).map((k, i) => ({ endpoint: `${receiver.origin}/push/${i}`, ...k }));
    log(`receiver on ${receiver.origin}, payload ${Buffer.byteLength(payload)} bytes of JSON`);

    if (args.only.has('crypto')) {
      measureCryptoLimit(targets, payload, vapid, Math.min(args.n, 500)); // warm-up (JIT), not counted
      results.cryptoLimit = measureCryptoLimit(targets, payload, vapid);
      results.senderEncryption = measureSenderEncryption(targets, payload, vapid);
      log(`1 crypto limit: ${results.cryptoLimit.perSecond.toFixed(0)}/s (sender's encryption ${results.senderEncryption.perSecond.toFixed(0)}/s)`);
    }
    if (args.only.has('sequential')) {
      results.sequential = await withReceiverShare(receiver, results, 'sequential', () => measureSequential(targets, payload, vapid, args.sequentialSample));
      log(`2 sequential: ${results.sequential.perSecond.toFixed(1)}/s over ${results.sequential.messages} messages`);
    }
    if (args.only.has('pool')) {
      results.pool = await withReceiverShare(receiver, results, 'pool', () => measurePool(targets, payload, vapid, args.poolConcurrency));
      log(`3 web-push pool (${args.poolConcurrency}): ${results.pool.perSecond.toFixed(0)}/s`);
      // The issue's contender 3 runs "with the same concurrency as Crieur"; its target names a pool 64 wide: both.
      if (args.concurrency !== args.poolConcurrency) {
        results.poolAtCrieurWidth = await withReceiverShare(receiver, results, 'poolAtCrieurWidth', () => measurePool(targets, payload, vapid, args.concurrency));
        log(`3 web-push pool (${args.concurrency}): ${results.poolAtCrieurWidth.perSecond.toFixed(0)}/s`);
      }
    }
    if (args.only.has('crieur')) {
      const profileDir = args.profile ? path.join(CACHE_DIR, 'profiles') : undefined;
      if (profileDir) mkdirSync(profileDir, { recursive: true });
      for (const n of sizes) {
        log(`4 Crieur, n = ${n}:`);
        t = performance.now();
        const run = await runCrieur({ n, keys: pool.keys, receiver, vapid, concurrency: args.concurrency, latencySamples: n === args.n ? latencyUsers : 0, profileDir, log });
        results.crieur.push(run);
        log(`  ${run.perSecond.toFixed(0)}/s, all sent in ${run.allSentSeconds.toFixed(2)} s (phase ${((performance.now() - t) / 1000).toFixed(0)} s)`);
      }
      if (profileDir) log(`dispatcher CPU profiles in ${profileDir}`);
    }
  } finally {
    await receiver.stop();
  }
  results.machine.load = stopLoad();
  console.log(toText(results));
  if (args.json) console.log(JSON.stringify(toJson(results)));
}

async function withReceiverShare<T>(receiver: Receiver, results: Results, key: string, fn: () => Promise<T>): Promise<T> {
  const before = await receiver.stats();
  const value = await fn();
  results.receiverShare[key] = receiverCpuShare(before, await receiver.stats());
  return value;
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
