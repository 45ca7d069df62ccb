// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});

// lib/client.ts
import http from "k6/http";

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
var CHECKS_COUNTER = "mythical_checks";
var BAD_EVENTS_COUNTER = "mythical_slo_bad_events";

// thresholds/bad-events.ts
var badEvents = new Counter(BAD_EVENTS_COUNTER);
var p95Ms = Number.POSITIVE_INFINITY;
var p99Ms = Number.POSITIVE_INFINITY;
function setLatencyObjectives(objectives) {
  p95Ms = objectives.p95Ms;
  p99Ms = objectives.p99Ms;
}
function countRequest(beast, method, failed, durationMs) {
  if (failed) badEvents.add(1, { beast, method, sli: "availability" });
  if (durationMs >= p95Ms) badEvents.add(1, { beast, method, sli: "latency-p95" });
  if (durationMs >= p99Ms) badEvents.add(1, { beast, method, sli: "latency-p99" });
}
function countFailedCheck(tags) {
  badEvents.add(1, { beast: tags.beast, method: tags.method, sli: "checks" });
}

// lib/settings/read-once.ts
import { SharedArray } from "k6/data";
import exec from "k6/execution";

// lib/init-stage.ts
function inOptionsStage() {
  return __VU === 0;
}
var stage = inOptionsStage() ? __require("./lib/options-stage.js") : void 0;
var report = inOptionsStage() ? __require("./lib/report-stage.js") : void 0;
var run = inOptionsStage() ? __require("./lib/run-stage.js") : void 0;
function optionsStage() {
  if (!stage) throw new Error(`the options stage is loaded only where k6 reads options and summaries (__VU 0), not in VU ${__VU}`);
  return stage;
}
function reportStage() {
  if (!report) throw new Error(`the report stage is loaded only where k6 runs handleSummary (__VU 0), not in VU ${__VU}`);
  return report;
}
function runStage() {
  if (!run) throw new Error(`the run stage is loaded only where k6 runs setup and teardown (__VU 0), not in VU ${__VU}`);
  return run;
}

// lib/settings/error.ts
function isConfigError(error) {
  return error instanceof Error && error.name === "ConfigError";
}

// lib/settings/read-once.ts
function readSettings(read) {
  try {
    return read(__ENV);
  } catch (error) {
    if (!isConfigError(error)) throw error;
    console.error(error.message);
    exec.test.abort(error.message);
    throw error;
  }
}
function readOnce(name, read) {
  const parsed = inOptionsStage() ? JSON.stringify(readSettings((env) => read(optionsStage(), env))) : void 0;
  const stored = new SharedArray(`mythical-k6 settings: ${name}`, () => {
    if (parsed === void 0) throw new Error(`readOnce(${name}): first read in VU ${__VU}, not in the options run (__VU 0)`);
    return [parsed];
  });
  return JSON.parse(stored[0]);
}
function stageOptions(build) {
  return inOptionsStage() ? readSettings((env) => build(optionsStage(), env)) : {};
}
function loadConfig(scenario) {
  return readOnce("config", (stage2, env) => {
    const config = stage2.parseConfig(env, { scenario, now: /* @__PURE__ */ new Date(), random: Math.random });
    stage2.checkReportDir(config.reportDir, env.PWD, (path) => open(path));
    stage2.refuseUrlCredentials(env);
    return config;
  });
}

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
  for (const ms of latencyObjectivesMs2) if (outcome.durationMs >= ms) keys.push(`latency>=${ms} ${group}`);
  if (outcome.checkFailed) keys.push(`checks ${group}`);
  return keys;
}
var ExemplarRecorder = class {
  constructor(latencyObjectivesMs2, vus2, print) {
    this.latencyObjectivesMs = latencyObjectivesMs2;
    this.vus = vus2;
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
    const open2 = keys.filter((key) => (this.spent[key] ?? 0) < quota);
    if (open2.length === 0) return false;
    for (const key of open2) this.spent[key] = (this.spent[key] ?? 0) + 1;
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
function setExemplarPlan(objectivesMs, vus2, lineLevel) {
  latencyObjectivesMs = objectivesMs.filter((ms, index) => objectivesMs.indexOf(ms) === index);
  vusInRun = vus2;
  level = lineLevel;
}
var recorder = new ExemplarRecorder(
  () => latencyObjectivesMs,
  () => vusInRun(),
  (line) => level === "info" ? console.info(line) : console.debug(line)
);
function recordExemplar(outcome) {
  recorder.record(outcome);
}

// lib/vu.ts
import exec2 from "k6/execution";
var metrics;
var idInTest;
function vuMetrics() {
  metrics ??= exec2.vu.metrics;
  return metrics;
}
function vuIdInTest() {
  idInTest ??= exec2.vu.idInTest;
  return idInTest;
}
var metadata;
function vuMetadata() {
  metadata ??= vuMetrics().metadata;
  return metadata;
}
function vuIteration() {
  return typeof __ITER === "number" ? __ITER : 0;
}
var VUS_REFRESH_MS = 1e3;
var vus = 0;
var vusReadAt = Number.NEGATIVE_INFINITY;
function vusInitialized() {
  const now = Date.now();
  if (now - vusReadAt >= VUS_REFRESH_MS) {
    vus = exec2.instance.vusInitialized;
    vusReadAt = now;
  }
  return vus;
}

// thresholds/active-slos.ts
var active;
function sloSettings(config, defaults) {
  const settings = readOnce(`slo ${defaults.mode}`, (stage2, env) => stage2.parseSloSettings(env, defaults.mode));
  active = { config, settings };
  setLatencyObjectives(settings);
  setExemplarPlan([settings.p95Ms, settings.p99Ms], () => vusInitialized(), __ENV.REPORT_FINALIZE === "run-tool" ? "info" : "debug");
  return active;
}
function activeSlos() {
  return active;
}

// thresholds/settings.ts
var DEFAULT_P99_MS = 1e3;

// lib/request-timeout.ts
var TIMEOUT_P99_MULTIPLE = 5;
var MIN_TIMEOUT_MS = 2e3;
var MAX_TIMEOUT_MS = 6e4;
function requestTimeoutMs(p99Ms2) {
  return Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, TIMEOUT_P99_MULTIPLE * p99Ms2));
}

// lib/row-names.ts
var NAME_MAX_LENGTH = 50;
var MAX_LIFE_SECONDS = 36 ** 5 - 1;
function composeName(prefix, slug, vu, iteration) {
  const tail = `-${vu.toString(36)}-${iteration.toString(36)}`;
  const room = NAME_MAX_LENGTH - prefix.length - 1 - tail.length;
  let end = Math.min(slug.length, Math.max(room, 0));
  while (end > 0 && slug[end - 1] === "-") end--;
  const shortened = slug.slice(0, end);
  return shortened ? `${prefix}-${shortened}${tail}` : `${prefix}${tail}`;
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
  constructor(baseUrl, run2, purpose = "journey") {
    this.baseUrl = baseUrl;
    this.run = run2;
    this.purpose = purpose;
    this.baggage = loadMarkers(run2.testid, SUITE_VERSION).baggage;
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

// lib/data/iteration-names.ts
import { SharedArray as SharedArray2 } from "k6/data";
var slugs = new SharedArray2("mythical-k6 names", () => JSON.parse(open("./data/names.json")));
function iterationName(run2) {
  const vu = vuIdInTest();
  const iteration = vuIteration();
  const slug = slugs[(vu * 7919 + iteration) % slugs.length];
  return composeName(run2.prefix, slug, vu, iteration);
}

// lib/plans/mix-choice.ts
function chooseVisit(u, pending, mix) {
  if (u < mix.readShare) return "read";
  if (pending === 0) return "create";
  if (pending >= mix.maxPending) return "delete";
  return u < mix.readShare + (1 - mix.readShare) / 2 ? "create" : "delete";
}
function chooseBeast(u, beasts) {
  return beasts[Math.min(beasts.length - 1, Math.floor(u * beasts.length))];
}

// lib/run-id.ts
import exec3 from "k6/execution";
function agreedTestid(config) {
  return exec3.test.options.tags?.testid ?? config.testid;
}
function setupRun(run2) {
  if (!run2) exec3.test.abort("setup() did not run (--no-setup?): the suite's setup probes the target and names the run's rows; run without --no-setup");
  return run2;
}

// thresholds/checks.ts
import { check } from "k6";
import { Counter as Counter2 } from "k6/metrics";
var checksCounter = new Counter2(CHECKS_COUNTER);
function checked(value, sets, tags) {
  let all = true;
  for (const name in sets) {
    const passed = check(value, { [name]: sets[name] }, tags);
    checksCounter.add(1, { ...tags, passed: String(passed) });
    if (!passed) countFailedCheck(tags);
    all = all && passed;
  }
  return all;
}

// lib/journeys/check-list.ts
function checkList(list, beast, sets) {
  if (list.response.status !== EXPECTED_STATUS.GET) return;
  const conditions = {};
  for (const name in sets) {
    const condition = sets[name];
    conditions[name] = (answer) => answer.names !== void 0 && condition(answer.names);
  }
  if (!checked(list, conditions, { beast, method: "GET" }) && list.outcome) recordExemplar({ ...list.outcome, checkFailed: true });
}

// lib/journeys/mix.ts
function mixedTraffic(config, mix) {
  const pending = [];
  let client;
  return {
    visit(data) {
      const run2 = setupRun(data);
      client ??= new MythicalClient(config.baseUrl, run2);
      const visit = chooseVisit(Math.random(), pending.length, mix);
      if (visit === "delete") {
        const row = pending.shift();
        client.remove(row.beast, row.name);
        return;
      }
      const beast = chooseBeast(Math.random(), config.beasts);
      if (visit === "read") {
        checkList(client.list(beast), beast, { "GET answered a list of names": () => true });
        return;
      }
      const name = iterationName(run2);
      if (client.create(beast, name).status === EXPECTED_STATUS.POST) pending.push({ beast, name });
    }
  };
}

// lib/scenario-options.ts
function scenarioOptions(slos, plan) {
  const { config } = slos;
  return stageOptions((stage2, env) => {
    const { executor, slo, thresholds } = plan({ knob: stage2.knobReader(env, config.scenario), stage: stage2 });
    const catalog = stage2.sloOptions(slos, slo);
    return {
      ...stage2.baseOptions(config),
      scenarios: { [config.scenario]: executor },
      summaryTrendStats: catalog.summaryTrendStats,
      thresholds: { ...catalog.thresholds, ...thresholds }
    };
  });
}

// lib/arrival-test.ts
function arrivalTest(shape) {
  const config = loadConfig(shape.name);
  const slos = sloSettings(config, { mode: shape.slo });
  const mix = readOnce("mix", (stage2, env) => stage2.mixFromKnobs(stage2.knobReader(env, shape.name)));
  const options2 = scenarioOptions(slos, (tools) => {
    const executor = shape.executor(tools);
    return {
      executor,
      slo: tools.stage.arrivalSloPlan(executor, mix, config.beasts.length),
      thresholds: shape.thresholds?.(tools)
    };
  });
  const traffic = mixedTraffic(config, mix);
  return {
    config,
    options: options2,
    setup: () => runStage().startRun(slos),
    visit: (run2) => traffic.visit(run2),
    teardown: (run2) => {
      runStage().sweepOwnRows(slos, run2);
    }
  };
}

// lib/summary.ts
function handleSummary(data) {
  if (data.setup_data === void 0 && data.metrics.iterations === void 0) return {};
  const slos = activeSlos();
  if (!slos?.plan) throw new Error("handleSummary: the scenario did not build its options with scenarioOptions(slos, ...) (lib/scenario-options.ts)");
  const { endOfTestOutputs, htmlReportPath } = reportStage();
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

// scenarios/load.ts
var load = arrivalTest({
  name: "load",
  slo: "gate",
  executor: ({ knob, stage: stage2 }) => {
    const rate = knob("RATE", "20");
    return {
      executor: "ramping-arrival-rate",
      startRate: 0,
      timeUnit: rate.timeUnit,
      stages: [
        { duration: knob("RAMP_UP", "1m"), target: rate.rate },
        { duration: knob("DURATION", "5m"), target: rate.rate },
        { duration: knob("RAMP_DOWN", "30s"), target: 0 }
      ],
      ...stage2.vusFor(stage2.perSecond(rate), knob("MAX_VUS", "200")),
      gracefulStop: "30s"
    };
  }
});
var { options, setup, teardown } = load;
function load_default(run2) {
  load.visit(run2);
}
export {
  load_default as default,
  handleSummary,
  options,
  setup,
  teardown
};
//# sourceMappingURL=load.js.map
