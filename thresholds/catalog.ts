import type { EndpointType } from '../lib/beasts.ts';
import { sloQueries, type QueryScope } from './queries/slo-queries.ts';
import { isRandom, sampleCap, type PlannedSample } from './sample-bound.ts';
import type { SloProfile, SloSettings } from './settings.ts';
import type { Slo, SloKind, SloObjective, SloStat } from './slo.ts';
import { criticalCount } from './statistics.ts';

/** The HTTP methods the suite sends to every beast. */
export const METHODS = ['GET', 'POST', 'DELETE'] as const;
/** One of {@link METHODS}. */
export type Method = (typeof METHODS)[number];

/** The counter of checks the suite ran, tagged like the requests; the no-data guard of check SLOs. */
export const CHECKS_COUNTER = 'mythical_checks';

/** The counter of bad events every SLO is judged on, tagged with the group and the `sli`. */
export const BAD_EVENTS_COUNTER = 'mythical_slo_bad_events';

/**
 * Share of POSTs allowed to fail in the `default` profile: the real server fails about 10% of
 * POSTs on purpose. The exact test, not a padded objective, keeps a healthy run from breaching.
 */
export const DESIGNED_POST_FAILURE_SHARE = 0.1;

/**
 * Share of an SLO's α spent on its sample overshooting the planned one, where the sample is
 * random (arrival-rate mixes, retries); the rest goes to the test itself.
 */
export const SIZE_ALPHA_SHARE = 0.1;

/** What the catalog is a function of. */
export interface CatalogInput {
  testid: string;
  endpointType: EndpointType;
  beasts: readonly string[];
  /** The methods the scenario sends; defaults to all of {@link METHODS}. */
  methods?: readonly Method[];
  slo: Pick<SloSettings, 'profile' | 'p95Ms' | 'p99Ms' | 'availability' | 'checks' | 'falseAlarm'>;
  /** The sample each group of one beast is planned to get; without it no SLO gets a static gate. */
  sample?: PlannedSample;
}

/** One SLO template: what it judges, for the request groups of its methods. */
interface SloTemplate {
  kind: SloKind;
  /** The methods it applies to; all of them when absent. */
  methods?: readonly Method[];
  idPrefix: string;
  metric: string;
  stat: SloStat;
  guard: string;
  /** The share of bad events allowed. */
  allowedShare: (method: Method) => number;
  objective: (method: Method) => SloObjective;
  description: (group: string, method: Method) => string;
}

/**
 * The SLO catalog: for every beast and method, availability and p95 and p99 latency; for every
 * beast, the pass rate of the checks on GET responses. A pure function of the settings and the
 * planned sample, so k6 (thresholds), the report and the gate all see the same objectives and
 * the same critical counts. Each SLO gets SLO_FALSE_ALARM / (number of SLOs) of the run's
 * false-alarm probability (Bonferroni: static thresholds cannot order p-values as Holm does).
 */
export function buildCatalog(input: CatalogInput): Slo[] {
  const templates = sloTemplates(input.slo);
  const key = input.endpointType === 'BORING' ? 'endpoint' : 'beast';
  const slos: Slo[] = [];
  for (const beast of input.beasts) {
    for (const method of input.methods ?? METHODS) {
      const group = `${method} /${beast}`;
      const scope: QueryScope = { testid: input.testid, beast, method, key };
      for (const template of templates.filter((candidate) => candidate.methods?.includes(method) ?? true)) {
        const objective = template.objective(method);
        const allowedShare = template.allowedShare(method);
        slos.push({
          id: `${template.idPrefix}-${method.toLowerCase()}-${beast}`,
          description: template.description(group, method),
          kind: template.kind,
          metric: template.metric,
          tags: { beast, method },
          stat: template.stat,
          objective,
          queries: sloQueries(template.kind, quantileOf(template.stat), objective.value, scope),
          group,
          guard: template.guard,
          allowedShare,
          badTags: { beast, method, sli: template.idPrefix },
        });
      }
    }
  }
  const alpha = input.slo.falseAlarm / slos.length;
  const sample = input.sample;
  if (!sample) return slos;
  // Retries follow a group's failures, which a healthy target keeps at its availability objective.
  const failureShare = (group: string) => slos.find((slo) => slo.kind === 'availability' && slo.group === group)?.allowedShare ?? 0;
  // Every beast has the same few bounds and gates: compute each once (this runs in k6's init
  // stage, where a large planned sample costs a binomial quantile per SLO otherwise).
  const remember = memo();
  return slos.map((slo) => {
    const bound = slo.kind === 'checks' ? sample.checks : sample.requests[slo.tags.method as Method];
    const sizeAlpha = isRandom(bound) ? alpha * SIZE_ALPHA_SHARE : 0;
    const share = failureShare(slo.group);
    const plannedSample = remember(`cap ${JSON.stringify(bound)} ${share}`, () => sampleCap(bound, share, sizeAlpha));
    const breachAt = remember(`K ${plannedSample} ${slo.allowedShare} ${sizeAlpha}`, () => criticalCount(plannedSample, slo.allowedShare, alpha - sizeAlpha));
    return { ...slo, gate: { plannedSample, breachAt, alpha, sizeAlpha } };
  });
}

/** A cache of computed numbers by key, for one catalog. */
function memo(): (key: string, compute: () => number) => number {
  const values = new Map<string, number>();
  return (key, compute) => {
    let value = values.get(key);
    if (value === undefined) {
      value = compute();
      values.set(key, value);
    }
    return value;
  };
}

function sloTemplates(slo: CatalogInput['slo']): SloTemplate[] {
  const requestFailure = (method: Method) => failureBudget(slo.profile, method, slo.availability);
  const designed = (method: Method) =>
    slo.profile === 'default' && method === 'POST' ? ' (the server fails about 10% of POSTs by design)' : '';
  const latency = (stat: 'p(95)' | 'p(99)', ms: number): SloTemplate => ({
    kind: 'latency',
    idPrefix: `latency-${stat.replace(/[()]/g, '')}`,
    metric: 'http_req_duration',
    stat,
    guard: 'http_reqs',
    allowedShare: () => round(1 - Number(stat.slice(2, -1)) / 100),
    objective: () => ({ op: '<', value: ms, unit: 'ms' }),
    description: (group) => `${stat.slice(2, -1)}% of ${group} requests answer within ${ms} ms`,
  });
  return [
    {
      kind: 'availability',
      idPrefix: 'availability',
      metric: 'http_req_failed',
      stat: 'rate',
      guard: 'http_reqs',
      allowedShare: requestFailure,
      objective: (method) => ({ op: '<', value: requestFailure(method), unit: 'ratio' }),
      description: (group, method) => `${percent(1 - requestFailure(method))} of ${group} requests succeed${designed(method)}`,
    },
    latency('p(95)', slo.p95Ms),
    latency('p(99)', slo.p99Ms),
    {
      // Checks judge what a body says; a POST's or DELETE's outcome is its status, which
      // availability already judges, so one fault breaches one SLO, not two.
      kind: 'checks',
      methods: ['GET'],
      idPrefix: 'checks',
      metric: 'checks',
      stat: 'rate',
      guard: CHECKS_COUNTER,
      allowedShare: () => round(1 - slo.checks),
      objective: () => ({ op: '>', value: round(slo.checks), unit: 'ratio' }),
      description: (group) => `${percent(slo.checks)} of the checks on ${group} responses pass`,
    },
  ];
}

/** Allowed failure share: the designed POST failures are the objective, except against `always-succeed` targets. */
function failureBudget(profile: SloProfile, method: Method, objective: number): number {
  const strict = round(1 - objective);
  return profile === 'default' && method === 'POST' ? Math.max(strict, DESIGNED_POST_FAILURE_SHARE) : strict;
}

function quantileOf(stat: SloStat): number | null {
  return stat === 'rate' ? null : Number(stat.slice(2, -1)) / 100;
}

/** Removes binary noise such as 1 − 0.99 = 0.010000000000000009. */
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

function percent(share: number): string {
  return `${round(share * 100)}%`;
}
