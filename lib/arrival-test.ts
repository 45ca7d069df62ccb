import { exec } from './k6-modules.ts';
import type { Options } from 'k6/options';
import type { ArrivalExecutor } from './plans/arrival.ts';
import { mythicalClient, EXPECTED_STATUS, type MythicalClient, type RequestPlan } from './client.ts';
import { slugs } from './data/iteration-names.ts';
import { stages } from './init-stage.ts';
import { chooseVisit, type Mix } from './plans/mix-choice.ts';
import { composeName } from './row-names.ts';
import { NO_SETUP, type RunId } from './run-id.ts';
import type { RunExports } from './run-stage.ts';
import type { ScenarioTools } from './scenario-options.ts';
import { firstInit, readOnce } from './settings/read-once.ts';
import type { SuiteConfig } from './settings/suite.ts';
import { checkNames } from '../thresholds/checks.ts';
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

/** What the arrival-rate scenarios export: options, the lifecycle functions, one visit per iteration. */
export interface ArrivalTest extends RunExports {
  /** The settings every scenario reads, read once per run; `__VU` 0 only. */
  config?: SuiteConfig;
  options: Options;
  /** One iteration: one visit of the mixed traffic, i.e. one request. */
  visit(run: RunId | undefined): void;
}

/** A row this VU created and still has to delete. */
interface Row {
  beast: string;
  name: string;
}

/**
 * What load, stress, spike, soak and breakpoint share: settings read once per run, the SLO
 * catalog sized on the mix over the executor's planned iterations, setup's probe, teardown's
 * clean-up and the report (lib/run-stage.ts), and the mixed traffic (MIX_READ,
 * MIX_MAX_PENDING). Each states only what makes it that test type.
 *
 * The traffic is like the stack's requester: random beasts, mostly reads, writes that clean up
 * after themselves (each VU deletes the rows it created), so tables and GET bodies stay small
 * however long the run; teardown sweeps what is left. One visit is one request: the arrival rate
 * the plan sets is the request rate.
 */
export function arrivalTest(shape: ArrivalTestShape): ArrivalTest {
  // No closure here refers to `shape`: a VU would keep it, and its executor function, alive.
  const { name, slo } = shape;
  // The whole settings where k6 reads options and calls setup, teardown and handleSummary
  // (`__VU` 0); in every init, the little a VU's requests and mix need, derived from them once.
  const all =
    stages &&
    readOnce('arrival', (stage, env) => ({ slos: stage.scenarioSlos(env, name, slo), mix: stage.mixFromKnobs(stage.knobReader(env, name)) }));
  const plan = readOnce('arrival VU', (stage): RequestPlan & Mix => ({ ...stage.requestPlan(all!.slos), ...all!.mix }));
  // Options, and the SLO plan they are sized on, are built in the first init only: k6 reads
  // options there alone, and setup's, teardown's and handleSummary's inits take the plan back.
  const options = (all && firstInit && stages?.options.arrivalOptions(all.slos, shape, all.mix)) || {};
  if (all) all.slos.plan = readOnce('arrival SLO plan', () => all.slos.plan);
  const pending: Row[] = [];
  let client: MythicalClient | undefined;
  return {
    config: all?.slos.config,
    options,
    ...(all && stages?.run.runExports(all.slos, stages.report)),
    visit(run) {
      if (!run) exec.test.abort(NO_SETUP);
      client ??= mythicalClient(plan, run as RunId);
      const visit = chooseVisit(Math.random(), pending.length, plan);
      if (visit === 'delete') {
        const row = pending.shift() as Row;
        client.send('DELETE', row.beast, row.name);
        return;
      }
      // `| 0` floors without Math.floor (random() < 1): each builtin a VU touches costs it 1–5 KB.
      const beast = plan.beasts[(Math.random() * plan.beasts.length) | 0];
      if (visit === 'read') {
        // The check is that a 200 carried a list of names; a non-200 is availability's to judge.
        checkNames(client, client.send('GET', beast), beast, 'GET answered a list of names');
        return;
      }
      const name = composeName((run as RunId).prefix, slugs, client.vu, __ITER);
      // The real server fails ~10% of POSTs by design; availability budgets it, and a failed
      // POST leaves nothing to delete.
      if (client.send('POST', beast, name).response.status === EXPECTED_STATUS.POST) pending.push({ beast, name });
    },
  };
}
