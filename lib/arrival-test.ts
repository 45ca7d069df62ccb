import type { Options } from 'k6/options';
import { mixedTraffic } from './journeys/mix.ts';
import { runStage } from './init-stage.ts';
import type { ArrivalExecutor } from './plans/arrival.ts';
import type { RunId } from './run-id.ts';
import { scenarioOptions, type ScenarioTools } from './scenario-options.ts';
import { loadConfig, readOnce } from './settings/read-once.ts';
import type { SuiteConfig } from './settings/suite.ts';
import { sloSettings } from '../thresholds/active-slos.ts';
import type { SloMode } from '../thresholds/settings.ts';

/** What an arrival-rate test type states: its name, how a breach ends it, and its executor. */
export interface ArrivalTestShape {
  /** The scenario name: its k6 scenario key, its knobs' scope and the default TESTID's start. */
  name: string;
  /** How the SLO catalog judges it unless SLO_MODE says otherwise (thresholds/settings.ts). */
  slo: SloMode;
  /** Its executor, a literal k6 arrival-rate scenario whose values come from the knobs. */
  executor: (tools: ScenarioTools) => ArrivalExecutor;
  /** Thresholds of its own besides the SLO catalog's (breakpoint: per step). */
  thresholds?: (tools: ScenarioTools) => Options['thresholds'];
}

/** What the arrival-rate scenarios export: options, setup, one visit per iteration, teardown. */
export interface ArrivalTest {
  /** The settings every scenario reads, read once per run. */
  config: SuiteConfig;
  options: Options;
  /** Probes the target before any load and names the run's rows (lib/run-stage.ts). */
  setup(): RunId;
  /** One iteration: one visit of the mixed traffic (lib/journeys/mix.ts), i.e. one request. */
  visit(run: RunId): void;
  /** Deletes whatever rows the run left behind. */
  teardown(run: RunId): void;
}

/**
 * What load, stress, spike, soak and breakpoint share: settings read once per run, the SLO
 * catalog sized on the mix over the executor's planned iterations, the mixed traffic (MIX_READ,
 * MIX_MAX_PENDING) and its clean-up. Each states only what makes it that test type.
 */
export function arrivalTest(shape: ArrivalTestShape): ArrivalTest {
  const config = loadConfig(shape.name);
  const slos = sloSettings(config, { mode: shape.slo });
  const mix = readOnce('mix', (stage, env) => stage.mixFromKnobs(stage.knobReader(env, shape.name)));
  const options = scenarioOptions(slos, (tools) => {
    const executor = shape.executor(tools);
    return {
      executor,
      slo: tools.stage.arrivalSloPlan(executor, mix, config.beasts.length),
      thresholds: shape.thresholds?.(tools),
    };
  });
  const traffic = mixedTraffic(config, mix);
  return {
    config,
    options,
    setup: () => runStage().startRun(slos),
    visit: (run) => traffic.visit(run),
    teardown: (run) => {
      runStage().sweepOwnRows(slos, run);
    },
  };
}
