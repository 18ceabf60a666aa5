// The results: a table for people (stdout) and, with --json, one JSON object on the last line for CI.
import type { BenchArgs } from './args';
import { capacityFor } from './capacity';
import type { CeilingRun } from './crypto-ceiling';
import type { Throughput } from './crypto-limit';
import type { CrieurRun } from './crieur/run-crieur';
import type { Machine } from './machine';
import type { WebPushRun } from './web-push-contenders';

export type Results = {
  args: BenchArgs;
  machine: Machine;
  postgres?: string;
  cryptoLimit?: Throughput;
  /** The floor's encryption on one thread per available core, in the same run. */
  cryptoCeiling?: CeilingRun;
  senderEncryption?: Throughput;
  sequential?: WebPushRun;
  pool?: WebPushRun;
  /** The same pool as wide as Crieur's concurrency (when that differs from the target's 64). */
  poolAtCrieurWidth?: WebPushRun;
  /** Crieur runs by size (the main one is at args.n). */
  crieur: CrieurRun[];
  /** Crieur at n with 2 dispatcher processes on the one PostgreSQL. */
  scaleOut?: CrieurRun;
  receiverShare: Record<string, number>;
  /** What each contender negotiated with the receiver (by the same keys as receiverShare). */
  protocols: Record<string, string>;
};

const round = (v: number | undefined, digits = 0) =>
  v === undefined || !Number.isFinite(v) ? null : Number(v.toFixed(digits));
const ratio = (a?: number, b?: number) => (a && b ? a / b : undefined);

/** Crieur's own CPU per delivered message (dispatcher + PostgreSQL), the cost the round-2 target bounds. */
const ownCpu = (c?: CrieurRun) => (c ? c.cpu.dispatcherUsPerMessage + c.cpu.postgresUsPerMessage : undefined);

/** The issues' keys, exactly; what was not measured in this run is null. */
export function toJson(r: Results) {
  const main = r.crieur.find((c) => c.n === r.args.n);
  const at = (n: number) => r.crieur.find((c) => c.n === n)?.usPerMessage;
  return {
    n: r.args.n,
    crieur_per_s: round(main?.perSecond, 1),
    crypto_limit_per_s: round(r.cryptoLimit?.perSecond, 1),
    webpush_pool_per_s: round(r.pool?.perSecond, 1),
    sequential_per_s: round(r.sequential?.perSecond, 2),
    ratio_vs_limit: round(ratio(main?.perSecond, r.cryptoLimit?.perSecond), 3),
    ratio_vs_pool: round(ratio(main?.perSecond, r.pool?.perSecond), 3),
    ratio_vs_sequential: round(ratio(main?.perSecond, r.sequential?.perSecond), 1),
    first_push_p95_ms: round(main?.latency?.p95, 1),
    all_sent_s: round(main?.allSentSeconds, 3),
    dispatcher_peak_rss_mb: round(main?.peakRssMb, 1),
    per_msg_us_10k: round(at(10_000), 1),
    per_msg_us_100k: round(at(100_000), 1),
    // Round 2 (issue 14).
    tls: !r.args.plainHttp,
    receiver_max_streams: r.args.plainHttp ? null : r.args.maxStreams,
    crypto_ceiling_all_cores_per_s: round(r.cryptoCeiling?.perSecond, 1),
    ratio_vs_all_cores: round(ratio(main?.perSecond, r.cryptoCeiling?.perSecond), 3),
    crypto_floor_us_per_msg: round(r.cryptoLimit?.usPerMessage, 1),
    dispatcher_cpu_us_per_msg: round(main?.cpu.dispatcherUsPerMessage, 1),
    postgres_cpu_us_per_msg: round(main?.cpu.postgresUsPerMessage, 1),
    cpu_ratio_vs_floor: round(ratio(ownCpu(main), r.cryptoLimit?.usPerMessage), 3),
    scaleout_workers: r.scaleOut?.workers ?? null,
    scaleout_per_s: round(r.scaleOut?.perSecond, 1),
    scaleout_dispatcher_cpu_us_per_msg: round(r.scaleOut?.cpu.dispatcherUsPerMessage, 1),
    scaleout_postgres_cpu_us_per_msg: round(r.scaleOut?.cpu.postgresUsPerMessage, 1),
  };
}

const num = (v: number | undefined, digits = 0) =>
  v === undefined || !Number.isFinite(v)
    ? '—'
    : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'met' : 'MISSED');

export function toText(r: Results): string {
  const { args, machine } = r;
  const main = r.crieur.find((c) => c.n === args.n);
  const seqNote = r.sequential?.sampled
    ? `measured on ${num(r.sequential.messages)}, extrapolated to ${num(args.n)}`
    : '';
  const seqWall = r.sequential ? args.n / r.sequential.perSecond : undefined;
  const share = (k: string) =>
    [r.protocols[k], r.receiverShare[k] === undefined ? '' : `receiver CPU ${num(r.receiverShare[k] * 100)} %`]
      .filter(Boolean)
      .join(', ');
  const crieurRow = (label: string, c: CrieurRun, key: string) => [
    label,
    num(c.perSecond),
    num(c.usPerMessage),
    num(c.allSentSeconds, 2),
    `create ${num(c.createSeconds * 1000)} ms, all received ${num(c.allReceivedSeconds, 2)} s; ${share(key)}; ` +
      `CPU/msg dispatcher ${num(c.cpu.dispatcherUsPerMessage)} µs, PostgreSQL ${num(c.cpu.postgresUsPerMessage)} µs`,
  ];
  const ceiling = r.cryptoCeiling;
  const rows = [
    ['contender', 'msgs/s', 'µs/msg', 'wall s', 'notes'],
    [
      '1 crypto limit (1 core, no I/O)',
      num(r.cryptoLimit?.perSecond),
      num(r.cryptoLimit?.usPerMessage, 1),
      num(r.cryptoLimit?.seconds, 2),
      'RFC 8291 + cached VAPID JWT, node:crypto (reference)',
    ],
    [
      `1 crypto ceiling (${ceiling?.threads ?? '—'} threads)`,
      num(ceiling?.perSecond),
      num(ceiling?.usPerMessage, 1),
      num(ceiling?.seconds, 2),
      'the same, one worker thread per available core',
    ],
    [
      '  sender encryption, same loop',
      num(r.senderEncryption?.perSecond),
      num(r.senderEncryption?.usPerMessage, 1),
      num(r.senderEncryption?.seconds, 2),
      'lib/push build-push-request (reference, not a contender)',
    ],
    [
      '2 sequential web-push',
      num(r.sequential?.perSecond, 1),
      num(r.sequential?.usPerMessage),
      num(seqWall, 0),
      [seqNote, share('sequential')].filter(Boolean).join('; '),
    ],
    [
      `3 web-push pool (${args.poolConcurrency})`,
      num(r.pool?.perSecond),
      num(r.pool?.usPerMessage),
      num(r.pool?.seconds, 2),
      share('pool'),
    ],
    ...(r.poolAtCrieurWidth
      ? [
          [
            `3 web-push pool (${args.concurrency})`,
            num(r.poolAtCrieurWidth.perSecond),
            num(r.poolAtCrieurWidth.usPerMessage),
            num(r.poolAtCrieurWidth.seconds, 2),
            `as wide as Crieur; ${share('poolAtCrieurWidth')}`,
          ],
        ]
      : []),
    ...r.crieur.map((c) => crieurRow(`4 Crieur n=${num(c.n)} (${args.concurrency})`, c, `crieur${c.n}`)),
    ...(r.scaleOut
      ? [crieurRow(`5 Crieur, ${r.scaleOut.workers} workers, n=${num(r.scaleOut.n)}`, r.scaleOut, 'scaleout')]
      : []),
  ];
  const lines = [
    `Crieur push benchmark — n = ${num(args.n)}, ` +
      `receiver ${args.plainHttp ? 'plain HTTP/1.1' : `HTTPS (ALPN h2 with ${args.maxStreams} streams, http/1.1)`}, ` +
      `round trip ${args.latencyMs} ms, ` +
      `Crieur concurrency ${args.concurrency}, web-push pool ${args.poolConcurrency}` +
      `${args.quick ? ' (quick smoke run)' : ''}`,
    `machine: ${machine.cpus} × ${machine.cpuModel}, ${num(machine.memoryGb, 1)} GB, node ${machine.node}, ` +
      `PostgreSQL ${r.postgres ?? '—'}, ` +
      `load average at start ${machine.loadAtStart.map((l) => l.toFixed(2)).join(' ')}` +
      (machine.load ? `, during the run mean ${machine.load.mean.toFixed(2)} max ${machine.load.max.toFixed(2)}` : ''),
    '',
    table(rows),
    '',
  ];
  const json = toJson(r);
  if (main) {
    const cap = (args.concurrency * 1000) / Math.max(1, args.latencyMs);
    // The issue sets the throughput targets at 100,000: a smaller run (--quick) is a smoke test, not a verdict.
    const judge = (value: number | null, target: number) =>
      value === null ? '' : args.n < 100_000 ? 'n/a below 100,000' : verdict(value >= target);
    const atMost = (value: number | null, target: number) =>
      value === null ? '' : args.n < 100_000 ? 'n/a below 100,000' : verdict(value <= target);
    lines.push(
      `ratios at n=${num(args.n)}: ${num(json.ratio_vs_all_cores ?? undefined, 3)} × all-core crypto ceiling ` +
        `(target ≥ 0.5: ${judge(json.ratio_vs_all_cores, 0.5)}), ` +
        `${num(json.ratio_vs_limit ?? undefined, 3)} × one-core floor (reference), ` +
        `${num(json.ratio_vs_pool ?? undefined, 2)} × web-push pool (≥ 4: ${judge(json.ratio_vs_pool, 4)}), ` +
        `${num(json.ratio_vs_sequential ?? undefined, 1)} × sequential ` +
        `(≥ 200: ${judge(json.ratio_vs_sequential, 200)})`,
      `Crieur's own CPU per message (dispatcher + PostgreSQL): ${num(ownCpu(main), 1)} µs = ` +
        `${num(json.cpu_ratio_vs_floor ?? undefined, 2)} × the one-core floor's ` +
        `${num(json.crypto_floor_us_per_msg ?? undefined, 1)} µs ` +
        `(target ≤ 1.6: ${atMost(json.cpu_ratio_vs_floor, 1.6)}); ` +
        `PostgreSQL ${num(main.cpu.postgresUsPerMessage, 1)} µs ` +
        `(target ≤ 40: ${atMost(json.postgres_cpu_us_per_msg, 40)})`,
      ...(r.poolAtCrieurWidth
        ? [
            `against the web-push pool as wide as Crieur (${args.concurrency}): ` +
              `${num(main.perSecond / r.poolAtCrieurWidth.perSecond, 2)} ×`,
          ]
        : []),
      `ceiling from concurrency alone (Little's law): ${args.concurrency} in flight / ${args.latencyMs} ms = ` +
        `${num(cap)} msgs/s; Crieur reached ${num((main.perSecond / cap) * 100)} % of it`,
      `Crieur CPU per message: dispatcher ${num(main.cpu.dispatcherUsPerMessage)} µs ` +
        `(${num((main.cpu.dispatcherUsPerMessage * main.perSecond) / 1e4)} % of a core), ` +
        `PostgreSQL ${num(main.cpu.postgresUsPerMessage)} µs, ` +
        `createNotification + polling (bench process) ${num(main.cpu.benchUsPerMessage)} µs; ` +
        `statuses ${JSON.stringify(main.statuses)}`,
      `dispatcher peak RSS: ${num(main.peakRssMb, 1)} MB (target < 250 at 100,000: ` +
        `${verdict(args.n >= 100_000 ? main.peakRssMb < 250 : undefined) || 'n/a below 100,000'})`,
    );
    if (main.latency) {
      const l = main.latency;
      const createP50 = [...l.createMs].sort((a, b) => a - b)[Math.floor(l.createMs.length / 2)];
      lines.push(
        `created → first push received, idle queue, ${l.samples.length} single-recipient notifications: ` +
          `p50 ${num(l.p50, 1)} ms, p95 ${num(l.p95, 1)} ms, max ${num(l.max, 1)} ms ` +
          `(target p95 < 100: ${verdict(l.p95 < 100)}); createNotification alone p50 ${num(createP50, 1)} ms`,
      );
    }
  }
  if (json.per_msg_us_10k !== null && json.per_msg_us_100k !== null) {
    const growth = json.per_msg_us_100k / json.per_msg_us_10k - 1;
    lines.push(
      `per message: ${num(json.per_msg_us_10k, 1)} µs at 10,000, ${num(json.per_msg_us_100k, 1)} µs at 100,000 ` +
        `(${growth >= 0 ? '+' : ''}${num(growth * 100, 1)} %; target within 10 %: ${verdict(Math.abs(growth) <= 0.1)})`,
    );
    const small = r.crieur.find((c) => c.n === 10_000);
    const large = r.crieur.find((c) => c.n === 100_000);
    if (small && large) {
      const { marginalUs, fixedSeconds } = splitFixedCost(small, large);
      lines.push(
        `  from the two sizes: each further message ${num(marginalUs, 1)} µs, plus ${num(fixedSeconds, 2)} s ` +
          'per fan-out whatever its size (a fixed cost weighs 10 times more per message at 10,000)',
      );
    }
  }
  if (r.scaleOut && main) {
    lines.push(
      `scale-out: ${r.scaleOut.workers} worker processes on one PostgreSQL reached ${num(r.scaleOut.perSecond)}/s ` +
        `(${num(r.scaleOut.perSecond / main.perSecond, 2)} × one worker on this ${machine.cpus}-core machine, ` +
        'where they share the cores)',
    );
  }
  if (main) lines.push('', ...capacityLines(main, args.latencyMs));
  return lines.join('\n');
}

/**
 * The wall time of a fan-out as a fixed part plus a part per message, from two sizes: a per-message cost that differs
 * between the sizes is either a cost growing with n (the marginal cost would then exceed both averages) or a fixed
 * cost (start-up, first claims, the last outcome write) spread over fewer messages at the smaller size.
 */
export function splitFixedCost(small: CrieurRun, large: CrieurRun): { marginalUs: number; fixedSeconds: number } {
  const marginalSeconds = (large.allSentSeconds - small.allSentSeconds) / (large.n - small.n);
  return { marginalUs: marginalSeconds * 1e6, fixedSeconds: small.allSentSeconds - small.n * marginalSeconds };
}

/** The README's capacity table, from this run's per-message costs (see capacity.ts). */
function capacityLines(main: CrieurRun, roundTripMs: number): string[] {
  const cost = { dispatcherUs: main.cpu.dispatcherUsPerMessage, postgresUs: main.cpu.postgresUsPerMessage };
  return [
    `capacity from this run's CPU per message, to send within 60 s (round trip ${roundTripMs} ms):`,
    ...[1_000_000, 10_000_000].map((devices) => {
      const c = capacityFor(devices, cost, { roundTripMs });
      return (
        `  ${num(devices)} devices: ${num(c.perSecond)} msgs/s → ${num(c.workerCores, 1)} worker cores, ` +
        `${num(c.postgresCores, 1)} PostgreSQL cores, ${num(c.inFlight)} pushes in flight`
      );
    }),
  ];
}
