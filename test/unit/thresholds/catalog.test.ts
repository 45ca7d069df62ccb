import { describe, expect, it } from 'vitest';
import { runTraceTag } from '../../../lib/tracing/traceparent.ts';
import { buildCatalog, DESIGNED_POST_FAILURE_BUDGET } from '../../../thresholds/catalog.ts';
import { compileThresholds, GUARD_EXPRESSION, submetricKey, thresholdExpression } from '../../../thresholds/compile.ts';
import { parseSloSettings, type SloSettings } from '../../../thresholds/settings.ts';
import { ENDPOINTS } from '../../../lib/beasts.ts';

const settings = (env: Record<string, string> = {}, mode: 'gate' | 'soak' = 'gate'): SloSettings => parseSloSettings(env, mode);
const catalog = (env: Record<string, string> = {}) =>
  buildCatalog({ testid: 't-1', endpointType: 'DEFAULT', beasts: ENDPOINTS.DEFAULT, slo: settings(env) });

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

  it('budgets the designed POST failures in the default profile only', () => {
    const post = (env: Record<string, string>) => catalog(env).find((slo) => slo.id === 'availability-post-owlbear')!;
    const get = (env: Record<string, string>) => catalog(env).find((slo) => slo.id === 'availability-get-owlbear')!;
    expect(post({}).objective).toEqual({ op: '<', value: DESIGNED_POST_FAILURE_BUDGET, unit: 'ratio' });
    expect(post({}).description).toBe('80% of POST /owlbear requests succeed (the server fails about 10% of POSTs by design)');
    expect(get({}).objective).toEqual({ op: '<', value: 0.01, unit: 'ratio' });
    expect(post({ SLO_PROFILE: 'always-succeed' }).objective).toEqual({ op: '<', value: 0.01, unit: 'ratio' });
    expect(post({ SLO_PROFILE: 'always-succeed' }).description).toBe('99% of POST /owlbear requests succeed');
  });

  it('takes latency objectives from the settings and says them in words', () => {
    const p95 = catalog({ SLO_P95_MS: '250', SLO_P99_MS: '900' }).find((slo) => slo.id === 'latency-p95-get-unicorn')!;
    expect(thresholdExpression(p95)).toBe('p(95)<250');
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

describe('compileThresholds', () => {
  it('compiles every SLO into a threshold on its submetric, gate mode aborting after the delay', () => {
    const slos = catalog();
    const thresholds = compileThresholds(slos, settings({ SLO_ABORT_DELAY: '20s' }));
    for (const slo of slos) {
      expect(thresholds[submetricKey(slo.metric, slo.tags)]).toContainEqual({ threshold: thresholdExpression(slo), abortOnFail: true, delayAbortEval: '20s' });
    }
    expect(thresholds['http_req_duration{beast:owlbear,method:GET}']).toEqual([
      { threshold: 'p(95)<300', abortOnFail: true, delayAbortEval: '20s' },
      { threshold: 'p(99)<1000', abortOnFail: true, delayAbortEval: '20s' },
    ]);
  });

  it('guards every SLO with count>0 on a counter of the same tag filter, never aborting on it', () => {
    const slos = catalog();
    const thresholds = compileThresholds(slos, settings());
    for (const slo of slos) expect(thresholds[submetricKey(slo.guard, slo.tags)]).toEqual([GUARD_EXPRESSION]);
    expect(thresholds['http_reqs{beast:owlbear,method:GET}']).toEqual(['count>0']);
    expect(thresholds['mythical_checks{beast:owlbear,method:GET}']).toEqual(['count>0']);
    // Per beast: failed, duration and reqs for each method, plus checks and their counter for GET.
    expect(Object.keys(thresholds)).toHaveLength(5 * (3 * 3 + 2));
  });

  it('judges the whole run without aborting in soak mode', () => {
    const thresholds = compileThresholds(catalog(), settings({}, 'soak'));
    expect(thresholds['http_req_failed{beast:unicorn,method:DELETE}']).toEqual(['rate<0.01']);
    expect(thresholds['checks{beast:unicorn,method:GET}']).toEqual(['rate>0.99']);
    expect(JSON.stringify(thresholds)).not.toContain('abortOnFail');
  });

  it('declares every submetric but judges nothing in report mode', () => {
    const thresholds = compileThresholds(catalog(), settings({ SLO_MODE: 'report' }));
    expect(thresholds['http_req_duration{beast:unicorn,method:GET}']).toEqual(['p(95)>=0', 'p(99)>=0']);
    expect(thresholds['http_reqs{beast:unicorn,method:GET}']).toEqual(['count>=0']);
  });
});

describe('parseSloSettings', () => {
  it('has documented defaults', () => {
    expect(settings()).toEqual({
      profile: 'default', mode: 'gate', p95Ms: 300, p99Ms: 1000, availability: 0.99, checks: 0.99, abortDelay: '30s',
      grafana: { url: 'http://localhost:3000', tempoUid: 'tempo', lokiUid: 'loki', mimirUid: 'mimir' },
    });
  });

  it.each([
    [{ SLO_PROFILE: 'lenient' }, 'SLO_PROFILE=lenient is not valid: expected one of default, always-succeed'],
    [{ SLO_MODE: 'ci' }, 'SLO_MODE=ci is not valid: expected one of gate, soak, report'],
    [{ SLO_P95_MS: '0' }, 'SLO_P95_MS=0 is not valid: expected a whole number from 1 to 2147483647'],
    [{ SLO_P95_MS: '500', SLO_P99_MS: '400' }, 'SLO_P99_MS=400 is not valid: expected a whole number of at least 500 (SLO_P95_MS)'],
    [{ SLO_AVAILABILITY: '99' }, 'SLO_AVAILABILITY=99 is not valid: expected a ratio between 0 and 1 such as 0.99'],
    [{ SLO_ABORT_DELAY: 'soon' }, 'SLO_ABORT_DELAY=soon is not valid: expected a duration such as 30s, 5m or 1h30m'],
    [{ GRAFANA_URL: 'grafana:3000' }, 'GRAFANA_URL=grafana:3000 is not valid: expected an http(s) URL such as http://localhost:4000'],
    [{ GRAFANA_TEMPO_UID: 'a b' }, 'GRAFANA_TEMPO_UID="a b" is not valid: expected a datasource uid of letters, digits, - and _'],
  ])('refuses %j with one line', (env, message) => {
    expect(() => settings(env)).toThrow(message);
  });

  it('raises the default p99 objective with a larger p95 one', () => {
    expect(settings({ SLO_P95_MS: '1500' }).p99Ms).toBe(1500);
  });
});
