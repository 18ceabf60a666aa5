import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import type { CrieurRun } from './crieur/run-crieur';
import { splitFixedCost, toJson, toText, type Results } from './report';

const run = (n: number, perSecond: number): CrieurRun => ({
  n,
  workers: 1,
  perSecond,
  usPerMessage: 1e6 / perSecond,
  allSentSeconds: n / perSecond,
  allReceivedSeconds: n / perSecond - 0.1,
  createSeconds: 0.5,
  statuses: { sent: n },
  peakRssMb: 190.25,
  cpu: { dispatcherUsPerMessage: 150, postgresUsPerMessage: 40, benchUsPerMessage: 5, receiverShare: 0.1 },
  latency: { samples: [10, 20, 30], p50: 20, p95: 30, max: 30, createMs: [5, 6, 7] },
});

const results = (n: number): Results => ({
  args: parseArgs(['--n', String(n)], {}),
  machine: { cpus: 2, cpuModel: 'AMD EPYC', memoryGb: 25, node: 'v20', loadAtStart: [0.1, 0.2, 0.3] },
  cryptoLimit: { messages: n, seconds: n / 8000, perSecond: 8000, usPerMessage: 125 },
  cryptoCeiling: { messages: n, seconds: n / 7000, perSecond: 7000, usPerMessage: 1e6 / 7000, threads: 2 },
  sequential: { messages: 200, seconds: 10, perSecond: 20, usPerMessage: 50_000, errors: 0, sampled: true },
  pool: { messages: n, seconds: n / 1000, perSecond: 1000, usPerMessage: 1000, errors: 0, sampled: false },
  crieur: n > 10_000 ? [run(10_000, 4000), run(n, 3900)] : [run(n, 4000)],
  receiverShare: { pool: 0.2 },
  protocols: { pool: 'http/1.1' },
});

describe('bench report', () => {
  it('prints exactly the issue’s keys, ratios against the run at n', () => {
    const json = toJson(results(100_000));
    expect(Object.keys(json)).toEqual([
      'n',
      'crieur_per_s',
      'crypto_limit_per_s',
      'webpush_pool_per_s',
      'sequential_per_s',
      'ratio_vs_limit',
      'ratio_vs_pool',
      'ratio_vs_sequential',
      'first_push_p95_ms',
      'all_sent_s',
      'dispatcher_peak_rss_mb',
      'per_msg_us_10k',
      'per_msg_us_100k',
      'tls',
      'receiver_max_streams',
      'crypto_ceiling_all_cores_per_s',
      'ratio_vs_all_cores',
      'crypto_floor_us_per_msg',
      'dispatcher_cpu_us_per_msg',
      'postgres_cpu_us_per_msg',
      'cpu_ratio_vs_floor',
      'scaleout_workers',
      'scaleout_per_s',
      'scaleout_dispatcher_cpu_us_per_msg',
      'scaleout_postgres_cpu_us_per_msg',
    ]);
    expect(json).toMatchObject({
      tls: true,
      receiver_max_streams: 1000,
      crypto_ceiling_all_cores_per_s: 7000,
      ratio_vs_all_cores: 0.557,
      crypto_floor_us_per_msg: 125,
      dispatcher_cpu_us_per_msg: 150,
      postgres_cpu_us_per_msg: 40,
      cpu_ratio_vs_floor: 1.52,
      scaleout_per_s: null,
    });
    expect(json).toMatchObject({
      n: 100_000,
      crieur_per_s: 3900,
      ratio_vs_limit: 0.487,
      ratio_vs_pool: 3.9,
      ratio_vs_sequential: 195,
      first_push_p95_ms: 30,
      dispatcher_peak_rss_mb: 190.3,
      per_msg_us_10k: 250,
      per_msg_us_100k: 256.4,
    });
  });

  it('leaves what a run did not measure null', () => {
    const r = results(10_000);
    r.pool = undefined;
    const json = toJson(r);
    expect(json.per_msg_us_100k).toBeNull();
    expect(json.webpush_pool_per_s).toBeNull();
    expect(json.ratio_vs_pool).toBeNull();
    expect(json.per_msg_us_10k).toBe(250);
  });

  it('says the sequential rate is extrapolated and which targets are missed', () => {
    const text = toText(results(100_000));
    expect(text).toMatch(/measured on 200, extrapolated to 100,000/);
    expect(text).toMatch(/0\.557 × all-core crypto ceiling \(target ≥ 0\.5: met\)/);
    expect(text).toMatch(/0\.487 × one-core floor/);
    expect(text).toMatch(/3\.90 × web-push pool \(≥ 4: MISSED\)/);
    expect(text).toMatch(/195\.0 × sequential \(≥ 200: MISSED\)/);
    expect(text).toMatch(/190\.0 µs = 1\.52 × the one-core floor's 125\.0 µs \(target ≤ 1\.6: met\)/);
    expect(text).toMatch(/PostgreSQL 40\.0 µs \(target ≤ 40: met\)/);
    expect(text).toMatch(/\+2\.6 %; target within 10 %: met/);
    expect(text).toMatch(/receiver HTTPS \(ALPN h2 with 1000 streams, http\/1\.1\)/);
    expect(text).toMatch(/1,000,000 devices: 16,667 msgs\/s → 2\.5 worker cores, 0\.7 PostgreSQL cores/);
  });

  it('splits the wall time of the two sizes into a cost per further message and a fixed cost per fan-out', () => {
    const r = results(100_000);
    // 1 s fixed, then 300 µs a message: 4 s at 10,000 (400 µs each), 31 s at 100,000 (310 µs each).
    r.crieur = [
      { ...run(10_000, 2500), allSentSeconds: 4 },
      { ...run(100_000, 3226), allSentSeconds: 31 },
    ];
    const { marginalUs, fixedSeconds } = splitFixedCost(r.crieur[0], r.crieur[1]);
    expect(marginalUs).toBeCloseTo(300, 6);
    expect(fixedSeconds).toBeCloseTo(1, 6);
    expect(toText(r)).toMatch(/from the two sizes: each further message 300\.0 µs, plus 1\.00 s per fan-out/);
    expect(toText(results(10_000))).not.toMatch(/from the two sizes/);
  });

  it('gives no throughput verdict below the issue’s n = 100,000 (a smoke run)', () => {
    const text = toText(results(1_000));
    expect(text).toMatch(/crypto ceiling \(target ≥ 0\.5: n\/a below 100,000\)/);
    expect(text).not.toMatch(/MISSED/);
  });

  it('shows the pool as wide as Crieur beside the target’s pool, without changing the target’s ratio', () => {
    const r = results(100_000);
    r.poolAtCrieurWidth = {
      messages: 100_000,
      seconds: 50,
      perSecond: 2000,
      usPerMessage: 500,
      errors: 0,
      sampled: false,
    };
    const text = toText(r);
    expect(text).toMatch(/3 web-push pool \(64\)\s+1,000/);
    expect(text).toMatch(/3 web-push pool \(256\)\s+2,000 .*as wide as Crieur/);
    expect(text).toMatch(/against the web-push pool as wide as Crieur \(256\): 1\.95 ×/);
    expect(toJson(r).ratio_vs_pool).toBe(3.9);
  });
});

describe('bench report, scale-out', () => {
  it('reports the 2-worker run as a row, JSON keys and a line against one worker', () => {
    const r = results(100_000);
    r.scaleOut = { ...run(100_000, 5850), workers: 2 };
    r.protocols.scaleout = 'http/1.1';
    const json = toJson(r);
    expect(json).toMatchObject({ scaleout_workers: 2, scaleout_per_s: 5850, scaleout_dispatcher_cpu_us_per_msg: 150 });
    const text = toText(r);
    expect(text).toMatch(/5 Crieur, 2 workers, n=100,000\s+5,850/);
    expect(text).toMatch(/scale-out: 2 worker processes on one PostgreSQL reached 5,850\/s \(1\.50 × one worker/);
  });
});
