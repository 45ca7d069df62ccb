import { describe, expect, it } from 'vitest';
import { runTraceTag } from '../../../lib/tracing/traceparent.ts';
import { buildCatalog, DESIGNED_POST_FAILURE_SHARE } from '../../../thresholds/catalog.ts';
import { badEventsKey, compileThresholds, GUARD_EXPRESSION, submetricKey, verdictExpression } from '../../../thresholds/compile.ts';
import { parseSloSettings, type SloSettings } from '../../../thresholds/settings.ts';
import { upperTail } from '../../../thresholds/statistics.ts';
import { ENDPOINTS } from '../../../lib/beasts.ts';
import { arrivalSloPlan, crudSample } from '../../../lib/plans/sample.ts';
import { mixFromKnobs } from '../../../lib/plans/mix-choice.ts';
import { knobReader } from '../../../lib/settings/read.ts';

const settings = (env: Record<string, string> = {}, mode: 'gate' | 'soak' = 'gate'): SloSettings => parseSloSettings(env, mode);
const catalog = (env: Record<string, string> = {}) =>
  buildCatalog({ testid: 't-1', endpointType: 'DEFAULT', beasts: ENDPOINTS.DEFAULT, slo: settings(env), sample: crudSample(40) });
const compile = (env: Record<string, string> = {}, mode: 'gate' | 'soak' = 'gate', maxDroppedIterations?: number) => {
  const slo = settings(env, mode);
  return compileThresholds(catalog(env), { mode: slo.mode, scenario: 'smoke', maxDroppedIterations });
};

describe('SLO catalog', () => {
  it('has availability, p95 and p99 for every beast and method, and checks for the GETs of every beast', () => {
    const slos = catalog();
    const ids = slos.map((slo) => slo.id);
    expect(slos).toHaveLength(5 * (3 * 3 + 1));
    expect(new Set(ids).size).toBe(slos.length);
    for (const beast of ENDPOINTS.DEFAULT) {
      for (const method of ['get', 'post', 'delete']) {
        for (const prefix of ['availability', 'latency-p95', 'latency-p99']) expect(ids).toContain(`${prefix}-${method}-${beast}`);
      }
      expect(ids).toContain(`checks-get-${beast}`);
      expect(ids).not.toContain(`checks-post-${beast}`);
      expect(ids).not.toContain(`checks-delete-${beast}`);
    }
  });

  it('takes the designed POST failures as the POST objective in the default profile only', () => {
    const post = (env: Record<string, string>) => catalog(env).find((slo) => slo.id === 'availability-post-owlbear')!;
    const get = (env: Record<string, string>) => catalog(env).find((slo) => slo.id === 'availability-get-owlbear')!;
    expect(post({}).objective).toEqual({ op: '<', value: DESIGNED_POST_FAILURE_SHARE, unit: 'ratio' });
    expect(post({}).allowedShare).toBe(0.1);
    expect(post({}).description).toBe('90% of POST /owlbear requests succeed (the server fails about 10% of POSTs by design)');
    expect(get({}).objective).toEqual({ op: '<', value: 0.01, unit: 'ratio' });
    expect(post({ SLO_PROFILE: 'always-succeed' }).objective).toEqual({ op: '<', value: 0.01, unit: 'ratio' });
    expect(post({ SLO_PROFILE: 'always-succeed' }).description).toBe('99% of POST /owlbear requests succeed');
  });

  it('takes latency objectives from the settings and says them in words', () => {
    const p95 = catalog({ SLO_P95_MS: '250', SLO_P99_MS: '900' }).find((slo) => slo.id === 'latency-p95-get-unicorn')!;
    expect(p95.allowedShare).toBe(0.05);
    expect(p95.badTags).toEqual({ beast: 'unicorn', method: 'GET', sli: 'latency-p95' });
    expect(p95.description).toBe('95% of GET /unicorn requests answer within 250 ms');
    expect(p95.queries.traceql).toBe(
      '{ resource.service.name = "mythical-server" && kind = server && span.http.method = "GET" && span.http.target = "/unicorn" && span.http.user_agent =~ ".*[(]testid=t-1; journey=.*" && duration >= 250ms }',
    );
    expect(p95.queries.promql).toBe('histogram_quantile(0.95, sum(k6_http_req_duration_seconds{testid="t-1", beast="unicorn", method="GET"})) * 1000');
    expect(p95.queries.promqlTrendStats).toBe('max(k6_http_req_duration_p95{testid="t-1", beast="unicorn", method="GET"}) * 1000');
  });

  it('selects a group by the attributes of the real server span, its failures by status, scoped to the run by the User-Agent', () => {
    const slos = buildCatalog({ testid: 'smoke.1', endpointType: 'BORING', beasts: ['login'], slo: settings() });
    const availability = slos.find((slo) => slo.id === 'availability-delete-login')!;
    expect(availability.tags).toEqual({ beast: 'login', method: 'DELETE' });
    expect(availability.queries.traceql).toBe(
      '{ resource.service.name = "mythical-server" && kind = server && span.http.method = "DELETE" && span.http.target = "/login" && span.http.user_agent =~ ".*[(]testid=smoke[.]1; journey=.*" && span.http.status_code != 204 }',
    );
    expect(slos.find((slo) => slo.id === 'checks-get-login')!.queries.traceql).not.toContain('status_code');
  });

  it('selects log lines by the beast label and by the run tag and method digit of their trace id, never by http.method', () => {
    const slos = catalog();
    const tag = runTraceTag('t-1');
    expect(slos.find((slo) => slo.id === 'availability-post-owlbear')!.queries.logql).toBe(`{service_name="mythical-server", beast="owlbear", level="error"} |= "traceID=${tag}2"`);
    expect(slos.find((slo) => slo.id === 'latency-p95-delete-owlbear')!.queries.logql).toBe(`{service_name="mythical-server", beast="owlbear"} |= "traceID=${tag}3"`);
    const boring = buildCatalog({ testid: 't-1', endpointType: 'BORING', beasts: ['login'], slo: settings() });
    expect(boring.find((slo) => slo.id === 'availability-get-login')!.queries.logql).toBe(`{service_name="mythical-server", endpoint="login", level="error"} |= "traceID=${tag}1"`);
  });
});

describe('critical counts', () => {
  it('split SLO_FALSE_ALARM over the catalog and breach only where the exact test rejects', () => {
    const slos = catalog({ SLO_FALSE_ALARM: '0.05' });
    for (const slo of slos) {
      const gate = slo.gate!;
      expect(gate.alpha).toBeCloseTo(0.05 / 50, 12);
      expect(upperTail(gate.plannedSample, slo.allowedShare, gate.breachAt)).toBeLessThanOrEqual(gate.alpha - gate.sizeAlpha);
      expect(upperTail(gate.plannedSample, slo.allowedShare, gate.breachAt - 1)).toBeGreaterThan(gate.alpha - gate.sizeAlpha);
    }
  });

  it('size a smoke of 40 journeys per beast: GETs 80, DELETEs 40, POSTs 40 plus their retries', () => {
    const gate = (id: string) => catalog().find((slo) => slo.id === id)!.gate!;
    expect(gate('availability-get-owlbear')).toMatchObject({ plannedSample: 80, breachAt: 6, sizeAlpha: 0 });
    expect(gate('checks-get-owlbear')).toMatchObject({ plannedSample: 80, breachAt: 6 });
    expect(gate('availability-delete-owlbear')).toMatchObject({ plannedSample: 40, breachAt: 5 });
    expect(gate('latency-p95-delete-owlbear')).toMatchObject({ plannedSample: 40, breachAt: 9 });
    // POSTs: 40 plus at most the retries of a 10% failure share, exceeded with probability ≤ α/10.
    expect(gate('availability-post-owlbear')).toMatchObject({ plannedSample: 53, breachAt: 15, sizeAlpha: 0.01 / 50 / 10 });
  });

  it('bound an arrival-rate mix by binomial draws of the planned iterations', () => {
    const load = { executor: 'constant-arrival-rate', rate: 20, timeUnit: '1s', duration: '60s', preAllocatedVUs: 20, maxVUs: 200, gracefulStop: '30s' } as const;
    const plan = arrivalSloPlan(load, mixFromKnobs(knobReader({}, 'load')), 5);
    expect(plan.plannedIterations).toBe(1200);
    expect(plan.sample.requests.GET).toEqual({ fixed: 0, trials: 1200, share: 0.6 / 5 });
    expect(plan.sample.requests.DELETE).toEqual(plan.sample.requests.POST);
    const slos = buildCatalog({ testid: 't', endpointType: 'DEFAULT', beasts: ENDPOINTS.DEFAULT, slo: settings(), sample: plan.sample });
    const get = slos.find((slo) => slo.id === 'latency-p95-get-owlbear')!.gate!;
    // 144 GETs expected; the bound is their (1 − α/10) quantile.
    expect(get.plannedSample).toBeGreaterThan(180);
    expect(get.plannedSample).toBeLessThan(200);
  });
});

describe('compileThresholds', () => {
  it('judges every SLO by count<K on its bad events, gate mode aborting at once (a count never shrinks)', () => {
    const slos = catalog();
    const thresholds = compile();
    for (const slo of slos) expect(thresholds[badEventsKey(slo)]).toEqual([{ threshold: verdictExpression(slo), abortOnFail: true }]);
    expect(thresholds['mythical_slo_bad_events{beast:owlbear,method:GET,sli:latency-p95}']).toEqual([{ threshold: 'count<13', abortOnFail: true }]);
    expect(thresholds['mythical_slo_bad_events{beast:owlbear,method:POST,sli:availability}']).toEqual([{ threshold: 'count<15', abortOnFail: true }]);
  });

  it('declares the SLI submetrics, per group and over the scenario, with expressions that always hold', () => {
    const thresholds = compile();
    expect(thresholds['http_req_duration{beast:owlbear,method:GET}']).toEqual(['p(95)>=0', 'p(99)>=0']);
    expect(thresholds['http_req_failed{beast:owlbear,method:GET}']).toEqual(['rate>=0']);
    expect(thresholds['checks{beast:owlbear,method:GET}']).toEqual(['rate>=0']);
    expect(thresholds['http_reqs{scenario:smoke}']).toEqual(['count>=0']);
    expect(thresholds['http_req_duration{scenario:smoke}']).toEqual(['p(95)>=0', 'p(99)>=0']);
  });

  it('guards every SLO with count>0 on a counter of the same tag filter, never aborting on it', () => {
    const slos = catalog();
    const thresholds = compile();
    for (const slo of slos) expect(thresholds[submetricKey(slo.guard, slo.tags)]).toEqual([GUARD_EXPRESSION]);
    expect(thresholds['http_reqs{beast:owlbear,method:GET}']).toEqual(['count>0']);
    expect(thresholds['mythical_checks{beast:owlbear,method:GET}']).toEqual(['count>0']);
    // Per beast: bad events of 10 SLOs; failed, duration and reqs per method; checks and their counter for GET. Plus 3 scenario SLIs.
    expect(Object.keys(thresholds)).toHaveLength(5 * (10 + 3 * 3 + 2) + 3);
  });

  it('judges delivered load on dropped_iterations when given the most the run may drop', () => {
    expect(compile({}, 'gate', 12).dropped_iterations).toEqual([{ threshold: 'count<=12', abortOnFail: true }]);
    expect(compile().dropped_iterations).toBeUndefined();
  });

  it('judges the whole run without aborting in soak mode', () => {
    const thresholds = compile({}, 'soak', 3);
    expect(thresholds['mythical_slo_bad_events{beast:unicorn,method:DELETE,sli:availability}']).toEqual(['count<5']);
    expect(thresholds.dropped_iterations).toEqual(['count<=3']);
    expect(JSON.stringify(thresholds)).not.toContain('abortOnFail');
  });

  it('declares every submetric but judges nothing in report mode', () => {
    const thresholds = compile({ SLO_MODE: 'report' }, 'gate', 3);
    expect(thresholds['http_req_duration{beast:unicorn,method:GET}']).toEqual(['p(95)>=0', 'p(99)>=0']);
    expect(thresholds['http_reqs{beast:unicorn,method:GET}']).toEqual(['count>=0']);
    expect(thresholds['mythical_slo_bad_events{beast:unicorn,method:GET,sli:checks}']).toEqual(['count>=0']);
    expect(thresholds.dropped_iterations).toEqual(['count>=0']);
  });
});

describe('parseSloSettings', () => {
  it('has documented defaults', () => {
    expect(settings()).toEqual({
      profile: 'default', mode: 'gate', p95Ms: 300, p99Ms: 1000, availability: 0.99, checks: 0.99, falseAlarm: 0.01, maxDropped: 0.01,
      grafana: { url: 'http://localhost:3000', tempoUid: 'tempo', lokiUid: 'loki', mimirUid: 'mimir' },
    });
  });

  it.each([
    [{ SLO_PROFILE: 'lenient' }, 'SLO_PROFILE=lenient is not valid: expected one of default, always-succeed'],
    [{ SLO_MODE: 'ci' }, 'SLO_MODE=ci is not valid: expected one of gate, soak, report'],
    [{ SLO_P95_MS: '0' }, 'SLO_P95_MS=0 is not valid: expected a whole number from 1 to 2147483647'],
    [{ SLO_P95_MS: '500', SLO_P99_MS: '400' }, 'SLO_P99_MS=400 is not valid: expected a whole number of at least 500 (SLO_P95_MS)'],
    [{ SLO_AVAILABILITY: '99' }, 'SLO_AVAILABILITY=99 is not valid: expected a ratio between 0 and 1 such as 0.99'],
    [{ SLO_FALSE_ALARM: '0' }, 'SLO_FALSE_ALARM=0 is not valid: expected a probability above 0 and at most 0.5 such as 0.01'],
    [{ SLO_FALSE_ALARM: '5%' }, 'SLO_FALSE_ALARM=5% is not valid: expected a probability above 0 and at most 0.5 such as 0.01'],
    [{ SLO_MAX_DROPPED: '1.5' }, 'SLO_MAX_DROPPED=1.5 is not valid: expected a number from 0 to 1 such as 0.01'],
    [{ GRAFANA_URL: 'grafana:3000' }, 'GRAFANA_URL=grafana:3000 is not valid: expected an http(s) URL without query or fragment, such as http://localhost:4000'],
    [{ GRAFANA_TEMPO_UID: 'a b' }, 'GRAFANA_TEMPO_UID="a b" is not valid: expected a datasource uid of letters, digits, - and _'],
  ])('refuses %j with one line', (env, message) => {
    expect(() => settings(env)).toThrow(message);
  });

  it('raises the default p99 objective with a larger p95 one', () => {
    expect(settings({ SLO_P95_MS: '1500' }).p99Ms).toBe(1500);
  });
});
