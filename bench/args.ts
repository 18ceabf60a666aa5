// Command line of `npm run bench`: --n, --quick, --json, --latency-ms, --concurrency, --pool-concurrency, --profile,
// --only, --plain-http, --reached-ago, --max-streams.
import { DEFAULT_PUSH_CONCURRENCY } from '../lib/push/push-concurrency';

export type BenchArgs = {
  /** Subscriptions in the fan-out (and messages per throughput contender). */
  n: number;
  quick: boolean;
  json: boolean;
  /** The receiver's simulated push-service round trip. */
  latencyMs: number;
  /** Crieur's PUSH_CONCURRENCY (the product's default unless told otherwise). */
  concurrency: number;
  /** The web-push promise pool's width for the target (64); the pool also runs at Crieur's width. */
  poolConcurrency: number;
  /** Messages of the sequential contender actually sent (its rate is extrapolated to n). */
  sequentialSample: number;
  /** Single-recipient notifications of the idle-queue latency measurement. */
  latencySamples: number;
  /** Writes V8 CPU profiles of the dispatcher process into bench/.cache/profiles. */
  profile: boolean;
  /** Run only these contenders (comma list of crypto,sequential,pool,crieur,scaleout); all by default. */
  only: Set<string>;
  /** The receiver speaks plain HTTP/1.1 (the first round's comparison) instead of HTTPS with ALPN h2/http1.1. */
  plainHttp: boolean;
  /** Minutes since the devices' last success (as after an earlier notification); null: never reached, the default. */
  reachedAgoMinutes: number | null;
  /** The receiver's SETTINGS_MAX_CONCURRENT_STREAMS: how many streams one HTTP/2 connection may have open. */
  maxStreams: number;
};

const USAGE = `usage: npm run bench -- [--n 10000] [--quick] [--json] [--latency-ms 50] [--concurrency 256]
       [--pool-concurrency 64] [--sequential-sample 200] [--latency-samples 50] [--profile]
       [--only crypto,sequential,pool,crieur,scaleout] [--plain-http] [--reached-ago <minutes>]
       [--max-streams 1000]`;

/** Streams the receiver lets one HTTP/2 connection have open, unless --max-streams says otherwise. */
export const DEFAULT_RECEIVER_MAX_STREAMS = 1000;

/** Issue 6 states its "≥ 3 × web-push pool" target against a pool 64 wide. */
export const TARGET_POOL_CONCURRENCY = 64;

// crypto: the one-core floor and the all-core ceiling; scaleout: Crieur with 2 worker processes on one PostgreSQL.
export const CONTENDERS = ['crypto', 'sequential', 'pool', 'crieur', 'scaleout'] as const;

export function parseArgs(argv: string[], env: Record<string, string | undefined> = process.env): BenchArgs {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument "${a}"`);
    const [name, inline] = a.slice(2).split('=', 2);
    if (inline !== undefined) flags.set(name, inline);
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) flags.set(name, argv[++i]);
    else flags.set(name, true);
  }
  const known = [
    'n',
    'quick',
    'json',
    'latency-ms',
    'concurrency',
    'pool-concurrency',
    'sequential-sample',
    'latency-samples',
    'profile',
    'only',
    'plain-http',
    'reached-ago',
    'max-streams',
    'help',
  ];
  for (const name of flags.keys()) if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
  if (flags.has('help')) throw new UsageError('');

  const quick = flags.get('quick') === true;
  const int = (name: string, fallback: number, min: number) => {
    const v = flags.get(name);
    if (v === undefined) return fallback;
    const n = Number(String(v).replaceAll('_', ''));
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer ≥ ${min}`);
    return n;
  };
  const n = int('n', quick ? 1_000 : 10_000, 1);
  const concurrency = int('concurrency', Number(env.PUSH_CONCURRENCY) || DEFAULT_PUSH_CONCURRENCY, 1);
  const only = flags.get('only');
  const selected = new Set(typeof only === 'string' ? only.split(',').map((s) => s.trim()) : CONTENDERS);
  for (const c of selected)
    if (!(CONTENDERS as readonly string[]).includes(c)) throw new UsageError(`--only: unknown contender "${c}"`);
  return {
    n,
    quick,
    json: flags.get('json') === true,
    latencyMs: int('latency-ms', 50, 0),
    concurrency,
    poolConcurrency: int('pool-concurrency', TARGET_POOL_CONCURRENCY, 1),
    sequentialSample: Math.min(n, int('sequential-sample', quick ? 20 : 200, 1)),
    latencySamples: int('latency-samples', quick ? 20 : 50, 1),
    profile: flags.get('profile') === true,
    only: selected,
    plainHttp: flags.get('plain-http') === true,
    reachedAgoMinutes: flags.has('reached-ago') ? int('reached-ago', 0, 0) : null,
    maxStreams: int('max-streams', DEFAULT_RECEIVER_MAX_STREAMS, 1),
  };
}

export class UsageError extends Error {
  name = 'UsageError';
  readonly usage = USAGE;
}
