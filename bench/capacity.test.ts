import { expect, it } from 'vitest';
import { capacityFor } from './capacity';

it('derives the cores a fan-out needs in 60 s from the measured CPU per message', () => {
  const row = capacityFor(1_000_000, { dispatcherUs: 240, postgresUs: 40 });
  expect(row.perSecond).toBeCloseTo(16_666.7, 1);
  expect(row.workerCores).toBeCloseTo(4, 1);
  expect(row.postgresCores).toBeCloseTo(0.667, 2);
  expect(row.inFlight).toBeCloseTo(833.3, 1);
  expect(capacityFor(10_000_000, { dispatcherUs: 240, postgresUs: 40 }).workerCores).toBeCloseTo(40, 1);
});
