// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});

// lib/config/k6.ts
import { SharedArray } from "k6/data";
import exec from "k6/execution";

// lib/init-stage.ts
function inOptionsStage() {
  return __VU === 0;
}
var stage = inOptionsStage() ? __require("./lib/options-stage.js") : void 0;
function optionsStage() {
  if (!stage) throw new Error(`the options stage is loaded only where k6 reads options and summaries (__VU 0), not in VU ${__VU}`);
  return stage;
}

// lib/config/error.ts
function isConfigError(error) {
  return error instanceof Error && error.name === "ConfigError";
}

// lib/config/k6.ts
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
  return readOnce("config", (stage2, env) => stage2.parseConfig(env, { scenario, now: /* @__PURE__ */ new Date(), random: Math.random }));
}

// lib/client.ts
import http from "k6/http";

// lib/exemplars.ts
var EXEMPLAR_PREFIX = "mythical-k6.exemplar ";
var EXEMPLAR_LIMITS = { burst: 5, refillMs: 2e3, total: 100 };
var TokenBucket = class {
  constructor(limits, now) {
    this.limits = limits;
    this.tokens = limits.burst;
    this.last = now;
  }
  limits;
  tokens;
  last;
  spent = 0;
  /** Takes one token if there is one (and the lifetime cap allows); says whether it did. */
  take(now) {
    const refilled = Math.floor((now - this.last) / this.limits.refillMs);
    if (refilled > 0) {
      this.tokens = Math.min(this.limits.burst, this.tokens + refilled);
      this.last += refilled * this.limits.refillMs;
    }
    if (this.tokens < 1 || this.spent >= this.limits.total) return false;
    this.tokens -= 1;
    this.spent += 1;
    return true;
  }
};
var ExemplarRecorder = class {
  constructor(objectiveMs, print, now = Date.now, limits = EXEMPLAR_LIMITS) {
    this.objectiveMs = objectiveMs;
    this.print = print;
    this.now = now;
    this.limits = limits;
  }
  objectiveMs;
  print;
  now;
  limits;
  bucket;
  /** Prints the request as an exemplar if it failed or was slow, and the budget allows. */
  record(outcome) {
    if (!outcome.failed && outcome.durationMs <= this.objectiveMs()) return false;
    const now = this.now();
    this.bucket ??= new TokenBucket(this.limits, now);
    if (!this.bucket.take(now)) return false;
    this.print(formatExemplarLine(outcome));
    return true;
  }
};
function formatExemplarLine(outcome) {
  const line = {
    traceId: outcome.traceId,
    beast: outcome.beast,
    method: outcome.method,
    name: outcome.name,
    status: outcome.status,
    durationMs: Math.round(outcome.durationMs * 1e3) / 1e3,
    time: new Date(outcome.sentAt).toISOString()
  };
  return `${EXEMPLAR_PREFIX}${JSON.stringify(line)}`;
}
var latencyObjectiveMs = Number.POSITIVE_INFINITY;
function setExemplarObjective(ms) {
  latencyObjectiveMs = ms;
}
var recorder = new ExemplarRecorder(() => latencyObjectiveMs, (line) => console.log(line));
function recordExemplar(outcome) {
  recorder.record(outcome);
}

// lib/names.ts
var NAME_MAX_LENGTH = 50;
function runPrefix(testid) {
  let hash = 2166136261;
  for (let i = 0; i < testid.length; i++) {
    hash = Math.imul(hash ^ testid.charCodeAt(i), 16777619) >>> 0;
  }
  return `k6${(hash % 36 ** 6).toString(36).padStart(6, "0")}`;
}
function composeName(prefix, slug, vu, iteration) {
  const tail = `-${vu.toString(36)}-${iteration.toString(36)}`;
  const room = NAME_MAX_LENGTH - prefix.length - 1 - tail.length;
  let end = Math.min(slug.length, Math.max(room, 0));
  while (end > 0 && slug[end - 1] === "-") end--;
  const shortened = slug.slice(0, end);
  return shortened ? `${prefix}-${shortened}${tail}` : `${prefix}${tail}`;
}
function belongsToRun(name, prefix) {
  return name.startsWith(`${prefix}-`);
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
function vuIteration() {
  return typeof __ITER === "number" ? __ITER : 0;
}

// lib/tracing/traceparent.ts
function randomHex(bytes, random) {
  for (; ; ) {
    let hex = "";
    for (let word = 0; word < bytes / 4; word++) hex += Math.floor(random() * 2 ** 32).toString(16).padStart(8, "0");
    for (let i = 0; i < hex.length; i++) if (hex[i] !== "0") return hex;
  }
}
function traceparent(traceId, spanId) {
  return `00-${traceId}-${spanId}-01`;
}
var IterationTracer = class {
  constructor(random) {
    this.random = random;
  }
  random;
  iteration = Number.NaN;
  traceId = "";
  /** The ids for the next request of `iteration`. */
  next(iteration) {
    if (iteration !== this.iteration) {
      this.iteration = iteration;
      this.traceId = randomHex(16, this.random);
    }
    const spanId = randomHex(8, this.random);
    return { traceId: this.traceId, spanId, traceparent: traceparent(this.traceId, spanId) };
  }
};
function loadMarkers(testid, version) {
  return { baggage: `testid=${testid}`, userAgent: `mythical-k6/${version} (testid=${testid})` };
}

// lib/tracing/k6.ts
var tracer = new IterationTracer(Math.random);
function traced(send) {
  const trace = tracer.next(vuIteration());
  const metadata = vuMetrics().metadata;
  metadata.trace_id = trace.traceId;
  try {
    return send(trace);
  } finally {
    delete metadata.trace_id;
  }
}

// lib/version.ts
var SUITE_VERSION = "0.1.0";

// lib/client.ts
var EXPECTED_STATUS = { GET: 200, POST: 201, DELETE: 204 };
var EXPECTED = {
  GET: http.expectedStatuses(EXPECTED_STATUS.GET),
  POST: http.expectedStatuses(EXPECTED_STATUS.POST),
  DELETE: http.expectedStatuses(EXPECTED_STATUS.DELETE)
};
var MythicalClient = class {
  constructor(baseUrl, run, purpose = "journey") {
    this.baseUrl = baseUrl;
    this.purpose = purpose;
    this.baggage = loadMarkers(run.testid, SUITE_VERSION).baggage;
  }
  baseUrl;
  purpose;
  baggage;
  /** `GET /{beast}`: every row of that beast; the only request whose body is read. */
  list(beast) {
    const response = this.send("GET", beast, void 0, "text");
    const names = response.status === EXPECTED_STATUS.GET && response.body ? parseNameList(response.body) : void 0;
    return { response, names };
  }
  /** `POST /{beast}` with `{"name": name}`: 201 when stored. */
  create(beast, name) {
    return this.send("POST", beast, name, "none");
  }
  /** `DELETE /{beast}` with `{"name": name}`: 204, also when the name is not there. */
  remove(beast, name) {
    return this.send("DELETE", beast, name, "none");
  }
  send(method, beast, name, responseType) {
    const route = `/${beast}`;
    const tags = this.purpose === "sweep" ? { name: route, op: "sweep" } : { name: route, beast };
    const body = name === void 0 ? null : JSON.stringify({ name });
    return traced((trace) => {
      const sentAt = Date.now();
      const response = http.request(method, `${this.baseUrl}${route}`, body, {
        headers: {
          traceparent: trace.traceparent,
          baggage: this.baggage,
          ...body === null ? {} : { "Content-Type": "application/json" }
        },
        tags,
        responseType,
        responseCallback: EXPECTED[method]
      });
      if (this.purpose === "journey") {
        const { status, timings } = response;
        const failed = status !== EXPECTED_STATUS[method];
        recordExemplar({ traceId: trace.traceId, beast, method, name: route, status, failed, durationMs: timings.duration, sentAt });
      }
      return response;
    });
  }
};

// lib/data/names.ts
import { SharedArray as SharedArray2 } from "k6/data";
var slugs = new SharedArray2("mythical-k6 names", () => JSON.parse(open("./data/names.json")));
function iterationName(run) {
  const vu = vuIdInTest();
  const iteration = vuIteration();
  const slug = slugs[(vu * 7919 + iteration) % slugs.length];
  return composeName(run.prefix, slug, vu, iteration);
}

// lib/plans/mix.ts
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
var current;
function runId(config2) {
  current ??= { testid: config2.testid, prefix: runPrefix(config2.testid) };
  return current;
}

// thresholds/checks.ts
import { check } from "k6";
import { Counter } from "k6/metrics";

// thresholds/catalog.ts
var CHECKS_COUNTER = "mythical_checks";

// thresholds/checks.ts
var checksCounter = new Counter(CHECKS_COUNTER);
function checked(value, sets, tags) {
  let all = true;
  for (const name in sets) {
    const passed = check(value, { [name]: sets[name] }, tags);
    checksCounter.add(1, { ...tags, passed: String(passed) });
    all = all && passed;
  }
  return all;
}

// lib/journeys/sweep.ts
function sweepRun(baseUrl, run, beasts) {
  const client = new MythicalClient(baseUrl, run, "sweep");
  let deleted = 0;
  for (const beast of beasts) {
    const { response, names } = client.list(beast);
    if (!names) {
      console.warn(`sweep: GET /${beast} answered ${response.status}; rows named ${run.prefix}-* may remain`);
      continue;
    }
    for (const name of names.filter((row) => belongsToRun(row, run.prefix))) {
      if (client.remove(beast, name).status === EXPECTED_STATUS.DELETE) deleted++;
    }
  }
  if (deleted > 0) console.info(`sweep: deleted ${deleted} rows left by ${run.prefix}`);
  return deleted;
}

// lib/journeys/mix.ts
function mixedTraffic(config2, mix) {
  const pending = [];
  let client;
  return {
    visit() {
      const run = runId(config2);
      client ??= new MythicalClient(config2.baseUrl, run);
      const visit = chooseVisit(Math.random(), pending.length, mix);
      if (visit === "delete") {
        const row = pending.shift();
        client.remove(row.beast, row.name);
        return;
      }
      const beast = chooseBeast(Math.random(), config2.beasts);
      if (visit === "read") {
        const list = client.list(beast);
        if (list.response.status === EXPECTED_STATUS.GET) {
          checked(list, { "GET answered a list of names": (answer) => answer.names !== void 0 }, { beast, method: "GET" });
        }
        return;
      }
      const name = iterationName(run);
      if (client.create(beast, name).status === EXPECTED_STATUS.POST) pending.push({ beast, name });
    },
    sweep() {
      sweepRun(config2.baseUrl, runId(config2), config2.beasts);
    }
  };
}

// thresholds/k6.ts
var active;
function sloSettings(config2, defaults) {
  const settings = readOnce(`slo ${defaults.mode}`, (stage2, env) => stage2.parseSloSettings(env, defaults.mode));
  active = { config: config2, settings, methods: defaults.methods };
  setExemplarObjective(settings.p95Ms);
  return active;
}
function activeSlos() {
  return active;
}

// lib/summary.ts
function handleSummary(data) {
  const slos = activeSlos();
  if (!slos) throw new Error("handleSummary: the scenario did not call sloSettings(config, ...)");
  const { endOfTestOutputs, htmlReportPath } = optionsStage();
  return endOfTestOutputs(data, {
    config: slos.config,
    slo: slos.settings,
    methods: slos.methods,
    end: /* @__PURE__ */ new Date(),
    htmlReport: htmlReportPath(__ENV),
    deferTable: __ENV.REPORT_FINALIZE === "run-tool"
    // set by tools/run.ts (DEFER_TABLE_ENV)
  });
}

// scenarios/spike.ts
var config = loadConfig("spike");
var slo = sloSettings(config, { mode: "report" });
var options = stageOptions((stage2, env) => ({
  ...stage2.baseOptions(config),
  scenarios: { spike: stage2.spikePlan(env) },
  ...stage2.sloOptions(slo)
}));
var traffic = mixedTraffic(config, readOnce("mix", (stage2, env) => stage2.mixFromEnv(env)));
function spike_default() {
  traffic.visit();
}
function teardown() {
  traffic.sweep();
}
export {
  spike_default as default,
  handleSummary,
  options,
  teardown
};
//# sourceMappingURL=spike.js.map
