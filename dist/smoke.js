// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});

// lib/k6-modules.ts
import exec from "k6/execution";
import http from "k6/http";
import { check as k6Check } from "k6";
import { SharedArray } from "k6/data";
import { Counter } from "k6/metrics";
var check = k6Check;

// lib/contract.ts
var EXPECTED_STATUS = { GET: 200, POST: 201, DELETE: 204 };

// lib/tracing/traceparent.ts
function randomHex(floor, random) {
  return (floor + (random() * 15 * floor >>> 0)).toString(16);
}
var METHOD_DIGIT = { GET: "1", POST: "2", DELETE: "3" };
function newTrace(prefix, random) {
  const parent = `${randomHex(268435456, random)}${randomHex(268435456, random)}`;
  const traceId = `${prefix}${randomHex(16777216, random)}${parent}`;
  return { traceId, traceparent: `00-${traceId}-${parent}-01` };
}
function userAgent(testid, version, sender = void 0) {
  const role = sender === void 0 ? "" : sender === "sweep" ? "; sweep" : `; journey=${sender.journey}`;
  return `mythical-k6/${version} (testid=${testid}${role})`;
}

// thresholds/catalog.ts
var CHECKS_COUNTER = "mythical_checks";
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
  for (const ms of latencyObjectivesMs) if (outcome.durationMs >= ms) keys.push(`latency>=${ms} ${group}`);
  if (outcome.checkFailed) keys.push(`checks ${group}`);
  const quota = outcome.reached ? Math.max(1, Math.ceil(RUN_LINES_PER_KEY / Math.max(1, vus))) : 1;
  let open2 = false;
  for (const key of keys) {
    if ((spent[key] ?? 0) >= quota) continue;
    spent[key] = (spent[key] ?? 0) + 1;
    open2 = true;
  }
  if (!open2) return void 0;
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

// lib/row-names.ts
var MAX_LIFE_SECONDS = 36 ** 5 - 1;
var SLUG_VU_LIMIT = 36 ** 3;
var SLUG_ITERATION_LIMIT = 36 ** 5;
function composeName(prefix, slugs2, vu, iteration) {
  const tail = `-${vu.toString(36)}-${iteration.toString(36)}`;
  if (vu >= SLUG_VU_LIMIT || iteration >= SLUG_ITERATION_LIMIT) return `${prefix}${tail}`;
  return `${prefix}-${slugs2[(vu * 7919 + iteration) % slugs2.length]}${tail}`;
}
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

// lib/version.ts
var SUITE_VERSION = "0.1.0";

// lib/client.ts
var EXPECTED = {
  GET: http.expectedStatuses({ min: EXPECTED_STATUS.GET, max: EXPECTED_STATUS.GET }),
  POST: http.expectedStatuses({ min: EXPECTED_STATUS.POST, max: EXPECTED_STATUS.POST }),
  DELETE: http.expectedStatuses({ min: EXPECTED_STATUS.DELETE, max: EXPECTED_STATUS.DELETE })
};
function mythicalClient(plan2, run, purpose = "journey") {
  const { baseUrl, p95Ms, p99Ms, requestTimeout, exemplarLevel } = plan2;
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
      const answer = { response, names, traceId: trace.traceId };
      if (!judged) return answer;
      const failed = status !== EXPECTED_STATUS[method];
      const durationMs = response.timings.duration;
      if (failed) badEvents.add(1, { beast, method, sli: "availability" });
      const slow = durationMs >= p95Ms;
      if (slow) {
        badEvents.add(1, { beast, method, sli: "latency-p95" });
        if (durationMs >= p99Ms) badEvents.add(1, { beast, method, sli: "latency-p99" });
      }
      if (failed || slow) this.recordExemplar(answer, method, beast, failed, false);
      return answer;
    },
    recordExemplar(answer, method, beast, failed, checkFailed) {
      if (!judged) return;
      const { status, timings, headers } = answer.response;
      const outcome = {
        traceId: answer.traceId,
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

// lib/data/iteration-names.ts
var slugs = new SharedArray("mythical-k6 names", () => JSON.parse(open("./data/names.json")));

// lib/init-stage.ts
var stages = __VU === 0 ? {
  options: __require("./lib/options-stage.js"),
  report: __require("./lib/report-stage.js"),
  run: __require("./lib/run-stage.js")
} : void 0;

// thresholds/checks.ts
var checksCounter = new Counter(CHECKS_COUNTER);
var verdict = (passed) => passed;
function checkNames(client2, list, beast, name, condition) {
  if (list.response.status !== EXPECTED_STATUS.GET) return;
  const passed = list.names !== void 0 && (condition === void 0 || condition(list.names));
  check(passed, { [name]: verdict }, { beast, method: "GET" });
  checksCounter.add(1, { beast, method: "GET", passed: passed ? "true" : "false" });
  if (passed) return;
  badEvents.add(1, { beast, method: "GET", sli: "checks" });
  client2.recordExemplar(list, "GET", beast, false, true);
}

// lib/journeys/crud.ts
function crudJourney(client2, beast, name) {
  let created = client2.send("POST", beast, name).response.status;
  if (created === 500) created = client2.send("POST", beast, name).response.status;
  if (created !== EXPECTED_STATUS.POST) return;
  checkNames(client2, client2.send("GET", beast), beast, "GET lists the new name", (names) => names.includes(name));
  if (client2.send("DELETE", beast, name).response.status !== EXPECTED_STATUS.DELETE) return;
  checkNames(client2, client2.send("GET", beast), beast, "GET no longer lists it", (names) => !names.includes(name));
}

// lib/run-id.ts
var NO_SETUP = "setup() did not run (--no-setup?): the suite's setup probes the target and names the run's rows; run without --no-setup";

// lib/settings/read-once.ts
var firstInit = false;
function readOnce(name, read) {
  const stage = stages?.options;
  const parsed = stage ? JSON.stringify(stage.readSettings((env) => read(stage, env))) : void 0;
  const stored = new SharedArray(`mythical-k6 settings: ${name}`, () => {
    if (parsed === void 0) throw new Error(`readOnce(${name}): first read in VU ${__VU}, not in the options run (__VU 0)`);
    firstInit = true;
    return [parsed];
  });
  return JSON.parse(stored[0]);
}

// scenarios/smoke.ts
var slos = stages && readOnce("smoke", (stage, env) => stage.scenarioSlos(env, "smoke", "gate"));
var plan = readOnce("smoke VU", (stage) => stage.requestPlan(slos));
var options = slos && firstInit && stages?.options.scenarioOptions(slos, ({ knob, stage }) => {
  const vus = knob("VUS", "4");
  const iterations = knob("ITERATIONS", "10");
  return {
    executor: { executor: "per-vu-iterations", vus, iterations, maxDuration: "45s" },
    slo: { sample: stage.crudSample(vus * iterations) }
  };
}) || {};
if (slos) slos.plan = readOnce("smoke SLO plan", () => slos.plan);
var { setup, teardown, handleSummary } = (slos && stages?.run.runExports(slos, stages.report)) ?? {};
var client;
function smoke_default(data) {
  if (!data) exec.test.abort(NO_SETUP);
  const run = data;
  client ??= mythicalClient(plan, run);
  const name = composeName(run.prefix, slugs, client.vu, __ITER);
  for (const beast of plan.beasts) crudJourney(client, beast, name);
}
export {
  smoke_default as default,
  handleSummary,
  options,
  setup,
  teardown
};
//# sourceMappingURL=smoke.js.map
