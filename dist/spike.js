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

// lib/plans/mix-choice.ts
function chooseVisit(u, pending, mix) {
  if (u < mix.readShare) return "read";
  if (pending === 0) return "create";
  if (pending >= mix.maxPending) return "delete";
  return u < mix.readShare + (1 - mix.readShare) / 2 ? "create" : "delete";
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

// thresholds/checks.ts
var checksCounter = new Counter(CHECKS_COUNTER);
var verdict = (passed) => passed;
function checkNames(client, list, beast, name, condition) {
  if (list.response.status !== EXPECTED_STATUS.GET) return;
  const passed = list.names !== void 0 && (condition === void 0 || condition(list.names));
  check(passed, { [name]: verdict }, { beast, method: "GET" });
  checksCounter.add(1, { beast, method: "GET", passed: passed ? "true" : "false" });
  if (passed) return;
  badEvents.add(1, { beast, method: "GET", sli: "checks" });
  client.recordExemplar(list, "GET", beast, false, true);
}

// lib/arrival-test.ts
function arrivalTest(shape) {
  const { name, slo } = shape;
  const all = stages && readOnce("arrival", (stage, env) => ({ slos: stage.scenarioSlos(env, name, slo), mix: stage.mixFromKnobs(stage.knobReader(env, name)) }));
  const plan = readOnce("arrival VU", (stage) => ({ ...stage.requestPlan(all.slos), ...all.mix }));
  const options2 = all && firstInit && stages?.options.arrivalOptions(all.slos, shape, all.mix) || {};
  if (all) all.slos.plan = readOnce("arrival SLO plan", () => all.slos.plan);
  const pending = [];
  let client;
  return {
    config: all?.slos.config,
    options: options2,
    ...all && stages?.run.runExports(all.slos, stages.report),
    visit(run) {
      if (!run) exec.test.abort(NO_SETUP);
      client ??= mythicalClient(plan, run);
      const visit = chooseVisit(Math.random(), pending.length, plan);
      if (visit === "delete") {
        const row = pending.shift();
        client.send("DELETE", row.beast, row.name);
        return;
      }
      const beast = plan.beasts[Math.random() * plan.beasts.length | 0];
      if (visit === "read") {
        checkNames(client, client.send("GET", beast), beast, "GET answered a list of names");
        return;
      }
      const name2 = composeName(run.prefix, slugs, client.vu, __ITER);
      if (client.send("POST", beast, name2).response.status === EXPECTED_STATUS.POST) pending.push({ beast, name: name2 });
    }
  };
}

// scenarios/spike.ts
var spike = arrivalTest({
  name: "spike",
  slo: "report",
  executor: ({ knob, stage }) => {
    const base = knob("RATE", "10");
    const factor = knob("SPIKE_FACTOR", "10");
    const peak = Math.round(base.rate * factor);
    const jump = knob("SPIKE_RAMP", "10s");
    return {
      executor: "ramping-arrival-rate",
      startRate: base.rate,
      timeUnit: base.timeUnit,
      stages: [
        { duration: knob("WARM_UP", "1m"), target: base.rate },
        { duration: jump, target: peak },
        { duration: knob("SPIKE_DURATION", "1m"), target: peak },
        { duration: jump, target: base.rate },
        { duration: knob("RECOVERY", "2m"), target: base.rate }
      ],
      ...stage.vusFor(stage.perSecond(base) * factor, knob("MAX_VUS", "500")),
      gracefulStop: "30s"
    };
  }
});
var { options, setup, teardown, handleSummary } = spike;
var spike_default = spike.visit;
export {
  spike_default as default,
  handleSummary,
  options,
  setup,
  teardown
};
//# sourceMappingURL=spike.js.map
