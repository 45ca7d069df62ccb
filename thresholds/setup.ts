import type { SuiteConfig } from '../lib/settings/suite.ts';
import { buildCatalog, type Method } from './catalog.ts';
import type { PlannedSample } from './sample-bound.ts';
import type { SloSettings } from './settings.ts';
import type { Slo } from './slo.ts';

/** What a scenario sends, as far as its SLOs are concerned. */
export interface SloPlan {
  /** The methods it sends; all when absent. */
  methods?: readonly Method[];
  /** The sample each request group of one beast is planned to get. */
  sample: PlannedSample;
  /** Arrival-rate executors: the iterations they plan to start, on which delivered load is judged. */
  plannedIterations?: number;
}

/**
 * The run's SLO catalog with each SLO's critical count: the one place it is computed, for the
 * thresholds in the init stage and for the report in `handleSummary`.
 */
export function sloSetup(
  config: Pick<SuiteConfig, 'testid' | 'endpointType' | 'beasts'>,
  settings: SloSettings,
  plan: SloPlan,
): Slo[] {
  return buildCatalog({
    testid: config.testid,
    endpointType: config.endpointType,
    beasts: config.beasts,
    methods: plan.methods,
    slo: settings,
    sample: plan.sample,
  });
}

/** The most iterations an arrival-rate run may drop and still deliver its load; undefined for other executors. */
export function maxDroppedIterations(plan: Pick<SloPlan, 'plannedIterations'>, settings: Pick<SloSettings, 'maxDropped'>): number | undefined {
  return plan.plannedIterations === undefined ? undefined : Math.floor(settings.maxDropped * plan.plannedIterations);
}
