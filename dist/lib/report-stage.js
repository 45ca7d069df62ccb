// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.

// lib/contract.ts
var EXPECTED_STATUS = { GET: 200, POST: 201, DELETE: 204 };

// lib/tracing/traceparent.ts
var METHOD_DIGIT = { GET: "1", POST: "2", DELETE: "3" };
function runTraceTag(testid) {
  let hash = 2166136261;
  for (let i = 0; i < testid.length; i++) hash = Math.imul(hash ^ testid.charCodeAt(i), 16777619) >>> 0;
  return hash.toString(16).padStart(8, "0");
}
function traceIdPrefix(testid, method) {
  return `${runTraceTag(testid)}${method !== void 0 && METHOD_DIGIT[method] || "0"}`;
}

// thresholds/queries/selectors.ts
var SERVICE_NAME = "mythical-server";
function promSelector(labels) {
  const terms = Object.entries(labels).map(([key, match]) => typeof match === "string" ? `${key}="${match}"` : `${key}${match.op}"${match.value}"`);
  return `{${terms.join(", ")}}`;
}
function journeyAgentPattern(testid) {
  return `.*[(]testid=${testid.replaceAll(".", "[.]")}; journey=.*`;
}
function runSpans(testid, group, condition) {
  const terms = [
    `resource.service.name = "${SERVICE_NAME}"`,
    "kind = server",
    ...group ? [`span.http.method = "${group.method}"`, `span.http.target = "/${group.beast}"`] : [],
    `span.http.user_agent =~ "${journeyAgentPattern(testid)}"`,
    ...condition ? [condition] : []
  ];
  return `{ ${terms.join(" && ")} }`;
}
function serverLogs(labels = {}) {
  return `{service_name="${SERVICE_NAME}"${Object.entries(labels).map(([key, value]) => `, ${key}="${value}"`).join("")}}`;
}
function runLogs(testid) {
  return `${serverLogs()} |= "traceID=${runTraceTag(testid)}"`;
}
function groupLogs(testid, method, labels) {
  return `${serverLogs(labels)} |= "traceID=${traceIdPrefix(testid, method)}"`;
}

// thresholds/queries/slo-queries.ts
function sloQueries(kind, quantile, thresholdMs, scope) {
  const condition = kind === "availability" ? `span.http.status_code != ${EXPECTED_STATUS[scope.method]}` : kind === "latency" ? `duration >= ${thresholdMs}ms` : void 0;
  const traceql = runSpans(scope.testid, scope, condition);
  const logql = groupLogs(scope.testid, scope.method, { [scope.key]: scope.beast, ...kind === "availability" ? { level: "error" } : {} });
  const group = { testid: scope.testid, beast: scope.beast, method: scope.method };
  if (kind === "latency") {
    const { promql: promql2, promqlTrendStats } = latencyQueries(quantile ?? 0.95, group);
    return { promql: promql2, promqlTrendStats, traceql, logql };
  }
  const promql = kind === "availability" ? ratioQuery("k6_http_reqs_total", group, { expected_response: "false" }) : ratioQuery("k6_mythical_checks_total", group, { passed: "true" });
  return { promql, promqlTrendStats: promql, traceql, logql };
}
function latencyQueries(quantile, labels) {
  const selector = promSelector(labels);
  return {
    promql: `histogram_quantile(${quantile}, sum(k6_http_req_duration_seconds${selector})) * 1000`,
    promqlTrendStats: `max(k6_http_req_duration_p${Math.round(quantile * 100)}${selector}) * 1000`
  };
}
function ratioQuery(counter, labels, part) {
  return `(sum(${counter}${promSelector({ ...labels, ...part })}) or vector(0)) / sum(${counter}${promSelector(labels)})`;
}

// thresholds/statistics.ts
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
function logPmf(n, p, k) {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);
}
function walkTail(n, p, from, step) {
  const odds = p / (1 - p);
  let term = 1;
  let sum = 1;
  for (let i = from; step === 1 ? i < n : i > 0; i += step) {
    term *= step === 1 ? (n - i) / (i + 1) * odds : i / (n - i + 1) / odds;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.exp(logPmf(n, p, from) + Math.log(sum));
}
function upperTail(n, p, k) {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const mode = Math.floor((n + 1) * p);
  return k > mode ? Math.min(1, walkTail(n, p, k, 1)) : Math.max(0, 1 - lowerTail(n, p, k - 1));
}
function lowerTail(n, p, k) {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  const mode = Math.floor((n + 1) * p);
  return k < mode ? Math.min(1, walkTail(n, p, k, -1)) : Math.max(0, 1 - upperTail(n, p, k + 1));
}
function criticalCount(n, p0, alpha) {
  let low = 0;
  let high = n + 1;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (upperTail(n, p0, mid) <= alpha) high = mid;
    else low = mid + 1;
  }
  return low;
}
function upperQuantile(n, p, alpha) {
  return Math.max(0, criticalCount(n, p, alpha) - 1);
}
function power(n, p, breachAt) {
  return upperTail(n, p, breachAt);
}
function solveIncreasing(f, target) {
  let low = 0;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (f(mid) < target) low = mid;
    else high = mid;
  }
  return high;
}
function smallestDetectable(n, breachAt, probability) {
  if (breachAt > n) return null;
  if (breachAt <= 0) return 0;
  return solveIncreasing((p) => power(n, p, breachAt), probability);
}
function clopperPearson(k, n, confidence) {
  if (n <= 0) return [0, 1];
  const tail = (1 - confidence) / 2;
  const low = k === 0 ? 0 : solveIncreasing((p) => upperTail(n, p, k), tail);
  const high = k === n ? 1 : solveIncreasing((p) => 1 - lowerTail(n, p, k), 1 - tail);
  return [low, high];
}

// thresholds/sample-bound.ts
function sampleCap(bound, failureShare, alpha) {
  if (bound.trials === 0) return bound.fixed;
  const share = bound.share === "retries" ? failureShare : bound.share;
  return bound.fixed + upperQuantile(bound.trials, share, alpha);
}
function isRandom(bound) {
  return bound.trials > 0 && bound.share !== 0;
}

// thresholds/catalog.ts
var METHODS = ["GET", "POST", "DELETE"];
var CHECKS_COUNTER = "mythical_checks";
var BAD_EVENTS_COUNTER = "mythical_slo_bad_events";
var DESIGNED_POST_FAILURE_SHARE = 0.1;
var SIZE_ALPHA_SHARE = 0.1;
function buildCatalog(input) {
  const templates = sloTemplates(input.slo);
  const key = input.endpointType === "BORING" ? "endpoint" : "beast";
  const slos = [];
  for (const beast of input.beasts) {
    for (const method of input.methods ?? METHODS) {
      const group = `${method} /${beast}`;
      const scope = { testid: input.testid, beast, method, key };
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
          badTags: { beast, method, sli: template.idPrefix }
        });
      }
    }
  }
  const alpha = input.slo.falseAlarm / slos.length;
  const sample = input.sample;
  if (!sample) return slos;
  const failureShare = (group) => slos.find((slo) => slo.kind === "availability" && slo.group === group)?.allowedShare ?? 0;
  const remember = memo();
  return slos.map((slo) => {
    const bound = slo.kind === "checks" ? sample.checks : sample.requests[slo.tags.method];
    const sizeAlpha = isRandom(bound) ? alpha * SIZE_ALPHA_SHARE : 0;
    const share = failureShare(slo.group);
    const plannedSample = remember(`cap ${JSON.stringify(bound)} ${share}`, () => sampleCap(bound, share, sizeAlpha));
    const breachAt = remember(`K ${plannedSample} ${slo.allowedShare} ${sizeAlpha}`, () => criticalCount(plannedSample, slo.allowedShare, alpha - sizeAlpha));
    return { ...slo, gate: { plannedSample, breachAt, alpha, sizeAlpha } };
  });
}
function memo() {
  const values = /* @__PURE__ */ new Map();
  return (key, compute) => {
    let value = values.get(key);
    if (value === void 0) {
      value = compute();
      values.set(key, value);
    }
    return value;
  };
}
function sloTemplates(slo) {
  const requestFailure = (method) => failureBudget(slo.profile, method, slo.availability);
  const designed = (method) => slo.profile === "default" && method === "POST" ? " (the server fails about 10% of POSTs by design)" : "";
  const latency = (stat, ms) => ({
    kind: "latency",
    idPrefix: `latency-${stat.replace(/[()]/g, "")}`,
    metric: "http_req_duration",
    stat,
    guard: "http_reqs",
    allowedShare: () => round(1 - Number(stat.slice(2, -1)) / 100),
    objective: () => ({ op: "<", value: ms, unit: "ms" }),
    description: (group) => `${stat.slice(2, -1)}% of ${group} requests answer within ${ms} ms`
  });
  return [
    {
      kind: "availability",
      idPrefix: "availability",
      metric: "http_req_failed",
      stat: "rate",
      guard: "http_reqs",
      allowedShare: requestFailure,
      objective: (method) => ({ op: "<", value: requestFailure(method), unit: "ratio" }),
      description: (group, method) => `${percent(1 - requestFailure(method))} of ${group} requests succeed${designed(method)}`
    },
    latency("p(95)", slo.p95Ms),
    latency("p(99)", slo.p99Ms),
    {
      // Checks judge what a body says; a POST's or DELETE's outcome is its status, which
      // availability already judges, so one fault breaches one SLO, not two.
      kind: "checks",
      methods: ["GET"],
      idPrefix: "checks",
      metric: "checks",
      stat: "rate",
      guard: CHECKS_COUNTER,
      allowedShare: () => round(1 - slo.checks),
      objective: () => ({ op: ">", value: round(slo.checks), unit: "ratio" }),
      description: (group) => `${percent(slo.checks)} of the checks on ${group} responses pass`
    }
  ];
}
function failureBudget(profile, method, objective) {
  const strict = round(1 - objective);
  return profile === "default" && method === "POST" ? Math.max(strict, DESIGNED_POST_FAILURE_SHARE) : strict;
}
function quantileOf(stat) {
  return stat === "rate" ? null : Number(stat.slice(2, -1)) / 100;
}
function round(value) {
  return Math.round(value * 1e9) / 1e9;
}
function percent(share) {
  return `${round(share * 100)}%`;
}

// thresholds/queries/run-queries.ts
function runLinkQueries(testid) {
  return {
    traceql: runSpans(testid),
    logql: runLogs(testid),
    promql: `sum by (method, beast) (rate(k6_http_reqs_total${promSelector({ testid })}[$__rate_interval]))`
  };
}
function droppedIterationsQuery(testid) {
  return `sum(k6_dropped_iterations_total${promSelector({ testid })}) or vector(0)`;
}

// lib/links/explore.ts
var WINDOW_PADDING_MS = 6e4;
function paddedWindow(start, end) {
  return { from: Date.parse(start) - WINDOW_PADDING_MS, to: Date.parse(end) + WINDOW_PADDING_MS };
}
function exploreUrl(grafana, datasource, query, range) {
  const uid = { tempo: grafana.tempoUid, loki: grafana.lokiUid, mimir: grafana.mimirUid }[datasource];
  const text2 = datasource === "tempo" ? { queryType: "traceql", query } : { expr: query };
  const pane = { datasource: uid, queries: [{ refId: "A", datasource: { uid }, ...text2 }], range: { from: String(range.from), to: String(range.to) } };
  return `${grafana.url}/explore?schemaVersion=1&panes=${escapeQueryValue(JSON.stringify({ a: pane }))}&orgId=1`;
}
function escapeQueryValue(value) {
  return encodeURIComponent(value).replace(/%(2C|3A|40|2F|24)/g, (escaped) => decodeURIComponent(escaped));
}
function runLinks(grafana, testid, range) {
  const queries = runLinkQueries(testid);
  return {
    tempo: exploreUrl(grafana, "tempo", queries.traceql, range),
    loki: exploreUrl(grafana, "loki", queries.logql, range),
    mimir: exploreUrl(grafana, "mimir", queries.promql, range)
  };
}

// thresholds/compile.ts
function submetricKey(metric, tags) {
  const filter = Object.entries(tags).map(([key, value]) => `${key}:${value}`);
  return filter.length ? `${metric}{${filter.join(",")}}` : metric;
}
function badEventsKey(slo) {
  return submetricKey(BAD_EVENTS_COUNTER, slo.badTags);
}
function verdictExpression(slo) {
  if (!slo.gate) throw new Error("an SLO judged by k6 needs the planned sample of its group");
  return `count<${slo.gate.breachAt}`;
}
function scenarioTags(scenario) {
  return { scenario };
}
var DROPPED_ITERATIONS = "dropped_iterations";
function droppedExpression(maxDropped) {
  return `count<=${maxDropped}`;
}

// lib/report/summary-schema.ts
var SUMMARY_SCHEMA = "mythical-k6/summary";
var SUMMARY_VERSION = 1;

// thresholds/judge.ts
var INTERVAL_CONFIDENCE = 0.95;
var DETECTION_POWER = 0.99;
function judgeSlos(catalog, counts, grafana, window) {
  return catalog.map((slo, i) => judgeSlo(slo, counts[i], grafana, window));
}
function judgeSlo(slo, counts, grafana, window) {
  const { samples, bad } = counts;
  const threshold = verdictExpression(slo);
  const range = paddedWindow(window.start, window.end);
  return {
    id: slo.id,
    description: slo.description,
    kind: slo.kind,
    metric: badEventsKey(slo),
    threshold,
    stat: slo.stat,
    objective: slo.objective,
    observed: samples > 0 ? counts.observed : null,
    samples,
    verdict: verdictOf(samples, bad < (slo.gate?.breachAt ?? 1), counts.k6Ok),
    budgetUsed: samples > 0 ? bad / samples / slo.allowedShare : null,
    test: exactTest(slo, bad, samples),
    exemplars: [],
    links: {
      tempo: exploreUrl(grafana, "tempo", slo.queries.traceql, range),
      loki: exploreUrl(grafana, "loki", slo.queries.logql, range),
      mimir: exploreUrl(grafana, "mimir", slo.queries.promql, range)
    },
    queries: slo.queries
  };
}
function verdictOf(samples, holds, k6Ok) {
  if (samples === 0) return "no-data";
  if (k6Ok !== void 0) return k6Ok ? "pass" : "fail";
  return holds ? "pass" : "fail";
}
function exactTest(slo, bad, samples) {
  const gate = slo.gate ?? { plannedSample: samples, breachAt: 1, alpha: 0 };
  return {
    bad,
    allowedShare: slo.allowedShare,
    plannedSample: gate.plannedSample,
    breachAt: gate.breachAt,
    alpha: gate.alpha,
    pValue: samples > 0 ? upperTail(samples, slo.allowedShare, bad) : null,
    interval: samples > 0 ? clopperPearson(bad, samples, INTERVAL_CONFIDENCE) : null,
    detectable: smallestDetectable(samples, gate.breachAt, DETECTION_POWER)
  };
}
function summaryDocument(run, settings) {
  return {
    schema: SUMMARY_SCHEMA,
    version: SUMMARY_VERSION,
    testid: run.testid,
    scenario: run.scenario,
    profile: settings.profile,
    mode: settings.mode,
    baseUrl: run.baseUrl,
    window: run.window,
    totals: run.totals,
    slis: run.slis,
    slos: run.slos,
    links: runLinks(settings.grafana, run.testid, paddedWindow(run.window.start, run.window.end)),
    passed: run.slos.every((slo) => slo.verdict === "pass")
  };
}

// thresholds/k6-summary.ts
function judgeK6Summary(data, catalog, run) {
  const end = run.end.toISOString();
  const start = new Date(run.end.getTime() - data.state.testRunDurationMs).toISOString();
  const window = { start, end };
  const slos = judgeSlos(catalog, catalog.map((slo) => k6Counts(data, slo)), run.slo.grafana, window);
  if (run.delivery) slos.push(judgeDelivery(data, run, paddedWindow(start, end)));
  const metric = (key) => data.metrics[key]?.values ?? {};
  const totals = {
    // k6's own count, as its summary and HTML report show it: setup's probe and the teardown sweep included.
    requests: metric("http_reqs").count ?? 0,
    iterations: metric("iterations").count ?? 0,
    durationSeconds: data.state.testRunDurationMs / 1e3,
    checksPassed: metric("checks").passes ?? 0,
    checksFailed: metric("checks").fails ?? 0
  };
  const judged = { testid: run.testid, scenario: run.scenario, baseUrl: run.baseUrl, window, totals, slis: collectSlis(data, catalog, run.scenario), slos };
  return summaryDocument(judged, run.slo);
}
function k6Counts(data, slo) {
  const samples = data.metrics[submetricKey(slo.guard, slo.tags)]?.values.count ?? 0;
  const counter = data.metrics[badEventsKey(slo)];
  return {
    samples,
    bad: counter?.values.count ?? 0,
    observed: data.metrics[submetricKey(slo.metric, slo.tags)]?.values[slo.stat] ?? null,
    k6Ok: counter?.thresholds?.[verdictExpression(slo)]?.ok
  };
}
function judgeDelivery(data, run, range) {
  const { plannedIterations, maxDropped } = run.delivery;
  const counter = data.metrics[DROPPED_ITERATIONS];
  const dropped = counter?.values.count ?? 0;
  const threshold = droppedExpression(maxDropped);
  const allowed = run.slo.maxDropped;
  const observed = plannedIterations > 0 ? dropped / plannedIterations : 0;
  const promql = droppedIterationsQuery(run.testid);
  const verdict = verdictOf(plannedIterations, dropped <= maxDropped, counter?.thresholds?.[threshold]?.ok);
  return {
    id: "delivered-load",
    description: `the load generator starts at least ${round2(100 * (1 - allowed))}% of the ${plannedIterations} planned iterations`,
    kind: "delivery",
    metric: DROPPED_ITERATIONS,
    threshold,
    stat: "dropped",
    objective: { op: "<=", value: allowed, unit: "ratio" },
    observed,
    samples: plannedIterations,
    verdict,
    budgetUsed: allowed > 0 ? observed / allowed : dropped > 0 ? Infinity : 0,
    test: null,
    exemplars: [],
    links: { ...runLinks(run.slo.grafana, run.testid, range), mimir: exploreUrl(run.slo.grafana, "mimir", promql, range) },
    queries: { promql, promqlTrendStats: promql, traceql: "", logql: "" }
  };
}
function round2(value) {
  return Math.round(value * 1e6) / 1e6;
}
function collectSlis(data, catalog, scenario) {
  const slis = { all: sli(data, scenarioTags(scenario)) };
  for (const slo of catalog) slis[slo.group] ??= sli(data, slo.tags);
  return slis;
}
function sli(data, tags) {
  const values = (metric) => data.metrics[submetricKey(metric, tags)]?.values ?? {};
  const requests = values("http_reqs").count ?? 0;
  const duration = values("http_req_duration");
  const present = (value) => requests > 0 && value !== void 0 ? value : null;
  return {
    p95Ms: present(duration["p(95)"]),
    p99Ms: present(duration["p(99)"]),
    errorRate: present(values("http_req_failed").rate),
    rps: present(values("http_reqs").rate),
    requests
  };
}

// lib/report/junit-xml.ts
function renderJUnit(suites, name = "mythical-k6") {
  const totals = suites.map(count).reduce(add, { tests: 0, failures: 0, skipped: 0 });
  const time = suites.reduce((sum, suite) => sum + (suite.time ?? 0), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}" time="${seconds(time)}">`,
    ...suites.map(renderSuite),
    "</testsuites>",
    ""
  ].join("\n");
}
function count(suite) {
  return {
    tests: suite.cases.length,
    failures: suite.cases.filter((c) => c.failure).length,
    skipped: suite.cases.filter((c) => !c.failure && c.skipped !== void 0).length
  };
}
function add(a, b) {
  return { tests: a.tests + b.tests, failures: a.failures + b.failures, skipped: a.skipped + b.skipped };
}
function renderSuite(suite) {
  const counts = count(suite);
  const timestamp = suite.timestamp ? ` timestamp="${attr(suite.timestamp)}"` : "";
  const open = `  <testsuite name="${attr(suite.name)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}" time="${seconds(suite.time ?? 0)}"${timestamp}>`;
  const properties = Object.entries(suite.properties ?? {});
  const propertyLines = properties.length ? ["    <properties>", ...properties.map(([k, v]) => `      <property name="${attr(k)}" value="${attr(v)}"/>`), "    </properties>"] : [];
  return [open, ...propertyLines, ...suite.cases.map(renderCase), "  </testsuite>"].join("\n");
}
function renderCase(testCase) {
  const open = `    <testcase name="${attr(testCase.name)}" classname="${attr(testCase.classname)}" time="${seconds(testCase.time ?? 0)}"`;
  const children = [];
  if (testCase.failure) {
    const { message, type, body } = testCase.failure;
    children.push(`      <failure message="${attr(message)}" type="${attr(type)}">${text(body)}</failure>`);
  } else if (testCase.skipped !== void 0) {
    children.push(`      <skipped message="${attr(testCase.skipped)}"/>`);
  }
  if (testCase.systemOut) children.push(`      <system-out>${text(testCase.systemOut)}</system-out>`);
  return children.length ? [`${open}>`, ...children, "    </testcase>"].join("\n") : `${open}/>`;
}
function seconds(value) {
  return Number.isFinite(value) ? value.toFixed(3) : "0.000";
}
function clean(value) {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}
function text(value) {
  return clean(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(value) {
  return text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

// lib/report/slo-rows.ts
var VERDICT_LABELS = { pass: "PASS", fail: "FAIL", "no-data": "NO DATA" };
function sloRow(slo) {
  const test = slo.test;
  const dropped = Math.round((slo.observed ?? 0) * slo.samples);
  return {
    id: slo.id,
    objective: formatObjective(slo),
    bad: test ? `${test.bad}/${slo.samples}` : `${dropped}/${slo.samples}`,
    share: test?.interval ? `${formatShare(test.bad / slo.samples)} (${formatShare(test.interval[0])}–${formatShare(test.interval[1])})` : "—",
    breachAt: test ? `≥ ${test.breachAt} of ≤ ${test.plannedSample}` : `> ${slo.threshold.slice("count<=".length)} of ${slo.samples}`,
    detects: !test ? "—" : test.detectable === null ? "nothing" : `≥ ${formatShare(test.detectable)}`,
    observed: slo.observed === null ? "—" : formatValue(slo, slo.observed),
    verdict: VERDICT_LABELS[slo.verdict],
    budget: slo.budgetUsed === null ? "—" : formatShare(slo.budgetUsed)
  };
}
var SUBJECTS = { availability: "failed", checks: "passed", latency: "", delivery: "dropped" };
function formatObjective(slo) {
  const subject = slo.kind === "latency" ? slo.stat : SUBJECTS[slo.kind];
  return `${subject} ${slo.objective.op} ${formatValue(slo, slo.objective.value)}`;
}
function formatValue(slo, value) {
  return slo.objective.unit === "ms" ? `${round3(value, 1)} ms` : formatShare(value);
}
function formatShare(share) {
  if (!Number.isFinite(share)) return "∞";
  return `${round3(share * 100, 2)}%`;
}
function round3(value, decimals) {
  return String(Math.round(value * 10 ** decimals) / 10 ** decimals);
}
function failedSlos(summary) {
  return summary.slos.filter((slo) => slo.verdict !== "pass");
}
function headline(summary) {
  const breached = summary.slos.filter((slo) => slo.verdict === "fail").length;
  const noData = summary.slos.filter((slo) => slo.verdict === "no-data").length;
  if (breached + noData === 0) return `all ${summary.slos.length} SLOs passed`;
  return `${breached + noData} of ${summary.slos.length} SLOs failed (${breached} breached, ${noData} without data)`;
}
var HTML_REPORT_TITLE = "k6's HTML report (web dashboard: request rate, latency, errors and VUs over time)";
function failureMessage(slo) {
  const row2 = sloRow(slo);
  if (slo.verdict === "no-data") return `no request of this group was measured, so "${row2.objective}" cannot be shown to hold`;
  if (!slo.test) return `dropped ${row2.bad} planned iterations (${row2.observed}), more than ${row2.objective}: the load was not delivered`;
  const p = slo.test.pValue === null ? "" : `, p = ${formatProbability(slo.test.pValue)}`;
  return `${row2.bad} bad (${row2.share}) reached the breach count ${slo.test.breachAt}: too many for ${row2.objective} (${BAD_EVENTS[slo.kind]}${p}; observed ${row2.observed})`;
}
var BAD_EVENTS = {
  availability: "failed requests",
  latency: "requests at or over the objective",
  checks: "failed checks",
  delivery: "dropped iterations"
};
function formatProbability(p) {
  return p >= 1e-3 ? String(Math.round(p * 1e3) / 1e3) : p.toExponential(1);
}
function sampleNotes(summary) {
  const notes = [];
  const judged = summary.slos.filter((slo) => slo.test && slo.verdict !== "no-data");
  const blind = judged.filter((slo) => slo.test?.detectable === null);
  if (blind.length) {
    notes.push(`${blind.length} SLO(s) could not breach with the sample they got (fewer events than the breach count), so their PASS proves nothing: ${blind.map((slo) => slo.id).join(", ")}`);
  }
  const over = judged.filter((slo) => slo.test && slo.samples > slo.test.plannedSample);
  if (over.length) {
    notes.push(`${over.length} SLO(s) got more events than planned, so their false-alarm bound no longer holds: ${over.map((slo) => `${slo.id} (${slo.samples} > ${slo.test?.plannedSample})`).join(", ")}`);
  }
  return notes;
}
function describeExemplar(exemplar) {
  const { method, beast, status, durationMs, time, journey } = exemplar;
  const detail = `${method} /${beast}  status ${status}  ${durationMs} ms  ${time}  journey=${journey}`;
  if (exemplar.reached) return { head: `trace ${exemplar.traceId}`, detail };
  const why = status === 0 ? "no response" : `a ${status} without the server's X-Powered-By: Express`;
  return { head: `no trace: never reached the server (${why})`, detail };
}
function exemplarLines(exemplar) {
  const { head, detail } = describeExemplar(exemplar);
  return [`    ${head}  ${detail}`, ...exemplar.traceUrl ? [`      ${exemplar.traceUrl}`] : []];
}

// lib/report/report-markdown.ts
function renderReportMarkdown(summary) {
  const icon = summary.passed ? "✅" : "❌";
  const out = [
    `### ${icon} SLOs of \`${summary.testid}\` (${summary.scenario}): ${headline(summary)}`,
    "",
    `Profile \`${summary.profile}\`, mode \`${summary.mode}\`, ${summary.totals.requests} requests in ${summary.totals.durationSeconds.toFixed(1)} s against ${summary.baseUrl}.`,
    "",
    ...summary.htmlReport ? [`📈 ${HTML_REPORT_TITLE}: \`${summary.htmlReport}\``, ""] : []
  ];
  for (const slo of failedSlos(summary)) {
    out.push(`#### ❌ ${slo.id}`, "", `${slo.description}: ${failureMessage(slo)}.`, "");
    for (const exemplar of slo.exemplars) {
      const { head, detail } = describeExemplar(exemplar);
      out.push(`- ${exemplar.traceUrl ? `[${head}](${exemplar.traceUrl})` : head} — ${detail}`);
    }
    out.push(`- [log lines](${slo.links.loki}) · [traces](${slo.links.tempo}) · [SLI in Mimir](${slo.links.mimir})`, "");
  }
  out.push(
    `<details><summary>All ${summary.slos.length} SLOs</summary>`,
    "",
    "| SLO | Objective | Bad/sample | Bad share (95% CI) | Breach at | Detects | Observed | Verdict |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...summary.slos.map(sloRow).map((row2) => `| \`${row2.id}\` | ${cell(row2.objective)} | ${row2.bad} | ${row2.share} | ${row2.breachAt} | ${row2.detects} | ${cell(row2.observed)} | ${row2.verdict} |`),
    ...sampleNotes(summary).flatMap((note) => ["", `⚠ ${note}`]),
    "",
    "</details>",
    "",
    `Run window ${summary.window.start} → ${summary.window.end}: [traces](${summary.links.tempo}) · [logs](${summary.links.loki}) · [metrics](${summary.links.mimir})`,
    ""
  );
  return out.join("\n");
}
function cell(text2) {
  return text2.replace(/\|/g, "\\|");
}

// lib/report/slo-junit-suite.ts
function sloJUnitSuite(summary) {
  return {
    name: `mythical-k6 SLOs ${summary.scenario} ${summary.testid}`,
    timestamp: summary.window.start,
    time: summary.totals.durationSeconds,
    properties: { testid: summary.testid, scenario: summary.scenario, profile: summary.profile, mode: summary.mode },
    cases: summary.slos.map((slo) => {
      const row2 = sloRow(slo);
      const details = [
        slo.description,
        `objective: ${row2.objective}`,
        `bad events: ${row2.bad}, share ${row2.share}`,
        `breach at: ${row2.breachAt}`,
        `detects: ${row2.detects}`,
        `observed: ${row2.observed}`,
        `verdict: ${row2.verdict}`,
        `error budget used: ${row2.budget}`,
        `samples: ${slo.samples}`,
        ...slo.exemplars.map((e) => {
          const { head, detail } = describeExemplar(e);
          return `${head} (${detail})${e.traceUrl ? `: ${e.traceUrl}` : ""}`;
        }),
        `logs: ${slo.links.loki}`,
        `traces: ${slo.links.tempo}`,
        `SLI: ${slo.links.mimir}`
      ].join("\n");
      return {
        name: slo.id,
        classname: `mythical-k6.slo.${slo.kind}`,
        ...slo.verdict === "pass" ? {} : { failure: { message: failureMessage(slo), type: slo.verdict, body: details } },
        systemOut: details
      };
    })
  };
}

// lib/report/report-files.ts
function reportPath(reportDir, file) {
  return `${reportDir.replace(/\/+$/, "")}/${file}`;
}
function reportFiles(summary, reportDir) {
  return {
    [reportPath(reportDir, "summary.json")]: `${JSON.stringify(summary, null, 2)}
`,
    [reportPath(reportDir, "junit.xml")]: renderJUnit([sloJUnitSuite(summary)]),
    [reportPath(reportDir, "report.md")]: renderReportMarkdown(summary)
  };
}

// lib/report/slo-table.ts
var COLUMNS = [
  ["id", "SLO"],
  ["objective", "OBJECTIVE"],
  ["bad", "BAD/SAMPLE"],
  ["share", "BAD SHARE (95% CI)"],
  ["breachAt", "BREACH AT"],
  ["detects", "DETECTS"],
  ["observed", "OBSERVED"],
  ["verdict", "VERDICT"]
];
function renderSloTable(summary) {
  const rows = summary.slos.map(sloRow);
  const widths = COLUMNS.map(([key, title]) => Math.max(title.length, ...rows.map((row2) => row2[key].length)));
  const line = (cells) => `  ${cells.map((cell2, i) => cell2.padEnd(widths[i])).join("  ")}`.trimEnd();
  const out = [
    `  █ SLOs  ${summary.testid} — ${headline(summary)} (profile ${summary.profile}, mode ${summary.mode})`,
    "",
    line(COLUMNS.map(([, title]) => title)),
    ...rows.map((row2) => line(COLUMNS.map(([key]) => row2[key]))),
    ...sampleNotes(summary).map((note) => `  ⚠ ${note}`)
  ];
  for (const slo of failedSlos(summary)) {
    out.push("", `  ✗ ${slo.id}: ${slo.description}`, `    ${failureMessage(slo)}`);
    for (const exemplar of slo.exemplars) out.push(...exemplarLines(exemplar));
    out.push(`    logs:   ${slo.links.loki}`, `    traces: ${slo.links.tempo}`, `    SLI:    ${slo.links.mimir}`);
  }
  out.push(
    "",
    `  run window ${summary.window.start} → ${summary.window.end}`,
    `    traces:  ${summary.links.tempo}`,
    `    logs:    ${summary.links.loki}`,
    `    metrics: ${summary.links.mimir}`,
    ""
  );
  if (summary.htmlReport) out.push(`  ${HTML_REPORT_TITLE}:`, `    ${summary.htmlReport}`, "");
  return out.join("\n");
}

// lib/report/text-summary.ts
function renderTextSummary(data) {
  const metrics = Object.entries(data.metrics).filter(([name]) => !name.includes("{"));
  const checks = data.metrics.checks?.values;
  const out = ["", "  █ TOTAL RESULTS", ""];
  if (checks) {
    const total = (checks.passes ?? 0) + (checks.fails ?? 0);
    out.push(
      row("checks_total", `${total}`),
      row("checks_succeeded", `${percent2(checks.rate ?? 0)} ${checks.passes ?? 0} out of ${total}`),
      row("checks_failed", `${percent2(1 - (checks.rate ?? 1))} ${checks.fails ?? 0} out of ${total}`),
      ""
    );
  }
  for (const [title, belongs] of CATEGORIES) {
    const inCategory = metrics.filter(([name]) => name !== "checks" && belongs(name));
    if (inCategory.length === 0) continue;
    out.push(`    ${title}`, ...inCategory.map(([name, metric]) => row(name, formatMetric(metric))), "");
  }
  out.push(`  running for ${(data.state.testRunDurationMs / 1e3).toFixed(1)}s`, "");
  return out.join("\n");
}
var BUILT_IN_EXECUTION = ["iteration_duration", "iterations", "vus", "vus_max", "dropped_iterations"];
var BUILT_IN_NETWORK = ["data_received", "data_sent"];
var CATEGORIES = [
  ["HTTP", (name) => name.startsWith("http_")],
  ["EXECUTION", (name) => BUILT_IN_EXECUTION.includes(name)],
  ["NETWORK", (name) => BUILT_IN_NETWORK.includes(name)],
  ["CUSTOM", (name) => !name.startsWith("http_") && !BUILT_IN_EXECUTION.includes(name) && !BUILT_IN_NETWORK.includes(name)]
];
function row(name, value) {
  return `    ${`${name}`.padEnd(35, ".")}: ${value}`;
}
function formatMetric(metric) {
  const v = metric.values;
  switch (metric.type) {
    case "counter":
      return `${format(v.count ?? 0, metric.contains)} ${format(v.rate ?? 0, metric.contains)}/s`;
    case "rate": {
      const total = (v.passes ?? 0) + (v.fails ?? 0);
      return `${percent2(v.rate ?? 0)} ${v.passes ?? 0} out of ${total}`;
    }
    case "gauge":
      return `${format(v.value ?? 0, metric.contains)} min=${format(v.min ?? 0, metric.contains)} max=${format(v.max ?? 0, metric.contains)}`;
    case "trend":
      return ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)"].filter((stat) => v[stat] !== void 0).map((stat) => `${stat}=${format(v[stat], metric.contains)}`).join(" ");
  }
}
function format(value, contains) {
  if (contains === "time") return value >= 1e3 ? `${trim(value / 1e3)}s` : value >= 1 ? `${trim(value)}ms` : `${trim(value * 1e3)}µs`;
  if (contains === "data") return value >= 1e6 ? `${trim(value / 1e6)} MB` : value >= 1e3 ? `${trim(value / 1e3)} kB` : `${trim(value)} B`;
  return trim(value);
}
function trim(value) {
  return String(Math.round(value * 100) / 100);
}
function percent2(share) {
  return `${(share * 100).toFixed(2)}%`;
}

// thresholds/setup.ts
function sloSetup(config, settings, plan) {
  return buildCatalog({
    testid: config.testid,
    endpointType: config.endpointType,
    beasts: config.beasts,
    methods: plan.methods,
    slo: settings,
    sample: plan.sample
  });
}
function maxDroppedIterations(plan, settings) {
  return plan.plannedIterations === void 0 ? void 0 : Math.floor(settings.maxDropped * plan.plannedIterations);
}

// lib/report/end-of-test.ts
function summarizeRun(data, input) {
  const { config, slo, plan } = input;
  const maxDropped = maxDroppedIterations(plan, slo);
  const delivery = plan.plannedIterations === void 0 || maxDropped === void 0 ? void 0 : { plannedIterations: plan.plannedIterations, maxDropped };
  const summary = judgeK6Summary(data, sloSetup(config, slo, plan), {
    testid: config.testid,
    scenario: config.scenario,
    baseUrl: config.baseUrl,
    end: input.end,
    slo,
    delivery
  });
  return { ...summary, htmlReport: input.htmlReport ?? null };
}
function endOfTestOutputs(data, input) {
  const summary = summarizeRun(data, input);
  const table = input.deferTable ? `  SLO table: printed by the run tool once the exemplars of ${input.config.reportDir}/k6.log are folded in
` : renderSloTable(summary);
  return { stdout: `${renderTextSummary(data)}
${table}`, ...reportFiles(summary, input.config.reportDir) };
}

// lib/report/html-report-path.ts
var K6_TRUE = ["1", "t", "true"];
function htmlReportPath(env) {
  const on = K6_TRUE.includes(env.K6_WEB_DASHBOARD?.trim().toLowerCase() ?? "");
  const file = (env.K6_WEB_DASHBOARD_EXPORT?.trim() || env.K6_WEB_DASHBOARD_REPORT?.trim()) ?? "";
  return on && file !== "" ? file : null;
}

// lib/k6-modules.ts
import exec from "k6/execution";
import http from "k6/http";
import { check as k6Check } from "k6";
import { SharedArray } from "k6/data";
import { Counter } from "k6/metrics";

// lib/run-id.ts
function agreedTestid(config) {
  return exec.test.options.tags?.testid ?? config.testid;
}

// lib/summary.ts
function scenarioSummary(data, slos) {
  if (data.setup_data === void 0 && data.metrics.iterations === void 0) return {};
  if (!slos.plan) throw new Error("handleSummary: the scenario did not build its options with scenarioOptions(slos, ...) (lib/scenario-options.ts)");
  const config = { ...slos.config, testid: agreedTestid(slos.config) };
  return endOfTestOutputs(data, {
    config,
    slo: slos.settings,
    plan: slos.plan,
    end: /* @__PURE__ */ new Date(),
    htmlReport: htmlReportPath(__ENV),
    deferTable: __ENV.REPORT_FINALIZE === "run-tool"
    // set by tools/run.ts (DEFER_TABLE_ENV)
  });
}

// lib/plans/arrival.ts
var TIME_UNIT_SECONDS = { "1s": 1, "1m": 60, "1h": 3600 };
function perSecond(rate) {
  return rate.rate / TIME_UNIT_SECONDS[rate.timeUnit];
}

// lib/plans/breakpoint-steps.ts
function stepMetric(metric, step) {
  return `${metric}{step:${step}}`;
}
function stepResults(plan, metrics) {
  return plan.stepRates.map((_, step) => {
    const requests = metrics[stepMetric("http_reqs", step)]?.values.count ?? 0;
    const value = (metric, stat) => requests > 0 ? metrics[stepMetric(metric, step)]?.values[stat] ?? null : null;
    return { step, p95Ms: value("http_req_duration", "p(95)"), errorRate: value("http_req_failed", "rate"), requests };
  });
}
function breakpointLine(result) {
  if (result.brokeAtRps === null) {
    return `breakpoint: no step broke; the target held ${result.lastGoodRps ?? 0} req/s over ${result.stepsRun} steps`;
  }
  const held = result.lastGoodRps === null ? "the first step already broke" : `last step that held: ${result.lastGoodRps} req/s`;
  return `breakpoint: broke at ${result.brokeAtRps} req/s (step ${result.brokeAtStep}: ${result.reason}); ${held}`;
}
function judgeSteps(plan, steps) {
  const rps = (step) => perSecond({ rate: plan.stepRates[step], timeUnit: plan.timeUnit });
  const ran = steps.filter((s) => s.requests > 0);
  for (const s of ran) {
    const slow = s.p95Ms !== null && s.p95Ms >= plan.p95Ms;
    const failing = s.errorRate !== null && s.errorRate >= plan.maxErrorRate;
    if (slow || failing) {
      const reason = slow ? `p95 ${s.p95Ms.toFixed(1)} ms ≥ ${plan.p95Ms} ms` : `error rate ${(s.errorRate * 100).toFixed(2)}% ≥ ${(plan.maxErrorRate * 100).toFixed(2)}%`;
      return {
        brokeAtStep: s.step,
        brokeAtRps: rps(s.step),
        lastGoodRps: s.step > 0 ? rps(s.step - 1) : null,
        reason,
        stepsRun: ran.length,
        steps
      };
    }
  }
  const last = ran.length ? ran[ran.length - 1].step : null;
  return { brokeAtStep: null, brokeAtRps: null, lastGoodRps: last === null ? null : rps(last), reason: null, stepsRun: ran.length, steps };
}
export {
  breakpointLine,
  judgeSteps,
  reportPath,
  scenarioSummary,
  stepResults
};
//# sourceMappingURL=report-stage.js.map
