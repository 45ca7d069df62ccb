// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.

// lib/k6-modules.ts
import exec from "k6/execution";
import http from "k6/http";
import { check as k6Check } from "k6";
import { SharedArray } from "k6/data";
import { Counter } from "k6/metrics";

// lib/row-names.ts
var SUITE_MARKER = "mk6";
var MAX_LIFE_SECONDS = 36 ** 5 - 1;
var prefixForm;
function runRows(startMs, lifeMs, id) {
  const start = Math.floor(startMs / 1e3);
  const life = Math.min(Math.ceil(lifeMs / 1e3), MAX_LIFE_SECONDS);
  const prefix = `${SUITE_MARKER}.${start.toString(36).padStart(7, "0")}.${life.toString(36)}.${id}`;
  return { prefix, startMs: start * 1e3, endMs: (start + life) * 1e3, id };
}
function parseRunRows(name) {
  prefixForm ??= new RegExp(`^${SUITE_MARKER}\\.([0-9a-z]{7})\\.([0-9a-z]{1,5})\\.([0-9a-z]{6})(?=-|$)`);
  const match = prefixForm.exec(name);
  if (!match) return void 0;
  const [prefix, start, life, id] = match;
  const startMs = parseInt(start, 36) * 1e3;
  return { prefix, startMs, endMs: startMs + parseInt(life, 36) * 1e3, id };
}
function randomRunId(random) {
  let id = "";
  for (let i = 0; i < 6; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}
function sweepable(name, nowMs, own) {
  const run = parseRunRows(name);
  if (!run) return false;
  return run.prefix === own || run.endMs < nowMs;
}
var SLUG_VU_LIMIT = 36 ** 3;
var SLUG_ITERATION_LIMIT = 36 ** 5;
function parseNameList(body) {
  let rows;
  try {
    rows = JSON.parse(body);
  } catch {
    return void 0;
  }
  if (rows === null || typeof rows !== "object" || typeof rows.push !== "function") return void 0;
  const list = rows;
  const names = [];
  for (let i = 0; i < list.length; i++) {
    const name = list[i]?.name;
    if (typeof name !== "string") return void 0;
    names.push(name);
  }
  return names;
}
var ROWS_LINE = "mythical-k6.rows ";
var SWEPT_LINE = "mythical-k6.swept ";

// lib/run-id.ts
function agreedTestid(config) {
  return exec.test.options.tags?.testid ?? config.testid;
}

// lib/run-life.ts
var K6_DEFAULTS = { setupTimeout: "60s", teardownTimeout: "60s", gracefulStop: "30s", gracefulRampDown: "30s", maxDuration: "10m" };
var RUN_END_MARGIN_MS = 12e4;
var UNKNOWN_MS = 24 * 36e5;
var UNIT_MS = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
function goDurationMs(text) {
  if (typeof text === "number") return text;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (!/^((\d+(\.\d+)?)(ns|us|µs|ms|s|m|h|d))+$/.test(text)) return Number.NaN;
  let total = 0;
  for (const [, value, , unit] of text.matchAll(/(\d+(\.\d+)?)(ns|us|µs|ms|s|m|h|d)/g)) total += Number(value) * UNIT_MS[unit];
  return total;
}
function ms(value, fallback) {
  const parsed = goDurationMs(value ?? fallback);
  return Number.isFinite(parsed) ? parsed : UNKNOWN_MS;
}
function scenarioMaxMs(scenario) {
  const gracefulStop = ms(scenario.gracefulStop, K6_DEFAULTS.gracefulStop);
  const stages = (scenario.stages ?? []).reduce((sum, stage) => sum + ms(stage.duration, "0s"), 0);
  switch (scenario.executor) {
    case "per-vu-iterations":
    case "shared-iterations":
      return ms(scenario.maxDuration, K6_DEFAULTS.maxDuration) + gracefulStop;
    case "constant-vus":
    case "constant-arrival-rate":
      return ms(scenario.duration, "0s") + gracefulStop;
    case "ramping-vus":
      return stages + ms(scenario.gracefulRampDown, K6_DEFAULTS.gracefulRampDown) + gracefulStop;
    case "ramping-arrival-rate":
      return stages + gracefulStop;
    default:
      return UNKNOWN_MS;
  }
}
function runLifeMs(options) {
  const scenarios = Object.values(options.scenarios ?? {});
  const scenariosEnd = scenarios.length === 0 ? UNKNOWN_MS : Math.max(...scenarios.map((scenario) => ms(scenario.startTime, "0s") + scenarioMaxMs(scenario)));
  return ms(options.setupTimeout, K6_DEFAULTS.setupTimeout) + scenariosEnd + ms(options.teardownTimeout, K6_DEFAULTS.teardownTimeout) + RUN_END_MARGIN_MS;
}

// lib/tracing/traceparent.ts
function randomHex(floor, random) {
  return (floor + (random() * 15 * floor >>> 0)).toString(16);
}
var METHOD_DIGIT = { GET: "1", POST: "2", DELETE: "3" };
function runTraceTag(testid) {
  let hash = 2166136261;
  for (let i = 0; i < testid.length; i++) hash = Math.imul(hash ^ testid.charCodeAt(i), 16777619) >>> 0;
  return hash.toString(16).padStart(8, "0");
}
function newTrace(prefix, random) {
  const parent = `${randomHex(268435456, random)}${randomHex(268435456, random)}`;
  const traceId = `${prefix}${randomHex(16777216, random)}${parent}`;
  return { traceId, traceparent: `00-${traceId}-${parent}-01` };
}
function userAgent(testid, version, sender = void 0) {
  const role = sender === void 0 ? "" : sender === "sweep" ? "; sweep" : `; journey=${sender.journey}`;
  return `mythical-k6/${version} (testid=${testid}${role})`;
}

// lib/contract.ts
var EXPECTED_STATUS = { GET: 200, POST: 201, DELETE: 204 };

// thresholds/catalog.ts
var BAD_EVENTS_COUNTER = "mythical_slo_bad_events";

// thresholds/bad-events.ts
var badEvents = new Counter(BAD_EVENTS_COUNTER);

// lib/exemplars.ts
var EXEMPLAR_PREFIX = "mythical-k6.exemplar ";
var GATEWAY_STATUSES = [502, 503, 504];
function reachedServer(status, poweredBy) {
  if (status === 0) return false;
  return !GATEWAY_STATUSES.includes(status) || poweredBy === "Express";
}
var RUN_LINES_PER_KEY = 10;
function exemplarLine(outcome, latencyObjectivesMs, spent, vus) {
  let offends = outcome.failed || outcome.checkFailed === true;
  for (let i = 0; !offends && i < latencyObjectivesMs.length; i++) offends = outcome.durationMs >= latencyObjectivesMs[i];
  if (!offends) return void 0;
  const group = `${outcome.method} /${outcome.beast}${outcome.reached ? "" : " unreached"}`;
  const keys = [];
  if (outcome.failed) keys.push(`availability ${group}`);
  for (const ms2 of latencyObjectivesMs) if (outcome.durationMs >= ms2) keys.push(`latency>=${ms2} ${group}`);
  if (outcome.checkFailed) keys.push(`checks ${group}`);
  const quota = outcome.reached ? Math.max(1, Math.ceil(RUN_LINES_PER_KEY / Math.max(1, vus))) : 1;
  let open = false;
  for (const key of keys) {
    if ((spent[key] ?? 0) >= quota) continue;
    spent[key] = (spent[key] ?? 0) + 1;
    open = true;
  }
  if (!open) return void 0;
  const line = {
    traceId: outcome.traceId,
    journey: outcome.journey,
    beast: outcome.beast,
    method: outcome.method,
    name: outcome.name,
    status: outcome.status,
    reached: outcome.reached,
    checkFailed: outcome.checkFailed === true,
    durationMs: Math.round(outcome.durationMs * 1e3) / 1e3,
    // Its answer came just now: sent its duration ago. Read here, for the few lines printed,
    // not per request: a VU that never touches Date never builds it.
    time: new Date(Date.now() - outcome.durationMs).toISOString()
  };
  return `${EXEMPLAR_PREFIX}${JSON.stringify(line)}`;
}

// lib/request-timeout.ts
var TIMEOUT_P99_MULTIPLE = 5;
var MIN_TIMEOUT_MS = 2e3;
var MAX_TIMEOUT_MS = 6e4;
function requestTimeoutMs(p99Ms) {
  return Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, TIMEOUT_P99_MULTIPLE * p99Ms));
}

// lib/version.ts
var SUITE_VERSION = "0.1.0";

// lib/client.ts
var EXPECTED = {
  GET: http.expectedStatuses({ min: EXPECTED_STATUS.GET, max: EXPECTED_STATUS.GET }),
  POST: http.expectedStatuses({ min: EXPECTED_STATUS.POST, max: EXPECTED_STATUS.POST }),
  DELETE: http.expectedStatuses({ min: EXPECTED_STATUS.DELETE, max: EXPECTED_STATUS.DELETE })
};
function requestPlan(slos) {
  const { config, settings } = slos;
  return {
    baseUrl: config.baseUrl,
    beasts: config.beasts,
    p95Ms: settings.p95Ms,
    p99Ms: settings.p99Ms,
    requestTimeout: `${requestTimeoutMs(settings.p99Ms)}ms`,
    exemplarLevel: slos.exemplarLevel
  };
}
function mythicalClient(plan, run, purpose = "journey") {
  const { baseUrl, p95Ms, p99Ms, requestTimeout, exemplarLevel } = plan;
  const judged = purpose === "journey";
  const { testid, traceTag } = run;
  const baggage = `testid=${testid}`;
  const objectivesMs = p95Ms === p99Ms ? [p95Ms] : [p95Ms, p99Ms];
  const vu = exec.vu;
  const vuId = vu.idInTest;
  const metadata = vu.metrics.metadata;
  const tagsByBeast = {};
  const spent = {};
  let agent = userAgent(testid, SUITE_VERSION, purpose === "sweep" ? "sweep" : void 0);
  let iteration = -1;
  let journey = "";
  let vus = judged ? exec.instance.vusInitialized : 1;
  const plainHeaders = { traceparent: "", baggage, "User-Agent": agent };
  const jsonHeaders = { ...plainHeaders, "Content-Type": "application/json" };
  const params = { headers: plainHeaders, tags: {}, timeout: requestTimeout, responseType: "none", responseCallback: EXPECTED.GET };
  return {
    vu: vuId,
    send(method, beast, name, expected) {
      let tags = tagsByBeast[beast];
      if (tags === void 0) {
        tags = judged ? { name: `/${beast}`, beast } : { name: `/${beast}`, op: purpose };
        tagsByBeast[beast] = tags;
      }
      if (judged && __ITER !== iteration) {
        iteration = __ITER;
        journey = `${vuId}-${iteration}`;
        agent = userAgent(testid, SUITE_VERSION, { journey });
      }
      const trace = newTrace(`${traceTag}${judged ? METHOD_DIGIT[method] : "0"}`, Math.random);
      const body = name === void 0 ? null : JSON.stringify({ name });
      const headers = body === null ? plainHeaders : jsonHeaders;
      headers.traceparent = trace.traceparent;
      headers["User-Agent"] = agent;
      params.headers = headers;
      params.tags = tags;
      params.responseType = method === "GET" ? "text" : "none";
      params.responseCallback = expected === void 0 ? EXPECTED[method] : http.expectedStatuses({ min: expected, max: expected });
      metadata.trace_id = trace.traceId;
      let response;
      try {
        response = http.request(method, `${baseUrl}${tags.name}`, body, params);
      } finally {
        delete metadata.trace_id;
      }
      const status = response.status;
      const names = method === "GET" && status === EXPECTED_STATUS.GET && typeof response.body === "string" ? parseNameList(response.body) : void 0;
      const answer2 = { response, names, traceId: trace.traceId };
      if (!judged) return answer2;
      const failed = status !== EXPECTED_STATUS[method];
      const durationMs = response.timings.duration;
      if (failed) badEvents.add(1, { beast, method, sli: "availability" });
      const slow = durationMs >= p95Ms;
      if (slow) {
        badEvents.add(1, { beast, method, sli: "latency-p95" });
        if (durationMs >= p99Ms) badEvents.add(1, { beast, method, sli: "latency-p99" });
      }
      if (failed || slow) this.recordExemplar(answer2, method, beast, failed, false);
      return answer2;
    },
    recordExemplar(answer2, method, beast, failed, checkFailed) {
      if (!judged) return;
      const { status, timings, headers } = answer2.response;
      const outcome = {
        traceId: answer2.traceId,
        journey,
        beast,
        method,
        name: `/${beast}`,
        status,
        failed,
        reached: !failed || reachedServer(status, headers["X-Powered-By"]),
        durationMs: timings.duration,
        checkFailed
      };
      const line = exemplarLine(outcome, objectivesMs, spent, vus);
      if (line === void 0) return;
      vus = exec.instance.vusInitialized;
      if (exemplarLevel === "info") console.info(line);
      else console.debug(line);
    }
  };
}

// lib/journeys/probe.ts
var PROBE_SEGMENT = "mythical-k6-probe";
function probeTarget(slos, run) {
  const { config } = slos;
  const plan = requestPlan(slos);
  const target = `BASE_URL=${config.baseUrl}`;
  const client = mythicalClient(plan, run, "probe");
  const unknown = client.send("GET", PROBE_SEGMENT, void 0, 404).response;
  const expectedText = `${PROBE_SEGMENT} is not a valid endpoint`;
  if (unknown.status === 0) return unanswered(target, PROBE_SEGMENT, unknown, plan.requestTimeout);
  if (unknown.status !== 404 || (typeof unknown.body === "string" ? unknown.body : "").trim() !== expectedText) {
    return `${target} is not the Mythical API: GET /${PROBE_SEGMENT} answered ${answer(unknown)}; expected 404 "${expectedText}"`;
  }
  const beast = config.beasts[0];
  const { response: list, names } = client.send("GET", beast);
  if (list.status === 0) return unanswered(target, beast, list, plan.requestTimeout);
  if (list.status >= 500) return void 0;
  if (names === void 0) {
    return `${target} is not the Mythical API of ENDPOINT_TYPE=${config.endpointType}: GET /${beast} answered ${answer(list)}; expected 200 and a JSON array of names`;
  }
  return void 0;
}
function unanswered(target, segment, response, timeout) {
  const path = `/${segment}`;
  if (response.error_code === 1050) {
    return `${target} did not answer GET ${path} within ${timeout} (the target hangs); expected the Mythical server to answer`;
  }
  const reason = /connection refused/.test(response.error) ? "connection refused" : response.error;
  return `${target} cannot be reached: GET ${path} failed (${reason}); expected the Mythical server listening there`;
}
function answer(response) {
  const body = (typeof response.body === "string" ? response.body : "").replace(/\s+/g, " ").trim();
  return `${response.status} ${JSON.stringify(body.length > 60 ? `${body.slice(0, 60)}…` : body)}`;
}

// lib/journeys/sweep-rows.ts
function sweepRun(slos, run, scope = "own-and-ended") {
  const client = mythicalClient(requestPlan(slos), run, "sweep");
  const own = scope === "own-and-ended" ? run.prefix : void 0;
  let deleted = 0;
  for (const beast of slos.config.beasts) {
    const { response, names } = client.send("GET", beast);
    if (response.status === 0) return stopped(`GET /${beast} got no answer (${response.error})`, run, deleted);
    if (!names) {
      console.warn(`sweep: GET /${beast} answered ${response.status}; rows of ${run.prefix} may remain there`);
      continue;
    }
    for (const name of names.filter((row) => sweepable(row, Date.now(), own))) {
      const { status, error } = client.send("DELETE", beast, name).response;
      if (status === 0) return stopped(`DELETE /${beast} got no answer (${error})`, run, deleted);
      if (status === EXPECTED_STATUS.DELETE) deleted++;
    }
  }
  if (deleted > 0) console.info(`sweep: deleted ${deleted} rows of ${own ? "this run and " : ""}runs that ended`);
  if (own) console.log(`${SWEPT_LINE}${run.prefix}`);
  return deleted;
}
function stopped(reason, run, deleted) {
  console.warn(`sweep: stopped, the target hangs: ${reason}; rows of ${run.prefix} may remain (npm run sweep deletes them once the run has ended)`);
  return deleted;
}

// lib/journeys/start.ts
function startRun(slos) {
  const testid = agreedTestid(slos.config);
  const rows = runRows(Date.now(), runLifeMs(exec.test.options), randomRunId(Math.random));
  const run = { testid, prefix: rows.prefix, traceTag: runTraceTag(testid) };
  const problem = probeTarget(slos, run);
  if (problem) exec.test.abort(problem);
  console.log(`${ROWS_LINE}${run.prefix}`);
  sweepRun(slos, run, "ended");
  return run;
}

// lib/run-stage.ts
function runExports(slos, report) {
  return {
    setup: () => startRun(slos),
    teardown: (run) => {
      sweepRun(slos, run);
    },
    handleSummary: (data) => report.scenarioSummary(data, slos)
  };
}
export {
  runExports
};
//# sourceMappingURL=run-stage.js.map
