import { fixedBound, type PlannedSample } from '../../thresholds/sample-bound.ts';
import type { SloPlan } from '../../thresholds/setup.ts';
import { plannedIterations, type ArrivalExecutor } from './arrival.ts';
import type { Mix } from './mix-choice.ts';

/**
 * The sample the CRUD journey (`lib/journeys/crud.ts`) gives each beast over `iterations`
 * iterations: per iteration one POST plus one retry per failed POST, at most two GETs (each
 * with one check) and one DELETE.
 */
export function crudSample(iterations: number): PlannedSample {
  return {
    requests: {
      GET: fixedBound(2 * iterations),
      POST: { fixed: iterations, trials: iterations, share: 'retries' },
      DELETE: fixedBound(iterations),
    },
    checks: fixedBound(2 * iterations),
  };
}

/**
 * The sample the mixed traffic (`lib/arrival-test.ts`) gives each of `beasts` beasts over the
 * executor's planned iterations. Every iteration is one visit: a GET of a uniformly drawn
 * beast with probability `readShare` (and one check when it answers 200); a POST to a drawn
 * beast with probability at most 1 − `readShare` whatever the VU holds; a DELETE only of a
 * row the VU's POST created, so never more DELETEs than POSTs per beast.
 */
export function mixSample(executor: ArrivalExecutor, mix: Mix, beasts: number): PlannedSample {
  const iterations = plannedIterationCount(executor);
  const reads = { fixed: 0, trials: iterations, share: mix.readShare / beasts };
  const writes = { fixed: 0, trials: iterations, share: (1 - mix.readShare) / beasts };
  return { requests: { GET: reads, POST: writes, DELETE: writes }, checks: reads };
}

/** The iterations an arrival-rate executor starts at most: the area under its rate curve, rounded up. */
export function plannedIterationCount(executor: ArrivalExecutor): number {
  return Math.ceil(plannedIterations(executor) - 1e-9);
}

/** The SLO plan of an arrival-rate scenario running the mixed traffic: its samples and its planned iterations. */
export function arrivalSloPlan(executor: ArrivalExecutor, mix: Mix, beasts: number): SloPlan {
  return { sample: mixSample(executor, mix, beasts), plannedIterations: plannedIterationCount(executor) };
}
