// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.

// lib/exemplars.ts
var EXEMPLAR_PREFIX = "mythical-k6.exemplar ";
var GATEWAY_STATUSES = [502, 503, 504];
function reachedServer(status, poweredBy) {
  if (status === 0) return false;
  return !GATEWAY_STATUSES.includes(status) || poweredBy === "Express";
}
var RUN_LINES_PER_KEY = 10;
function budgetKeys(outcome, latencyObjectivesMs2) {
  const group = `${outcome.method} /${outcome.beast}${outcome.reached ? "" : " unreached"}`;
  const keys = [];
  if (outcome.failed) keys.push(`availability ${group}`);
  for (const ms2 of latencyObjectivesMs2) if (outcome.durationMs >= ms2) keys.push(`latency>=${ms2} ${group}`);
  if (outcome.checkFailed) keys.push(`checks ${group}`);
  return keys;
}
var ExemplarRecorder = class {
  constructor(latencyObjectivesMs2, vus, print) {
    this.latencyObjectivesMs = latencyObjectivesMs2;
    this.vus = vus;
    this.print = print;
  }
  latencyObjectivesMs;
  vus;
  print;
  // A plain object, not a Map, which k6 would build in every VU: keys start with an SLO kind,
  // so none is an Object.prototype name.
  spent = {};
  /** Prints the request as an exemplar if it offends an SLO whose budget in this VU has room. */
  record(outcome) {
    const objectivesMs = this.latencyObjectivesMs();
    let offends = outcome.failed || outcome.checkFailed === true;
    for (let i = 0; !offends && i < objectivesMs.length; i++) offends = outcome.durationMs >= objectivesMs[i];
    if (!offends) return false;
    const keys = budgetKeys(outcome, objectivesMs);
    const quota = outcome.reached ? Math.max(1, Math.ceil(RUN_LINES_PER_KEY / Math.max(1, this.vus()))) : 1;
    const open = keys.filter((key) => (this.spent[key] ?? 0) < quota);
    if (open.length === 0) return false;
    for (const key of open) this.spent[key] = (this.spent[key] ?? 0) + 1;
    this.print(formatExemplarLine(outcome));
    return true;
  }
};
function formatExemplarLine(outcome) {
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
    time: new Date(outcome.sentAt).toISOString()
  };
  return `${EXEMPLAR_PREFIX}${JSON.stringify(line)}`;
}
var latencyObjectivesMs = [];
var vusInRun = () => 1;
var level = "debug";
var recorder = new ExemplarRecorder(
  () => latencyObjectivesMs,
  () => vusInRun(),
  (line) => level === "info" ? console.info(line) : console.debug(line)
);
function recordExemplar(outcome) {
  recorder.record(outcome);
}

// lib/vu.ts
import exec from "k6/execution";
var metrics;
function vuMetrics() {
  metrics ??= exec.vu.metrics;
  return metrics;
}
var metadata;
function vuMetadata() {
  metadata ??= vuMetrics().metadata;
  return metadata;
}
function vuIteration() {
  return typeof __ITER === "number" ? __ITER : 0;
}
var vusReadAt = Number.NEGATIVE_INFINITY;

// thresholds/bad-events.ts
import { Counter } from "k6/metrics";

// lib/contract.ts
var EXPECTED_STATUS = { GET: 200, POST: 201, DELETE: 204 };

// lib/tracing/traceparent.ts
function randomHex(bytes, random) {
  for (; ; ) {
    let hex = "";
    for (let word = 0; word < bytes / 4; word++) hex += Math.floor(random() * 2 ** 32).toString(16).padStart(8, "0");
    hex = hex.slice(0, bytes * 2);
    for (let i = 0; i < hex.length; i++) if (hex[i] !== "0") return hex;
  }
}
function traceparent(traceId, spanId) {
  return `00-${traceId}-${spanId}-01`;
}
var METHOD_DIGIT = { GET: "1", POST: "2", DELETE: "3" };
function runTraceTag(testid) {
  let hash = 2166136261;
  for (let i = 0; i < testid.length; i++) hash = Math.imul(hash ^ testid.charCodeAt(i), 16777619) >>> 0;
  return hash.toString(16).padStart(8, "0");
}
function traceIdPrefix(testid, method) {
  return `${runTraceTag(testid)}${method !== void 0 && METHOD_DIGIT[method] || "0"}`;
}
var RequestTracer = class {
  constructor(testid, random) {
    this.random = random;
    this.prefixes = {
      GET: traceIdPrefix(testid, "GET"),
      POST: traceIdPrefix(testid, "POST"),
      DELETE: traceIdPrefix(testid, "DELETE"),
      none: traceIdPrefix(testid, void 0)
    };
  }
  random;
  // The run tag hashes the testid: once per VU, not on every request.
  prefixes;
  /** The ids of a new trace for one `method` request (undefined: a request no SLO judges). */
  next(method) {
    const prefix = method !== void 0 && METHOD_DIGIT[method] && this.prefixes[method] || this.prefixes.none;
    const traceId = `${prefix}${randomHex(12, this.random).slice(1)}`;
    const spanId = randomHex(8, this.random);
    return { traceId, spanId, traceparent: traceparent(traceId, spanId) };
  }
};
var JourneyIds = class {
  constructor(random) {
    this.random = random;
  }
  random;
  iteration = Number.NaN;
  id = "";
  /** The journey id of `iteration`. */
  of(iteration) {
    if (iteration !== this.iteration) {
      this.iteration = iteration;
      this.id = randomHex(6, this.random);
    }
    return this.id;
  }
};
function userAgent(testid, version, sender = void 0) {
  const role = sender === void 0 ? "" : sender === "sweep" ? "; sweep" : `; journey=${sender.journey}`;
  return `mythical-k6/${version} (testid=${testid}${role})`;
}
function loadMarkers(testid, version) {
  return { baggage: `testid=${testid}`, userAgent: userAgent(testid, version) };
}

// thresholds/catalog.ts
var BAD_EVENTS_COUNTER = "mythical_slo_bad_events";

// thresholds/bad-events.ts
var badEvents = new Counter(BAD_EVENTS_COUNTER);
var p95Ms = Number.POSITIVE_INFINITY;
var p99Ms = Number.POSITIVE_INFINITY;
function countRequest(beast, method, failed, durationMs) {
  if (failed) badEvents.add(1, { beast, method, sli: "availability" });
  if (durationMs >= p95Ms) badEvents.add(1, { beast, method, sli: "latency-p95" });
  if (durationMs >= p99Ms) badEvents.add(1, { beast, method, sli: "latency-p99" });
}

// thresholds/active-slos.ts
var active;
function activeSlos() {
  return active;
}
function adoptSlos(slos) {
  active = slos;
}

// lib/journeys/start.ts
import exec3 from "k6/execution";

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
function parseNameList(body) {
  let rows;
  try {
    rows = JSON.parse(body);
  } catch {
    return void 0;
  }
  if (!Array.isArray(rows)) return void 0;
  const names = [];
  for (let i = 0; i < rows.length; i++) {
    const name = rows[i]?.name;
    if (typeof name !== "string") return void 0;
    names.push(name);
  }
  return names;
}
var ROWS_LINE = "mythical-k6.rows ";
var SWEPT_LINE = "mythical-k6.swept ";

// lib/run-id.ts
import exec2 from "k6/execution";
function agreedTestid(config) {
  return exec2.test.options.tags?.testid ?? config.testid;
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

// lib/journeys/probe.ts
import http2 from "k6/http";

// lib/client.ts
import http from "k6/http";

// thresholds/settings.ts
var DEFAULT_P99_MS = 1e3;

// lib/request-timeout.ts
var TIMEOUT_P99_MULTIPLE = 5;
var MIN_TIMEOUT_MS = 2e3;
var MAX_TIMEOUT_MS = 6e4;
function requestTimeoutMs(p99Ms2) {
  return Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, TIMEOUT_P99_MULTIPLE * p99Ms2));
}

// lib/tracing/request-trace.ts
var journeys = new JourneyIds(Math.random);
var tracer;
function currentJourney() {
  return journeys.of(vuIteration());
}
function traced(testid, method, send) {
  tracer ??= new RequestTracer(testid, Math.random);
  const trace = tracer.next(method);
  const metadata2 = vuMetadata();
  metadata2.trace_id = trace.traceId;
  try {
    return send(trace);
  } finally {
    delete metadata2.trace_id;
  }
}

// lib/version.ts
var SUITE_VERSION = "0.1.0";

// lib/client.ts
var EXPECTED = {
  GET: http.expectedStatuses(EXPECTED_STATUS.GET),
  POST: http.expectedStatuses(EXPECTED_STATUS.POST),
  DELETE: http.expectedStatuses(EXPECTED_STATUS.DELETE)
};
function requestTimeout() {
  return `${requestTimeoutMs(activeSlos()?.settings.p99Ms ?? DEFAULT_P99_MS)}ms`;
}
var MythicalClient = class {
  constructor(baseUrl, run, purpose = "journey") {
    this.baseUrl = baseUrl;
    this.run = run;
    this.purpose = purpose;
    this.baggage = loadMarkers(run.testid, SUITE_VERSION).baggage;
  }
  baseUrl;
  run;
  purpose;
  baggage;
  timeout = requestTimeout();
  journey = "";
  journeyAgent = "";
  tagsByBeast = {};
  /** `GET /{beast}`: every row of that beast; the only request whose body is read. */
  list(beast) {
    const { response, outcome } = this.send("GET", beast, void 0, "text");
    const names = response.status === EXPECTED_STATUS.GET && response.body ? parseNameList(response.body) : void 0;
    return { response, names, outcome };
  }
  /** `POST /{beast}` with `{"name": name}`: 201 when stored. */
  create(beast, name) {
    return this.send("POST", beast, name, "none").response;
  }
  /** `DELETE /{beast}` with `{"name": name}`: 204, also when the name is not there. */
  remove(beast, name) {
    return this.send("DELETE", beast, name, "none").response;
  }
  /** The User-Agent of this request: the journey's (built once per iteration) or the sweep's. */
  agent() {
    if (this.purpose === "sweep") return userAgent(this.run.testid, SUITE_VERSION, "sweep");
    const journey = currentJourney();
    if (journey !== this.journey) {
      this.journey = journey;
      this.journeyAgent = userAgent(this.run.testid, SUITE_VERSION, { journey });
    }
    return this.journeyAgent;
  }
  /** The `name` and `beast` (or `op`) tags of a beast's requests, built once per beast: k6 copies them on each request. */
  tagsOf(beast) {
    let tags = this.tagsByBeast[beast];
    if (tags === void 0) {
      tags = this.purpose === "journey" ? { name: `/${beast}`, beast } : { name: `/${beast}`, op: "sweep" };
      this.tagsByBeast[beast] = tags;
    }
    return tags;
  }
  send(method, beast, name, responseType) {
    const tags = this.tagsOf(beast);
    const route = tags.name;
    const judged = this.purpose === "journey";
    const body = name === void 0 ? null : JSON.stringify({ name });
    const agent = this.agent();
    return traced(this.run.testid, judged ? method : void 0, (trace) => {
      const headers = { traceparent: trace.traceparent, baggage: this.baggage, "User-Agent": agent };
      if (body !== null) headers["Content-Type"] = "application/json";
      const sentAt = Date.now();
      const response = http.request(method, `${this.baseUrl}${route}`, body, {
        headers,
        tags,
        timeout: this.timeout,
        responseType,
        responseCallback: EXPECTED[method]
      });
      if (!judged) return { response, outcome: void 0 };
      const { status, timings } = response;
      const failed = status !== EXPECTED_STATUS[method];
      const outcome = {
        traceId: trace.traceId,
        journey: this.journey,
        beast,
        method,
        name: route,
        status,
        failed,
        reached: !failed || reachedServer(status, response.headers["X-Powered-By"]),
        durationMs: timings.duration,
        sentAt
      };
      countRequest(beast, method, failed, timings.duration);
      recordExemplar(outcome);
      return { response, outcome };
    });
  }
};

// lib/journeys/probe.ts
var PROBE_SEGMENT = "mythical-k6-probe";
function probeTarget(config) {
  const target = `BASE_URL=${config.baseUrl}`;
  const testid = agreedTestid(config);
  const unknown = probe(config.baseUrl, testid, PROBE_SEGMENT, 404);
  const expectedText = `${PROBE_SEGMENT} is not a valid endpoint`;
  if (unknown.status === 0) return unanswered(target, PROBE_SEGMENT, unknown);
  if (unknown.status !== 404 || (unknown.body ?? "").trim() !== expectedText) {
    return `${target} is not the Mythical API: GET /${PROBE_SEGMENT} answered ${answer(unknown)}; expected 404 "${expectedText}"`;
  }
  const beast = config.beasts[0];
  const list = probe(config.baseUrl, testid, beast, 200);
  if (list.status === 0) return unanswered(target, beast, list);
  if (list.status >= 500) return void 0;
  if (list.status !== 200 || parseNameList(list.body ?? "") === void 0) {
    return `${target} is not the Mythical API of ENDPOINT_TYPE=${config.endpointType}: GET /${beast} answered ${answer(list)}; expected 200 and a JSON array of names`;
  }
  return void 0;
}
function probe(baseUrl, testid, segment, expected) {
  return traced(
    testid,
    void 0,
    (trace) => http2.get(`${baseUrl}/${segment}`, {
      headers: { traceparent: trace.traceparent },
      tags: { name: `/${segment}`, op: "probe" },
      timeout: requestTimeout(),
      responseType: "text",
      responseCallback: http2.expectedStatuses(expected)
    })
  );
}
function unanswered(target, segment, response) {
  const path = `/${segment}`;
  if (response.error_code === 1050) {
    return `${target} did not answer GET ${path} within ${requestTimeout()} (the target hangs); expected the Mythical server to answer`;
  }
  const reason = /connection refused/.test(response.error) ? "connection refused" : response.error;
  return `${target} cannot be reached: GET ${path} failed (${reason}); expected the Mythical server listening there`;
}
function answer(response) {
  const body = (response.body ?? "").replace(/\s+/g, " ").trim();
  return `${response.status} ${JSON.stringify(body.length > 60 ? `${body.slice(0, 60)}…` : body)}`;
}

// lib/journeys/sweep-rows.ts
function sweepRun(baseUrl, run, beasts, scope = "own-and-ended") {
  const client = new MythicalClient(baseUrl, run, "sweep");
  const own = scope === "own-and-ended" ? run.prefix : void 0;
  let deleted = 0;
  for (const beast of beasts) {
    const { response, names } = client.list(beast);
    if (response.status === 0) return stopped(`GET /${beast} got no answer (${response.error})`, run, deleted);
    if (!names) {
      console.warn(`sweep: GET /${beast} answered ${response.status}; rows of ${run.prefix} may remain there`);
      continue;
    }
    for (const name of names.filter((row) => sweepable(row, Date.now(), own))) {
      const { status, error } = client.remove(beast, name);
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
function startRun(config) {
  const problem = probeTarget(config);
  if (problem) exec3.test.abort(problem);
  const rows = runRows(Date.now(), runLifeMs(exec3.test.options), randomRunId(Math.random));
  const run = { testid: agreedTestid(config), prefix: rows.prefix };
  console.log(`${ROWS_LINE}${run.prefix}`);
  sweepRun(config.baseUrl, run, config.beasts, "ended");
  return run;
}

// lib/run-stage.ts
function startRun2(slos) {
  adoptSlos(slos);
  return startRun(slos.config);
}
function sweepOwnRows(slos, run) {
  adoptSlos(slos);
  return sweepRun(slos.config.baseUrl, run, slos.config.beasts);
}
export {
  startRun2 as startRun,
  sweepOwnRows
};
//# sourceMappingURL=run-stage.js.map
