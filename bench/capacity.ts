// The capacity table of bench/README: how many cores a notification to N devices needs to go out in a time budget,
// from the per-message CPU costs a run measured. Worker cores scale out (more `npm run worker` processes); the
// outbox is one PostgreSQL, whose cores scale only up: it is the component that bounds the design.

export type PerMessageCost = { dispatcherUs: number; postgresUs: number };

export type CapacityRow = {
  devices: number;
  seconds: number;
  perSecond: number;
  workerCores: number;
  postgresCores: number;
  /** Pushes in flight at the push services' round trip (what PUSH_CONCURRENCY × workers must cover). */
  inFlight: number;
};

export function capacityFor(
  devices: number,
  cost: PerMessageCost,
  opts: { seconds?: number; roundTripMs?: number } = {},
): CapacityRow {
  const seconds = opts.seconds ?? 60;
  const perSecond = devices / seconds;
  return {
    devices,
    seconds,
    perSecond,
    workerCores: (perSecond * cost.dispatcherUs) / 1e6,
    postgresCores: (perSecond * cost.postgresUs) / 1e6,
    inFlight: perSecond * ((opts.roundTripMs ?? 50) / 1000),
  };
}
