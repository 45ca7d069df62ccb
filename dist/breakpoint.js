// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// scenarios/breakpoint.ts
import exec6 from "k6/execution";

// lib/config/k6.ts
import exec from "k6/execution";

// lib/config/error.ts
var ConfigError = class extends Error {
  constructor(variable, value, expected) {
    super(`${variable}=${printable(value)} is not valid: expected ${expected}`);
    /** The environment variable at fault, e.g. `BASE_URL`. */
    __publicField(this, "variable");
    this.name = "ConfigError";
    this.variable = variable;
  }
};
function printable(value) {
  const redacted = value.replace(/(\/\/[^/@\s:]*:)[^/@\s]*@/, "$1***@");
  return /^[\x21-\x7e]+$/.test(redacted) ? redacted : JSON.stringify(redacted);
}

// lib/beasts.ts
var ENDPOINTS = {
  DEFAULT: ["unicorn", "manticore", "illithid", "owlbear", "beholder"],
  BORING: ["login", "payment", "account", "cart", "health", "fastcache"]
};
var ENDPOINT_TYPES = Object.keys(ENDPOINTS);

// lib/config/scenarios.ts
var SCENARIO_KNOBS = {
  smoke: ["VUS", "ITERATIONS"],
  load: ["RATE", "DURATION"],
  stress: ["RATE"],
  spike: ["RATE"],
  soak: ["RATE", "DURATION"],
  breakpoint: []
};

// lib/config/validators.ts
function validator(accepts, parse) {
  const validate = (raw, variable) => {
    const value = parse(raw);
    if (value === void 0) throw new ConfigError(variable, raw, accepts);
    return value;
  };
  return Object.assign(validate, { accepts });
}
function setting(env, variable, validate, fallback) {
  const raw = env[variable];
  return raw === void 0 || raw.trim() === "" ? fallback : validate(raw.trim(), variable);
}
function optionalSetting(env, variable, validate) {
  return setting(env, variable, validate, void 0);
}
var URL_FORM = /^(https?):\/\/(?:[^\s/@]+@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?(\/[^\s?#]*)?$/;
var url = validator("an http(s) URL such as http://localhost:4000", (raw) => {
  const match = URL_FORM.exec(raw);
  if (!match || match[3] !== void 0 && Number(match[3]) > 65535) return void 0;
  return raw.replace(/\/+$/, "");
});
var positiveInteger = validator("a whole number of at least 1", (raw) => {
  if (!/^\d{1,10}$/.test(raw)) return void 0;
  const value = Number(raw);
  return value >= 1 && value <= 2 ** 31 - 1 ? value : void 0;
});
var DURATION_UNITS_MS = { h: 36e5, m: 6e4, s: 1e3, ms: 1 };
var DURATION_FORM = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;
function durationMs(text2) {
  const match = DURATION_FORM.exec(text2);
  if (!match) return void 0;
  const [, h, m, s, ms] = match;
  const total = Number(h ?? 0) * DURATION_UNITS_MS.h + Number(m ?? 0) * DURATION_UNITS_MS.m + Number(s ?? 0) * DURATION_UNITS_MS.s + Number(ms ?? 0);
  return total > 0 ? total : void 0;
}
var duration = validator(
  "a duration such as 30s, 5m or 1h30m",
  (raw) => durationMs(raw) === void 0 ? void 0 : raw
);
var rate = validator("iterations per time unit such as 20, 20/s, 600/m or 100/h", (raw) => {
  const match = /^(\d{1,7})(?:\/(s|m|h))?$/.exec(raw);
  if (!match || Number(match[1]) < 1) return void 0;
  return { rate: Number(match[1]), timeUnit: `1${match[2] ?? "s"}` };
});
function oneOf(values) {
  return validator(
    `one of ${values.join(", ")}`,
    (raw) => values.find((value) => value.toLowerCase() === raw.toLowerCase())
  );
}
function listOf(item) {
  return validator(`a comma-separated list of ${item.accepts}`, (raw) => {
    const parts = raw.split(",").map((part) => part.trim());
    if (parts.some((part) => part === "") || new Set(parts).size !== parts.length) return void 0;
    try {
      return parts.map((part) => item(part, ""));
    } catch {
      return void 0;
    }
  });
}
var boolean = validator("true or false", (raw) => {
  const word = raw.toLowerCase();
  if (["true", "1", "yes", "on"].includes(word)) return true;
  if (["false", "0", "no", "off"].includes(word)) return false;
  return void 0;
});
function matching(form, accepts) {
  return validator(accepts, (raw) => form.test(raw) ? raw : void 0);
}
var LABEL_NAME = /^(?!__)[A-Za-z_][A-Za-z0-9_]{0,62}$/;
var SAFE_VALUE = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;
function tags(reserved) {
  const accepts = `key=value pairs separated by commas, keys label names other than ${reserved.join(", ")}, values of letters, digits, . _ ~ -`;
  return validator(accepts, (raw) => {
    const pairs = raw.split(",").map((pair) => pair.trim().split("="));
    const result = {};
    for (const pair of pairs) {
      if (pair.length !== 2) return void 0;
      const [key, value] = pair;
      const valid = LABEL_NAME.test(key) && !reserved.includes(key) && SAFE_VALUE.test(value) && value.length <= 128;
      if (!valid || key in result) return void 0;
      result[key] = value;
    }
    return result;
  });
}

// lib/config/parse.ts
var DEFAULT_BASE_URL = "http://localhost:4000";
var DEFAULT_REPORT_DIR = "reports";
var RESERVED_TAG_KEYS = [
  "testid",
  "name",
  "beast",
  "op",
  "method",
  "status",
  "url",
  "group",
  "check",
  "scenario",
  "expected_response",
  "error",
  "error_code",
  "proto",
  "tls_version",
  "subproto",
  "service",
  "rpc_type",
  "resource_type",
  "vu",
  "iter",
  "ip"
];
var TESTID_MAX_LENGTH = 64;
var testidValidator = matching(
  new RegExp(`^(?=.{1,${TESTID_MAX_LENGTH}}$)${SAFE_VALUE.source.slice(1)}`),
  `at most ${TESTID_MAX_LENGTH} letters, digits, . _ ~ - starting with a letter or digit`
);
function defaultTestId(scenario, now, random2) {
  const time = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  let suffix = "";
  for (let i = 0; i < 6; i++) suffix += Math.floor(random2() * 36).toString(36);
  return `${scenario.slice(0, 40)}-${time}-${suffix}`;
}
function parseConfig(env, context) {
  const baseUrl = setting(env, "BASE_URL", url, DEFAULT_BASE_URL);
  const endpointType = setting(env, "ENDPOINT_TYPE", oneOf(ENDPOINT_TYPES), "DEFAULT");
  const known = ENDPOINTS[endpointType];
  const chosen = optionalSetting(env, "BEASTS", listOf(oneOf(known)));
  const beasts = chosen ? known.filter((beast) => chosen.includes(beast)) : known;
  const load = parseLoad(env, context.scenario);
  const testid = setting(env, "TESTID", testidValidator, defaultTestId(context.scenario, context.now, context.random));
  const extraTags = setting(env, "TAGS", tags(RESERVED_TAG_KEYS), {});
  const reportDir = setting(env, "REPORT_DIR", matching(/^[^\0\r\n]+$/, "a directory path"), DEFAULT_REPORT_DIR);
  return { scenario: context.scenario, baseUrl, endpointType, beasts, load, testid, tags: extraTags, reportDir };
}
function parseLoad(env, scenario) {
  const honoured = SCENARIO_KNOBS[scenario] ?? [];
  const knob = (variable, validate) => {
    const value = optionalSetting(env, variable, validate);
    if (value !== void 0 && !honoured.includes(variable)) {
      const takes = honoured.length > 0 ? `only ${honoured.join(", ")}` : "no load override";
      throw new ConfigError(variable, String(env[variable]).trim(), `it unset: the ${scenario} scenario takes ${takes}`);
    }
    return value;
  };
  return {
    vus: knob("VUS", positiveInteger),
    iterations: knob("ITERATIONS", positiveInteger),
    duration: knob("DURATION", duration),
    rate: knob("RATE", rate)
  };
}

// lib/config/k6.ts
function readSettings(read) {
  try {
    return read(__ENV);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    exec.test.abort(error.message);
    throw error;
  }
}
function loadConfig(scenario) {
  return readSettings((env) => parseConfig(env, { scenario, now: /* @__PURE__ */ new Date(), random: Math.random }));
}

// lib/client.ts
import http from "k6/http";

// lib/contract.ts
var EXPECTED_STATUS = { GET: 200, POST: 201, DELETE: 204 };

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
  constructor(latencyObjectivesMs2, vus, print) {
    __publicField(this, "latencyObjectivesMs", latencyObjectivesMs2);
    __publicField(this, "vus", vus);
    __publicField(this, "print", print);
    __publicField(this, "spent", /* @__PURE__ */ new Map());
  }
  /** Prints the request as an exemplar if it offends an SLO whose budget in this VU has room. */
  record(outcome) {
    const keys = budgetKeys(outcome, this.latencyObjectivesMs());
    if (keys.length === 0) return false;
    const quota = outcome.reached ? Math.max(1, Math.ceil(RUN_LINES_PER_KEY / Math.max(1, this.vus()))) : 1;
    const open2 = keys.filter((key) => (this.spent.get(key) ?? 0) < quota);
    if (open2.length === 0) return false;
    for (const key of open2) this.spent.set(key, (this.spent.get(key) ?? 0) + 1);
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
function setExemplarPlan(objectivesMs, vus) {
  latencyObjectivesMs = [...new Set(objectivesMs)];
  vusInRun = vus;
}
var recorder = new ExemplarRecorder(
  () => latencyObjectivesMs,
  () => vusInRun(),
  (line) => console.debug(line)
);
function recordExemplar(outcome) {
  recorder.record(outcome);
}

// lib/names.ts
var NAME_MAX_LENGTH = 50;
function runPrefix(testid) {
  return `k6${(fnv1a(testid) % 36 ** 6).toString(36).padStart(6, "0")}`;
}
function fnv1a(text2) {
  let hash = 2166136261;
  for (let i = 0; i < text2.length; i++) {
    hash = Math.imul(hash ^ text2.charCodeAt(i), 16777619) >>> 0;
  }
  return hash;
}
function composeName(prefix, slug, vu, iteration) {
  const tail = `-${vu.toString(36)}-${iteration.toString(36)}`;
  const room = NAME_MAX_LENGTH - prefix.length - 1 - tail.length;
  const shortened = slug.slice(0, Math.max(room, 0)).replace(/-+$/, "");
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
  const names = rows.map((row2) => row2?.name);
  return names.every((name) => typeof name === "string") ? names : void 0;
}

// lib/tracing/k6.ts
import { randomBytes } from "k6/crypto";
import exec2 from "k6/execution";

// lib/tracing/traceparent.ts
function randomHex(bytes, random2) {
  for (; ; ) {
    const values = random2(bytes);
    if (values.some((value) => value !== 0)) {
      return Array.from(values, (value) => value.toString(16).padStart(2, "0")).join("");
    }
  }
}
function traceparent(traceId, spanId) {
  return `00-${traceId}-${spanId}-01`;
}
var METHOD_DIGIT = { GET: "1", POST: "2", DELETE: "3" };
function runTraceTag(testid) {
  return fnv1a(testid).toString(16).padStart(8, "0");
}
function traceIdPrefix(testid, method) {
  return `${runTraceTag(testid)}${method !== void 0 && METHOD_DIGIT[method] || "0"}`;
}
var RequestTracer = class {
  constructor(testid, random2) {
    __publicField(this, "testid", testid);
    __publicField(this, "random", random2);
  }
  /** The ids of a new trace for one `method` request (undefined: a request no SLO judges). */
  next(method) {
    const traceId = `${traceIdPrefix(this.testid, method)}${randomHex(12, this.random).slice(1)}`;
    const spanId = randomHex(8, this.random);
    return { traceId, spanId, traceparent: traceparent(traceId, spanId) };
  }
};
var JourneyIds = class {
  constructor(random2) {
    __publicField(this, "random", random2);
    __publicField(this, "iteration", Number.NaN);
    __publicField(this, "id", "");
  }
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

// lib/tracing/k6.ts
var random = (count2) => new Uint8Array(randomBytes(count2));
var journeys = new JourneyIds(random);
var tracer;
function currentJourney() {
  return journeys.of(exec2.vu.iterationInInstance);
}
function traced(testid, method, send) {
  tracer ?? (tracer = new RequestTracer(testid, random));
  const trace = tracer.next(method);
  exec2.vu.metrics.metadata.trace_id = trace.traceId;
  try {
    return send(trace);
  } finally {
    delete exec2.vu.metrics.metadata.trace_id;
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
var MythicalClient = class {
  constructor(baseUrl, run, purpose = "journey") {
    __publicField(this, "baseUrl", baseUrl);
    __publicField(this, "run", run);
    __publicField(this, "purpose", purpose);
    __publicField(this, "baggage");
    __publicField(this, "journey", "");
    __publicField(this, "journeyAgent", "");
    this.baggage = loadMarkers(run.testid, SUITE_VERSION).baggage;
  }
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
  send(method, beast, name, responseType) {
    const route = `/${beast}`;
    const judged2 = this.purpose === "journey";
    const tags2 = judged2 ? { name: route, beast } : { name: route, op: "sweep" };
    const body = name === void 0 ? null : JSON.stringify({ name });
    const agent = this.agent();
    return traced(this.run.testid, judged2 ? method : void 0, (trace) => {
      const sentAt = Date.now();
      const response = http.request(method, `${this.baseUrl}${route}`, body, {
        headers: {
          traceparent: trace.traceparent,
          baggage: this.baggage,
          "User-Agent": agent,
          ...body === null ? {} : { "Content-Type": "application/json" }
        },
        tags: tags2,
        responseType,
        responseCallback: EXPECTED[method]
      });
      if (!judged2) return { response, outcome: void 0 };
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
      recordExemplar(outcome);
      return { response, outcome };
    });
  }
};

// lib/data/names.ts
import { SharedArray } from "k6/data";
import exec3 from "k6/execution";
var slugs = new SharedArray("mythical-k6 names", () => JSON.parse(open("./data/names.json")));
function iterationName(run) {
  const vu = exec3.vu.idInTest;
  const iteration = exec3.vu.iterationInInstance;
  const slug = slugs[(vu * 7919 + iteration) % slugs.length];
  return composeName(run.prefix, slug, vu, iteration);
}

// lib/plans/knobs.ts
var factor = validator("a number above 1 and at most 100, such as 1.5 or 3", (raw) => {
  const value = /^\d{1,3}(\.\d{1,3})?$/.test(raw) ? Number(raw) : NaN;
  return value > 1 && value <= 100 ? value : void 0;
});
var share = validator("a number from 0 to 1, such as 0.6", (raw) => {
  const value = /^(0(\.\d{1,4})?|1(\.0{1,4})?|\.\d{1,4})$/.test(raw) ? Number(raw) : NaN;
  return value >= 0 && value <= 1 ? value : void 0;
});
function upTo(max) {
  return validator(`a whole number from 1 to ${max}`, (raw) => {
    const value = /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
    return value >= 1 && value <= max ? value : void 0;
  });
}
var MAX_VUS_LIMIT = 5e3;
function maxVUsKnob(env, fallback) {
  return setting(env, "MAX_VUS", upTo(MAX_VUS_LIMIT), fallback);
}
function durationKnob(env, variable, fallback) {
  return setting(env, variable, duration, fallback);
}
var rampDuration = validator(
  "a duration such as 0s, 30s, 5m or 1h30m",
  (raw) => /^0+(ms|s|m|h)$/.test(raw) || durationMs(raw) !== void 0 ? raw : void 0
);
function rampKnob(env, variable, fallback) {
  return setting(env, variable, rampDuration, fallback);
}

// lib/plans/mix.ts
function mixFromEnv(env) {
  return {
    readShare: setting(env, "MIX_READ", share, 0.6),
    maxPending: setting(env, "MIX_MAX_PENDING", upTo(100), 5)
  };
}
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
import exec4 from "k6/execution";
var current;
function runId(config2) {
  if (!current) {
    const testid = exec4.test.options.tags?.testid ?? config2.testid;
    current = { testid, prefix: runPrefix(testid) };
  }
  return current;
}

// thresholds/checks.ts
import { check } from "k6";
import { Counter } from "k6/metrics";

// thresholds/queries.ts
var SERVICE_NAME = "mythical-server";
function sloQueries(kind, quantile, thresholdMs, scope) {
  const condition = kind === "availability" ? `span.http.status_code != ${EXPECTED_STATUS[scope.method]}` : kind === "latency" ? `duration >= ${thresholdMs}ms` : void 0;
  const traceql = spanSelector(scope, condition);
  const logql = logSelector(scope, kind === "availability" ? "error" : "any");
  if (kind === "latency") {
    const q = quantile ?? 0.95;
    const selector = promSelector(scope, {});
    return {
      promql: `histogram_quantile(${q}, sum(k6_http_req_duration_seconds${selector})) * 1000`,
      promqlTrendStats: `max(k6_http_req_duration_p${Math.round(q * 100)}${selector}) * 1000`,
      traceql,
      logql
    };
  }
  const promql = kind === "availability" ? ratioQuery("k6_http_reqs_total", scope, { expected_response: "false" }) : ratioQuery("k6_mythical_checks_total", scope, { passed: "true" });
  return { promql, promqlTrendStats: promql, traceql, logql };
}
function ratioQuery(counter, scope, part) {
  return `(sum(${counter}${promSelector(scope, part)}) or vector(0)) / sum(${counter}${promSelector(scope, {})})`;
}
function promSelector(scope, extra) {
  const labels = { testid: scope.testid, beast: scope.beast, method: scope.method, ...extra };
  return `{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(", ")}}`;
}
function journeyAgentPattern(testid) {
  return `.*[(]testid=${testid.replaceAll(".", "[.]")}; journey=.*`;
}
function spanSelector(scope, condition) {
  const terms = [
    `resource.service.name = "${SERVICE_NAME}"`,
    "kind = server",
    `span.http.method = "${scope.method}"`,
    `span.http.target = "/${scope.beast}"`,
    `span.http.user_agent =~ "${journeyAgentPattern(scope.testid)}"`,
    ...condition ? [condition] : []
  ];
  return `{ ${terms.join(" && ")} }`;
}
function logSelector(scope, lines) {
  const level = lines === "error" ? ', level="error"' : "";
  return `{service_name="${SERVICE_NAME}", ${scope.key}="${scope.beast}"${level}} |= "traceID=${traceIdPrefix(scope.testid, scope.method)}"`;
}

// thresholds/catalog.ts
var METHODS = ["GET", "POST", "DELETE"];
var CHECKS_COUNTER = "mythical_checks";
var DESIGNED_POST_FAILURE_BUDGET = 0.2;
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
          guard: template.guard
        });
      }
    }
  }
  return slos;
}
function sloTemplates(slo2) {
  const requestFailure = (method) => failureBudget(slo2.profile, method, slo2.availability);
  const designed = (method) => slo2.profile === "default" && method === "POST" ? " (the server fails about 10% of POSTs by design)" : "";
  const latency = (stat, ms) => ({
    kind: "latency",
    idPrefix: `latency-${stat.replace(/[()]/g, "")}`,
    metric: "http_req_duration",
    stat,
    guard: "http_reqs",
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
      objective: (method) => ({ op: "<", value: requestFailure(method), unit: "ratio" }),
      description: (group, method) => `${percent(1 - requestFailure(method))} of ${group} requests succeed${designed(method)}`
    },
    latency("p(95)", slo2.p95Ms),
    latency("p(99)", slo2.p99Ms),
    {
      // Checks judge what a body says; a POST's or DELETE's outcome is its status, which
      // availability already judges, so one fault breaches one SLO, not two.
      kind: "checks",
      methods: ["GET"],
      idPrefix: "checks",
      metric: "checks",
      stat: "rate",
      guard: CHECKS_COUNTER,
      objective: () => ({ op: ">", value: round(slo2.checks), unit: "ratio" }),
      description: (group) => `${percent(slo2.checks)} of the checks on ${group} responses pass`
    }
  ];
}
function failureBudget(profile, method, objective) {
  const strict = round(1 - objective);
  return profile === "default" && method === "POST" ? Math.max(strict, DESIGNED_POST_FAILURE_BUDGET) : strict;
}
function quantileOf(stat) {
  return stat === "rate" ? null : Number(stat.slice(2, -1)) / 100;
}
function round(value) {
  return Math.round(value * 1e9) / 1e9;
}
function percent(share2) {
  return `${round(share2 * 100)}%`;
}

// thresholds/checks.ts
var checksCounter = new Counter(CHECKS_COUNTER);
function checked(value, sets, tags2) {
  let all = true;
  for (const [name, condition] of Object.entries(sets)) {
    const passed = check(value, { [name]: condition }, tags2);
    checksCounter.add(1, { ...tags2, passed: String(passed) });
    all = all && passed;
  }
  return all;
}

// lib/journeys/check-list.ts
function checkList(list, beast, sets) {
  const passed = checked(list, sets, { beast, method: "GET" });
  if (!passed && list.outcome) recordExemplar({ ...list.outcome, checkFailed: true });
  return passed;
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
    for (const name of names.filter((row2) => belongsToRun(row2, run.prefix))) {
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
      client ?? (client = new MythicalClient(config2.baseUrl, run));
      const visit = chooseVisit(Math.random(), pending.length, mix);
      if (visit === "delete") {
        const row2 = pending.shift();
        client.remove(row2.beast, row2.name);
        return;
      }
      const beast = chooseBeast(Math.random(), config2.beasts);
      if (visit === "read") {
        const list = client.list(beast);
        if (list.response.status === EXPECTED_STATUS.GET) {
          checkList(list, beast, { "GET answered a list of names": (answer) => answer.names !== void 0 });
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

// lib/system-tags.ts
var SYSTEM_TAGS = [
  "proto",
  "subproto",
  "status",
  "method",
  "name",
  "group",
  "check",
  "error_code",
  "tls_version",
  "scenario",
  "service",
  "expected_response"
];

// lib/options.ts
function baseOptions(config2) {
  return {
    tags: { ...config2.tags, testid: config2.testid },
    systemTags: SYSTEM_TAGS,
    userAgent: loadMarkers(config2.testid, SUITE_VERSION).userAgent,
    // Bodies are read only where a check needs them; those requests ask for `text` themselves.
    discardResponseBodies: true,
    setupTimeout: "30s",
    teardownTimeout: "60s"
  };
}

// lib/plans/arrival.ts
var TIME_UNIT_SECONDS = { "1s": 1, "1m": 60, "1h": 3600 };
function seconds(duration2) {
  return (durationMs(duration2) ?? 0) / 1e3;
}
var ITERATION_SECONDS = 0.5;
function vusFor(peakPerSecond, maxVUs) {
  const needed = Math.ceil(peakPerSecond * ITERATION_SECONDS * 2);
  return { preAllocatedVUs: Math.min(maxVUs, Math.max(2, needed)), maxVUs };
}
function perSecond(rate2) {
  return rate2.rate / TIME_UNIT_SECONDS[rate2.timeUnit];
}

// thresholds/settings.ts
var SLO_PROFILES = ["default", "always-succeed"];
var SLO_MODES = ["gate", "soak", "report"];
var DEFAULT_P95_MS = 300;
var DEFAULT_P99_MS = 1e3;
var DEFAULT_AVAILABILITY = 0.99;
var DEFAULT_ABORT_DELAY = "30s";
var ratio = validator("a ratio between 0 and 1 such as 0.99", (raw) => {
  if (!/^0?\.\d{1,6}$/.test(raw)) return void 0;
  const value = Number(raw);
  return value > 0 && value < 1 ? value : void 0;
});
function atLeast(floor, floorName) {
  return validator(`a whole number of at least ${floor} (${floorName})`, (raw) => {
    const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
    return value >= floor && value <= 2 ** 31 - 1 ? value : void 0;
  });
}
var datasourceUid = matching(/^[A-Za-z0-9_-]{1,40}$/, "a datasource uid of letters, digits, - and _");
function parseSloSettings(env, defaultMode) {
  const p95Ms = setting(env, "SLO_P95_MS", positiveInteger, DEFAULT_P95_MS);
  return {
    profile: setting(env, "SLO_PROFILE", oneOf(SLO_PROFILES), "default"),
    mode: setting(env, "SLO_MODE", oneOf(SLO_MODES), defaultMode),
    p95Ms,
    p99Ms: setting(env, "SLO_P99_MS", atLeast(p95Ms, "SLO_P95_MS"), Math.max(DEFAULT_P99_MS, p95Ms)),
    availability: setting(env, "SLO_AVAILABILITY", ratio, DEFAULT_AVAILABILITY),
    checks: setting(env, "SLO_CHECKS", ratio, DEFAULT_AVAILABILITY),
    abortDelay: setting(env, "SLO_ABORT_DELAY", duration, DEFAULT_ABORT_DELAY),
    grafana: {
      url: setting(env, "GRAFANA_URL", url, "http://localhost:3000"),
      tempoUid: setting(env, "GRAFANA_TEMPO_UID", datasourceUid, "tempo"),
      lokiUid: setting(env, "GRAFANA_LOKI_UID", datasourceUid, "loki"),
      mimirUid: setting(env, "GRAFANA_MIMIR_UID", datasourceUid, "mimir")
    }
  };
}

// lib/plans/breakpoint.ts
var MAX_BREAKPOINT_STEPS = 50;
function breakpointPlan(env) {
  const start = setting(env, "BREAK_START", rate, { rate: 10, timeUnit: "1s" });
  const increment = setting(env, "BREAK_STEP", upTo(1e6), 10);
  const steps = setting(env, "BREAK_STEPS", upTo(MAX_BREAKPOINT_STEPS), 20);
  const hold = durationKnob(env, "STEP_DURATION", "1m");
  const ramp = rampKnob(env, "STEP_RAMP", "5s");
  const maxVUs = maxVUsKnob(env, 1e3);
  const stepRates = Array.from({ length: steps }, (_, i) => start.rate + i * increment);
  const stages = [{ duration: hold, target: stepRates[0] }];
  for (const target of stepRates.slice(1)) stages.push({ duration: ramp, target }, { duration: hold, target });
  const peak = perSecond({ rate: stepRates[steps - 1], timeUnit: start.timeUnit });
  return {
    executor: {
      executor: "ramping-arrival-rate",
      startRate: stepRates[0],
      timeUnit: start.timeUnit,
      stages,
      ...vusFor(peak, maxVUs),
      gracefulStop: "10s"
    },
    stepRates,
    timeUnit: start.timeUnit,
    rampSeconds: seconds(ramp),
    holdSeconds: seconds(hold),
    // The same p95 objective the SLO catalog judges, read by the same rule.
    p95Ms: parseSloSettings(env, "report").p95Ms,
    maxErrorRate: setting(env, "BREAK_ERROR_RATE", share, 0.05)
  };
}
function stepAt(plan2, elapsedSeconds) {
  if (elapsedSeconds < plan2.holdSeconds) return 0;
  const step = 1 + Math.floor((elapsedSeconds - plan2.holdSeconds) / (plan2.rampSeconds + plan2.holdSeconds));
  return Math.min(step, plan2.stepRates.length - 1);
}
function stepMetric(metric, step) {
  return `${metric}{step:${step}}`;
}
function stepThresholds(plan2) {
  const thresholds = {};
  plan2.stepRates.forEach((_, step) => {
    thresholds[stepMetric("http_req_duration", step)] = [{ threshold: `p(95)<${plan2.p95Ms}`, abortOnFail: true }];
    thresholds[stepMetric("http_req_failed", step)] = [{ threshold: `rate<${plan2.maxErrorRate}`, abortOnFail: true }];
    thresholds[stepMetric("http_reqs", step)] = ["count>=0"];
  });
  return thresholds;
}
function stepResults(plan2, metrics) {
  return plan2.stepRates.map((_, step) => {
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
function judgeSteps(plan2, steps) {
  const rps = (step) => perSecond({ rate: plan2.stepRates[step], timeUnit: plan2.timeUnit });
  const ran = steps.filter((s) => s.requests > 0);
  for (const s of ran) {
    const slow = s.p95Ms !== null && s.p95Ms >= plan2.p95Ms;
    const failing = s.errorRate !== null && s.errorRate >= plan2.maxErrorRate;
    if (slow || failing) {
      const reason = slow ? `p95 ${s.p95Ms.toFixed(1)} ms ≥ ${plan2.p95Ms} ms` : `error rate ${(s.errorRate * 100).toFixed(2)}% ≥ ${(plan2.maxErrorRate * 100).toFixed(2)}%`;
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

// thresholds/budget.ts
function budgetUsed(stat, objective, observed, trend) {
  if (stat === "rate") {
    const failureShare = objective.op.startsWith("<") ? observed : 1 - observed;
    const allowed2 = objective.op.startsWith("<") ? objective.value : 1 - objective.value;
    return allowed2 > 0 ? failureShare / allowed2 : failureShare > 0 ? Infinity : 0;
  }
  const allowed = 1 - Number(stat.slice(2, -1)) / 100;
  return slowerShare(trend ?? { [stat]: observed }, objective.value) / allowed;
}
function slowerShare(trend, limit) {
  const ladder = [
    ["min", 0],
    ["med", 0.5],
    ["p(90)", 0.9],
    ["p(95)", 0.95],
    ["p(99)", 0.99],
    ["max", 1]
  ].filter(([stat]) => typeof trend[stat] === "number").map(([stat, rank]) => [trend[stat], rank]);
  if (ladder.length === 0) return 0;
  if (limit < ladder[0][0]) return 1 - ladder[0][1];
  for (let i = 1; i < ladder.length; i++) {
    const [lowValue, lowRank] = ladder[i - 1];
    const [highValue, highRank] = ladder[i];
    if (limit < highValue) {
      const rank = highValue === lowValue ? lowRank : lowRank + (limit - lowValue) / (highValue - lowValue) * (highRank - lowRank);
      return 1 - rank;
    }
  }
  return 1 - ladder[ladder.length - 1][1];
}

// thresholds/compile.ts
function submetricKey(metric, tags2) {
  const filter = Object.entries(tags2).map(([key, value]) => `${key}:${value}`);
  return filter.length ? `${metric}{${filter.join(",")}}` : metric;
}
function thresholdExpression(slo2) {
  return `${slo2.stat}${slo2.objective.op}${slo2.objective.value}`;
}
var GUARD_EXPRESSION = "count>0";
function alwaysHolds(slo2) {
  return `${slo2.stat}>=0`;
}
function compileThresholds(catalog, settings) {
  const thresholds = {};
  const add2 = (key, threshold) => {
    const list = thresholds[key] ?? (thresholds[key] = []);
    if (!list.some((existing) => JSON.stringify(existing) === JSON.stringify(threshold))) list.push(threshold);
  };
  for (const slo2 of catalog) {
    add2(submetricKey(slo2.metric, slo2.tags), judged(slo2, settings.mode, settings.abortDelay));
    add2(submetricKey(slo2.guard, slo2.tags), settings.mode === "report" ? "count>=0" : GUARD_EXPRESSION);
  }
  return thresholds;
}
function judged(slo2, mode, abortDelay) {
  if (mode === "report") return alwaysHolds(slo2);
  const threshold = thresholdExpression(slo2);
  return mode === "gate" ? { threshold, abortOnFail: true, delayAbortEval: abortDelay } : threshold;
}
var SUMMARY_TREND_STATS = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];

// thresholds/links.ts
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
  return {
    tempo: exploreUrl(
      grafana,
      "tempo",
      `{ resource.service.name = "${SERVICE_NAME}" && kind = server && span.http.user_agent =~ "${journeyAgentPattern(testid)}" }`,
      range
    ),
    loki: exploreUrl(grafana, "loki", `{service_name="${SERVICE_NAME}"} |= "traceID=${runTraceTag(testid)}"`, range),
    mimir: exploreUrl(
      grafana,
      "mimir",
      `sum by (method, beast) (rate(k6_http_reqs_total{testid="${testid}"}[$__rate_interval]))`,
      range
    )
  };
}

// thresholds/summary-schema.ts
var SUMMARY_SCHEMA = "mythical-k6/summary";
var SUMMARY_VERSION = 1;

// thresholds/evaluate.ts
function evaluateSummary(data, catalog, run) {
  const end = run.end.toISOString();
  const start = new Date(run.end.getTime() - data.state.testRunDurationMs).toISOString();
  const range = paddedWindow(start, end);
  const slos = catalog.map((slo2) => judgeSlo(data, slo2, run.slo.grafana, range));
  const metric = (key) => data.metrics[key]?.values ?? {};
  return {
    schema: SUMMARY_SCHEMA,
    version: SUMMARY_VERSION,
    testid: run.testid,
    scenario: run.scenario,
    profile: run.slo.profile,
    mode: run.slo.mode,
    baseUrl: run.baseUrl,
    window: { start, end },
    totals: {
      requests: metric("http_reqs").count ?? 0,
      iterations: metric("iterations").count ?? 0,
      durationSeconds: data.state.testRunDurationMs / 1e3,
      checksPassed: metric("checks").passes ?? 0,
      checksFailed: metric("checks").fails ?? 0
    },
    slis: collectSlis(data, catalog),
    slos,
    links: runLinks(run.slo.grafana, run.testid, range),
    passed: slos.every((slo2) => slo2.verdict === "pass")
  };
}
function judgeSlo(data, slo2, grafana, range) {
  const key = submetricKey(slo2.metric, slo2.tags);
  const metric = data.metrics[key];
  const threshold = thresholdExpression(slo2);
  const samples = data.metrics[submetricKey(slo2.guard, slo2.tags)]?.values.count ?? 0;
  const observed = samples > 0 ? metric?.values[slo2.stat] ?? null : null;
  const verdict = judge(samples, observed, slo2.objective, metric?.thresholds?.[threshold]?.ok);
  return {
    id: slo2.id,
    description: slo2.description,
    kind: slo2.kind,
    metric: key,
    threshold,
    objective: slo2.objective,
    observed,
    samples,
    verdict,
    budgetUsed: verdict === "no-data" || observed === null ? null : budgetUsed(slo2.stat, slo2.objective, observed, metric?.values),
    exemplars: [],
    links: {
      tempo: exploreUrl(grafana, "tempo", slo2.queries.traceql, range),
      loki: exploreUrl(grafana, "loki", slo2.queries.logql, range),
      mimir: exploreUrl(grafana, "mimir", slo2.queries.promql, range)
    },
    queries: slo2.queries
  };
}
function judge(samples, observed, objective, k6Ok) {
  if (samples === 0) return "no-data";
  if (k6Ok !== void 0) return k6Ok ? "pass" : "fail";
  return observed !== null && holds(observed, objective) ? "pass" : "fail";
}
function holds(observed, objective) {
  switch (objective.op) {
    case "<":
      return observed < objective.value;
    case "<=":
      return observed <= objective.value;
    case ">":
      return observed > objective.value;
    case ">=":
      return observed >= objective.value;
  }
}
function collectSlis(data, catalog) {
  var _a;
  const slis = { all: sli(data, {}) };
  for (const slo2 of catalog) slis[_a = slo2.group] ?? (slis[_a] = sli(data, slo2.tags));
  return slis;
}
function sli(data, tags2) {
  const values = (metric) => data.metrics[submetricKey(metric, tags2)]?.values ?? {};
  const requests = values("http_reqs").count ?? 0;
  const duration2 = values("http_req_duration");
  const present = (value) => requests > 0 && value !== void 0 ? value : null;
  return {
    p95Ms: present(duration2["p(95)"]),
    p99Ms: present(duration2["p(99)"]),
    errorRate: present(values("http_req_failed").rate),
    rps: present(values("http_reqs").rate),
    requests
  };
}

// thresholds/report/junit.ts
function renderJUnit(suites, name = "mythical-k6") {
  const totals = suites.map(count).reduce(add, { tests: 0, failures: 0, skipped: 0 });
  const time = suites.reduce((sum, suite) => sum + (suite.time ?? 0), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}" time="${seconds2(time)}">`,
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
  const open2 = `  <testsuite name="${attr(suite.name)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}" time="${seconds2(suite.time ?? 0)}"${timestamp}>`;
  const properties = Object.entries(suite.properties ?? {});
  const propertyLines = properties.length ? ["    <properties>", ...properties.map(([k, v]) => `      <property name="${attr(k)}" value="${attr(v)}"/>`), "    </properties>"] : [];
  return [open2, ...propertyLines, ...suite.cases.map(renderCase), "  </testsuite>"].join("\n");
}
function renderCase(testCase) {
  const open2 = `    <testcase name="${attr(testCase.name)}" classname="${attr(testCase.classname)}" time="${seconds2(testCase.time ?? 0)}"`;
  const children = [];
  if (testCase.failure) {
    const { message, type, body } = testCase.failure;
    children.push(`      <failure message="${attr(message)}" type="${attr(type)}">${text(body)}</failure>`);
  } else if (testCase.skipped !== void 0) {
    children.push(`      <skipped message="${attr(testCase.skipped)}"/>`);
  }
  if (testCase.systemOut) children.push(`      <system-out>${text(testCase.systemOut)}</system-out>`);
  return children.length ? [`${open2}>`, ...children, "    </testcase>"].join("\n") : `${open2}/>`;
}
function seconds2(value) {
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

// thresholds/report/format.ts
var VERDICT_LABELS = { pass: "PASS", fail: "FAIL", "no-data": "NO DATA" };
function sloRow(slo2) {
  return {
    id: slo2.id,
    objective: formatObjective(slo2),
    observed: slo2.observed === null ? "—" : formatValue(slo2, slo2.observed),
    verdict: VERDICT_LABELS[slo2.verdict],
    budget: slo2.budgetUsed === null ? "—" : formatShare(slo2.budgetUsed)
  };
}
function formatObjective(slo2) {
  const { op } = slo2.objective;
  const subject = slo2.kind === "latency" ? slo2.threshold.slice(0, slo2.threshold.indexOf(op)) : slo2.kind === "checks" ? "passed" : "failed";
  return `${subject} ${op} ${formatValue(slo2, slo2.objective.value)}`;
}
function formatValue(slo2, value) {
  return slo2.objective.unit === "ms" ? `${round2(value, 1)} ms` : formatShare(value);
}
function formatShare(share2) {
  if (!Number.isFinite(share2)) return "∞";
  return `${round2(share2 * 100, 2)}%`;
}
function round2(value, decimals) {
  return String(Math.round(value * 10 ** decimals) / 10 ** decimals);
}
function failedSlos(summary) {
  return summary.slos.filter((slo2) => slo2.verdict !== "pass");
}
function headline(summary) {
  const breached = summary.slos.filter((slo2) => slo2.verdict === "fail").length;
  const noData = summary.slos.filter((slo2) => slo2.verdict === "no-data").length;
  if (breached + noData === 0) return `all ${summary.slos.length} SLOs passed`;
  return `${breached + noData} of ${summary.slos.length} SLOs failed (${breached} breached, ${noData} without data)`;
}
var HTML_REPORT_TITLE = "k6's HTML report (web dashboard: request rate, latency, errors and VUs over time)";
function failureMessage(slo2) {
  const row2 = sloRow(slo2);
  return slo2.verdict === "no-data" ? `no request of this group was measured, so "${row2.objective}" cannot be shown to hold` : `observed ${row2.observed} breaches ${row2.objective} (error budget used ${row2.budget})`;
}
function describeExemplar(exemplar) {
  const { method, beast, status, durationMs: durationMs2, time, journey } = exemplar;
  const detail = `${method} /${beast}  status ${status}  ${durationMs2} ms  ${time}  journey=${journey}`;
  if (exemplar.reached) return { head: `trace ${exemplar.traceId}`, detail };
  const why = status === 0 ? "no response" : `a ${status} without the server's X-Powered-By: Express`;
  return { head: `no trace: never reached the server (${why})`, detail };
}
function exemplarLines(exemplar) {
  const { head, detail } = describeExemplar(exemplar);
  return [`    ${head}  ${detail}`, ...exemplar.traceUrl ? [`      ${exemplar.traceUrl}`] : []];
}

// thresholds/report/markdown.ts
function renderMarkdown(summary) {
  const icon = summary.passed ? "✅" : "❌";
  const out = [
    `### ${icon} SLOs of \`${summary.testid}\` (${summary.scenario}): ${headline(summary)}`,
    "",
    `Profile \`${summary.profile}\`, mode \`${summary.mode}\`, ${summary.totals.requests} requests in ${summary.totals.durationSeconds.toFixed(1)} s against ${summary.baseUrl}.`,
    "",
    ...summary.htmlReport ? [`📈 ${HTML_REPORT_TITLE}: \`${summary.htmlReport}\``, ""] : []
  ];
  for (const slo2 of failedSlos(summary)) {
    out.push(`#### ❌ ${slo2.id}`, "", `${slo2.description}: ${failureMessage(slo2)}.`, "");
    for (const exemplar of slo2.exemplars) {
      const { head, detail } = describeExemplar(exemplar);
      out.push(`- ${exemplar.traceUrl ? `[${head}](${exemplar.traceUrl})` : head} — ${detail}`);
    }
    out.push(`- [log lines](${slo2.links.loki}) · [traces](${slo2.links.tempo}) · [SLI in Mimir](${slo2.links.mimir})`, "");
  }
  out.push(
    `<details><summary>All ${summary.slos.length} SLOs</summary>`,
    "",
    "| SLO | Objective | Observed | Verdict | Budget used |",
    "| --- | --- | --- | --- | --- |",
    ...summary.slos.map(sloRow).map((row2) => `| \`${row2.id}\` | ${cell(row2.objective)} | ${cell(row2.observed)} | ${row2.verdict} | ${row2.budget} |`),
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

// thresholds/report/slo-junit.ts
function sloJUnitSuite(summary) {
  return {
    name: `mythical-k6 SLOs ${summary.scenario} ${summary.testid}`,
    timestamp: summary.window.start,
    time: summary.totals.durationSeconds,
    properties: { testid: summary.testid, scenario: summary.scenario, profile: summary.profile, mode: summary.mode },
    cases: summary.slos.map((slo2) => {
      const row2 = sloRow(slo2);
      const details = [
        slo2.description,
        `objective: ${row2.objective}`,
        `observed: ${row2.observed}`,
        `verdict: ${row2.verdict}`,
        `error budget used: ${row2.budget}`,
        `samples: ${slo2.samples}`,
        ...slo2.exemplars.map((e) => {
          const { head, detail } = describeExemplar(e);
          return `${head} (${detail})${e.traceUrl ? `: ${e.traceUrl}` : ""}`;
        }),
        `logs: ${slo2.links.loki}`,
        `traces: ${slo2.links.tempo}`,
        `SLI: ${slo2.links.mimir}`
      ].join("\n");
      return {
        name: slo2.id,
        classname: `mythical-k6.slo.${slo2.kind}`,
        ...slo2.verdict === "pass" ? {} : { failure: { message: failureMessage(slo2), type: slo2.verdict, body: details } },
        systemOut: details
      };
    })
  };
}

// thresholds/report/files.ts
function reportPath(reportDir, file) {
  return `${reportDir.replace(/\/+$/, "")}/${file}`;
}
function reportFiles(summary, reportDir) {
  return {
    [reportPath(reportDir, "summary.json")]: `${JSON.stringify(summary, null, 2)}
`,
    [reportPath(reportDir, "junit.xml")]: renderJUnit([sloJUnitSuite(summary)]),
    [reportPath(reportDir, "report.md")]: renderMarkdown(summary)
  };
}

// thresholds/report/table.ts
var COLUMNS = [
  ["id", "SLO"],
  ["objective", "OBJECTIVE"],
  ["observed", "OBSERVED"],
  ["verdict", "VERDICT"],
  ["budget", "BUDGET USED"]
];
function renderSloTable(summary) {
  const rows = summary.slos.map(sloRow);
  const widths = COLUMNS.map(([key, title]) => Math.max(title.length, ...rows.map((row2) => row2[key].length)));
  const line = (cells) => `  ${cells.map((cell2, i) => cell2.padEnd(widths[i])).join("  ")}`.trimEnd();
  const out = [
    `  █ SLOs  ${summary.testid} — ${headline(summary)} (profile ${summary.profile}, mode ${summary.mode})`,
    "",
    line(COLUMNS.map(([, title]) => title)),
    ...rows.map((row2) => line(COLUMNS.map(([key]) => row2[key])))
  ];
  for (const slo2 of failedSlos(summary)) {
    out.push("", `  ✗ ${slo2.id}: ${slo2.description}`, `    ${failureMessage(slo2)}`);
    for (const exemplar of slo2.exemplars) out.push(...exemplarLines(exemplar));
    out.push(`    logs:   ${slo2.links.loki}`, `    traces: ${slo2.links.tempo}`, `    SLI:    ${slo2.links.mimir}`);
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

// thresholds/report/text-summary.ts
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
function percent2(share2) {
  return `${(share2 * 100).toFixed(2)}%`;
}

// thresholds/end-of-test.ts
function summarizeRun(data, input) {
  const { config: config2, slo: slo2 } = input;
  const catalog = buildCatalog({ testid: config2.testid, endpointType: config2.endpointType, beasts: config2.beasts, methods: input.methods, slo: slo2 });
  const summary = evaluateSummary(data, catalog, { testid: config2.testid, scenario: config2.scenario, baseUrl: config2.baseUrl, end: input.end, slo: slo2 });
  return { ...summary, htmlReport: input.htmlReport ?? null };
}
function endOfTestOutputs(data, input) {
  const summary = summarizeRun(data, input);
  const table = input.deferTable ? `  SLO table: printed by the run tool once the exemplars of ${input.config.reportDir}/k6.log are folded in
` : renderSloTable(summary);
  return { stdout: `${renderTextSummary(data)}
${table}`, ...reportFiles(summary, input.config.reportDir) };
}

// thresholds/k6.ts
import exec5 from "k6/execution";
var active;
function sloOptions(config2, defaults) {
  const settings = readSettings((env) => parseSloSettings(env, defaults.mode));
  active = { config: config2, settings, methods: defaults.methods };
  const catalog = buildCatalog({ ...config2, methods: defaults.methods, slo: settings });
  const latencyMs = catalog.filter((slo2) => slo2.kind === "latency").map((slo2) => slo2.objective.value);
  setExemplarPlan(latencyMs, () => exec5.instance.vusInitialized);
  return { thresholds: compileThresholds(catalog, settings), summaryTrendStats: SUMMARY_TREND_STATS };
}
function activeSlos() {
  return active;
}

// lib/web-dashboard.ts
var K6_TRUE = ["1", "t", "true"];
function htmlReportPath(env) {
  const on = K6_TRUE.includes(env.K6_WEB_DASHBOARD?.trim().toLowerCase() ?? "");
  const file = (env.K6_WEB_DASHBOARD_EXPORT?.trim() || env.K6_WEB_DASHBOARD_REPORT?.trim()) ?? "";
  return on && file !== "" ? file : null;
}

// lib/summary.ts
function handleSummary(data) {
  const slos = activeSlos();
  if (!slos) throw new Error("handleSummary: the scenario did not spread sloOptions(config, ...) into its options");
  const config2 = { ...slos.config, testid: runId(slos.config).testid };
  return endOfTestOutputs(data, {
    config: config2,
    slo: slos.settings,
    methods: slos.methods,
    end: /* @__PURE__ */ new Date(),
    htmlReport: htmlReportPath(__ENV),
    deferTable: __ENV.REPORT_FINALIZE === "run-tool"
    // set by tools/run.ts (DEFER_TABLE_ENV)
  });
}

// scenarios/breakpoint.ts
var config = loadConfig("breakpoint");
var plan = readSettings(breakpointPlan);
var slo = sloOptions(config, { mode: "report" });
var options = {
  ...baseOptions(config),
  scenarios: { breakpoint: plan.executor },
  summaryTrendStats: slo.summaryTrendStats,
  thresholds: { ...slo.thresholds, ...stepThresholds(plan) }
};
var traffic = mixedTraffic(config, readSettings(mixFromEnv));
function breakpoint_default() {
  const elapsedSeconds = (Date.now() - exec6.scenario.startTime) / 1e3;
  exec6.vu.metrics.tags.step = String(stepAt(plan, elapsedSeconds));
  traffic.visit();
}
function teardown() {
  traffic.sweep();
}
function handleSummary2(data) {
  const outputs = handleSummary(data);
  const result = judgeSteps(plan, stepResults(plan, data.metrics));
  const line = breakpointLine(result);
  return {
    ...outputs,
    [reportPath(config.reportDir, "breakpoint.json")]: `${JSON.stringify({ ...result, line }, null, 2)}
`,
    stdout: `${outputs.stdout ?? ""}
${line}
`
  };
}
export {
  breakpoint_default as default,
  handleSummary2 as handleSummary,
  options,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vc2NlbmFyaW9zL2JyZWFrcG9pbnQudHMiLCAiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2NsaWVudC50cyIsICIuLi9saWIvY29udHJhY3QudHMiLCAiLi4vbGliL2V4ZW1wbGFycy50cyIsICIuLi9saWIvbmFtZXMudHMiLCAiLi4vbGliL3RyYWNpbmcvazYudHMiLCAiLi4vbGliL3RyYWNpbmcvdHJhY2VwYXJlbnQudHMiLCAiLi4vbGliL3ZlcnNpb24udHMiLCAiLi4vbGliL2RhdGEvbmFtZXMudHMiLCAiLi4vbGliL3BsYW5zL2tub2JzLnRzIiwgIi4uL2xpYi9wbGFucy9taXgudHMiLCAiLi4vbGliL3J1bi1pZC50cyIsICIuLi90aHJlc2hvbGRzL2NoZWNrcy50cyIsICIuLi90aHJlc2hvbGRzL3F1ZXJpZXMudHMiLCAiLi4vdGhyZXNob2xkcy9jYXRhbG9nLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9jaGVjay1saXN0LnRzIiwgIi4uL2xpYi9qb3VybmV5cy9zd2VlcC50cyIsICIuLi9saWIvam91cm5leXMvbWl4LnRzIiwgIi4uL2xpYi9zeXN0ZW0tdGFncy50cyIsICIuLi9saWIvb3B0aW9ucy50cyIsICIuLi9saWIvcGxhbnMvYXJyaXZhbC50cyIsICIuLi90aHJlc2hvbGRzL3NldHRpbmdzLnRzIiwgIi4uL2xpYi9wbGFucy9icmVha3BvaW50LnRzIiwgIi4uL3RocmVzaG9sZHMvYnVkZ2V0LnRzIiwgIi4uL3RocmVzaG9sZHMvY29tcGlsZS50cyIsICIuLi90aHJlc2hvbGRzL2xpbmtzLnRzIiwgIi4uL3RocmVzaG9sZHMvc3VtbWFyeS1zY2hlbWEudHMiLCAiLi4vdGhyZXNob2xkcy9ldmFsdWF0ZS50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9qdW5pdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9mb3JtYXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvc2xvLWp1bml0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2ZpbGVzLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L3RhYmxlLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L3RleHQtc3VtbWFyeS50cyIsICIuLi90aHJlc2hvbGRzL2VuZC1vZi10ZXN0LnRzIiwgIi4uL3RocmVzaG9sZHMvazYudHMiLCAiLi4vbGliL3dlYi1kYXNoYm9hcmQudHMiLCAiLi4vbGliL3N1bW1hcnkudHMiXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7QUFPQSxPQUFPQSxXQUFVOzs7QUNQakIsT0FBTyxVQUFVOzs7QUNLVixJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBSXJDLFlBQVksVUFBa0IsT0FBZSxVQUFrQjtBQUM3RCxVQUFNLEdBQUcsUUFBUSxJQUFJLFVBQVUsS0FBSyxDQUFDLDJCQUEyQixRQUFRLEVBQUU7QUFINUU7QUFBQSx3QkFBUztBQUlQLFNBQUssT0FBTztBQUNaLFNBQUssV0FBVztBQUFBLEVBQ2xCO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsT0FBdUI7QUFDeEMsUUFBTSxXQUFXLE1BQU0sUUFBUSw2QkFBNkIsUUFBUTtBQUNwRSxTQUFPLGlCQUFpQixLQUFLLFFBQVEsSUFBSSxXQUFXLEtBQUssVUFBVSxRQUFRO0FBQzdFOzs7QUNoQk8sSUFBTSxZQUFZO0FBQUEsRUFDdkIsU0FBUyxDQUFDLFdBQVcsYUFBYSxZQUFZLFdBQVcsVUFBVTtBQUFBLEVBQ25FLFFBQVEsQ0FBQyxTQUFTLFdBQVcsV0FBVyxRQUFRLFVBQVUsV0FBVztBQUN2RTtBQU1PLElBQU0saUJBQWlCLE9BQU8sS0FBSyxTQUFTOzs7QUNMNUMsSUFBTSxpQkFBZ0U7QUFBQSxFQUMzRSxPQUFPLENBQUMsT0FBTyxZQUFZO0FBQUEsRUFDM0IsTUFBTSxDQUFDLFFBQVEsVUFBVTtBQUFBLEVBQ3pCLFFBQVEsQ0FBQyxNQUFNO0FBQUEsRUFDZixPQUFPLENBQUMsTUFBTTtBQUFBLEVBQ2QsTUFBTSxDQUFDLFFBQVEsVUFBVTtBQUFBLEVBQ3pCLFlBQVksQ0FBQztBQUNmOzs7QUNBTyxTQUFTLFVBQWEsU0FBaUIsT0FBcUQ7QUFDakcsUUFBTSxXQUFXLENBQUMsS0FBYSxhQUF3QjtBQUNyRCxVQUFNLFFBQVEsTUFBTSxHQUFHO0FBQ3ZCLFFBQUksVUFBVSxPQUFXLE9BQU0sSUFBSSxZQUFZLFVBQVUsS0FBSyxPQUFPO0FBQ3JFLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTyxPQUFPLE9BQU8sVUFBVSxFQUFFLFFBQVEsQ0FBQztBQUM1QztBQU1PLFNBQVMsUUFBVyxLQUFVLFVBQWtCLFVBQXdCLFVBQWdCO0FBQzdGLFFBQU0sTUFBTSxJQUFJLFFBQVE7QUFDeEIsU0FBTyxRQUFRLFVBQWEsSUFBSSxLQUFLLE1BQU0sS0FBSyxXQUFXLFNBQVMsSUFBSSxLQUFLLEdBQUcsUUFBUTtBQUMxRjtBQUdPLFNBQVMsZ0JBQW1CLEtBQVUsVUFBa0IsVUFBdUM7QUFDcEcsU0FBTyxRQUF1QixLQUFLLFVBQVUsVUFBVSxNQUFTO0FBQ2xFO0FBRUEsSUFBTSxXQUFXO0FBR1YsSUFBTSxNQUF5QixVQUFVLGdEQUFnRCxDQUFDLFFBQVE7QUFDdkcsUUFBTSxRQUFRLFNBQVMsS0FBSyxHQUFHO0FBQy9CLE1BQUksQ0FBQyxTQUFVLE1BQU0sQ0FBQyxNQUFNLFVBQWEsT0FBTyxNQUFNLENBQUMsQ0FBQyxJQUFJLE1BQVEsUUFBTztBQUMzRSxTQUFPLElBQUksUUFBUSxRQUFRLEVBQUU7QUFDL0IsQ0FBQztBQUdNLElBQU0sa0JBQXFDLFVBQVUsZ0NBQWdDLENBQUMsUUFBUTtBQUNuRyxNQUFJLENBQUMsYUFBYSxLQUFLLEdBQUcsRUFBRyxRQUFPO0FBQ3BDLFFBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsU0FBTyxTQUFTLEtBQUssU0FBUyxLQUFLLEtBQUssSUFBSSxRQUFRO0FBQ3RELENBQUM7QUFFRCxJQUFNLG9CQUE0QyxFQUFFLEdBQUcsTUFBVyxHQUFHLEtBQVEsR0FBRyxLQUFPLElBQUksRUFBRTtBQUM3RixJQUFNLGdCQUFnQjtBQUdmLFNBQVMsV0FBV0MsT0FBa0M7QUFDM0QsUUFBTSxRQUFRLGNBQWMsS0FBS0EsS0FBSTtBQUNyQyxNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLFFBQU0sQ0FBQyxFQUFFLEdBQUcsR0FBRyxHQUFHLEVBQUUsSUFBSTtBQUN4QixRQUFNLFFBQ0osT0FBTyxLQUFLLENBQUMsSUFBSSxrQkFBa0IsSUFDbkMsT0FBTyxLQUFLLENBQUMsSUFBSSxrQkFBa0IsSUFDbkMsT0FBTyxLQUFLLENBQUMsSUFBSSxrQkFBa0IsSUFDbkMsT0FBTyxNQUFNLENBQUM7QUFDaEIsU0FBTyxRQUFRLElBQUksUUFBUTtBQUM3QjtBQUdPLElBQU0sV0FBOEI7QUFBQSxFQUFVO0FBQUEsRUFBdUMsQ0FBQyxRQUMzRixXQUFXLEdBQUcsTUFBTSxTQUFZLFNBQVk7QUFDOUM7QUFVTyxJQUFNLE9BQXdCLFVBQVUsNkRBQTZELENBQUMsUUFBUTtBQUNuSCxRQUFNLFFBQVEsNEJBQTRCLEtBQUssR0FBRztBQUNsRCxNQUFJLENBQUMsU0FBUyxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksRUFBRyxRQUFPO0FBQzNDLFNBQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUMsR0FBRyxVQUFVLElBQUksTUFBTSxDQUFDLEtBQUssR0FBRyxHQUF1QjtBQUN2RixDQUFDO0FBR00sU0FBUyxNQUF3QixRQUFvQztBQUMxRSxTQUFPO0FBQUEsSUFBVSxVQUFVLE9BQU8sS0FBSyxJQUFJLENBQUM7QUFBQSxJQUFJLENBQUMsUUFDL0MsT0FBTyxLQUFLLENBQUMsVUFBVSxNQUFNLFlBQVksTUFBTSxJQUFJLFlBQVksQ0FBQztBQUFBLEVBQ2xFO0FBQ0Y7QUFHTyxTQUFTLE9BQVUsTUFBb0M7QUFDNUQsU0FBTyxVQUFVLDZCQUE2QixLQUFLLE9BQU8sSUFBSSxDQUFDLFFBQVE7QUFDckUsVUFBTSxRQUFRLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDdEQsUUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLFNBQVMsRUFBRSxLQUFLLElBQUksSUFBSSxLQUFLLEVBQUUsU0FBUyxNQUFNLE9BQVEsUUFBTztBQUN0RixRQUFJO0FBQ0YsYUFBTyxNQUFNLElBQUksQ0FBQyxTQUFTLEtBQUssTUFBTSxFQUFFLENBQUM7QUFBQSxJQUMzQyxRQUFRO0FBQ04sYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUdPLElBQU0sVUFBOEIsVUFBVSxpQkFBaUIsQ0FBQyxRQUFRO0FBQzdFLFFBQU0sT0FBTyxJQUFJLFlBQVk7QUFDN0IsTUFBSSxDQUFDLFFBQVEsS0FBSyxPQUFPLElBQUksRUFBRSxTQUFTLElBQUksRUFBRyxRQUFPO0FBQ3RELE1BQUksQ0FBQyxTQUFTLEtBQUssTUFBTSxLQUFLLEVBQUUsU0FBUyxJQUFJLEVBQUcsUUFBTztBQUN2RCxTQUFPO0FBQ1QsQ0FBQztBQUdNLFNBQVMsU0FBUyxNQUFjLFNBQW9DO0FBQ3pFLFNBQU8sVUFBVSxTQUFTLENBQUMsUUFBUyxLQUFLLEtBQUssR0FBRyxJQUFJLE1BQU0sTUFBVTtBQUN2RTtBQUdPLElBQU0sYUFBYTtBQUVuQixJQUFNLGFBQWE7QUFNbkIsU0FBUyxLQUFLLFVBQWdFO0FBQ25GLFFBQU0sVUFBVSxvRUFBb0UsU0FBUyxLQUFLLElBQUksQ0FBQztBQUN2RyxTQUFPLFVBQVUsU0FBUyxDQUFDLFFBQVE7QUFDakMsVUFBTSxRQUFRLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLEVBQUUsTUFBTSxHQUFHLENBQUM7QUFDakUsVUFBTSxTQUFpQyxDQUFDO0FBQ3hDLGVBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixZQUFNLENBQUMsS0FBSyxLQUFLLElBQUk7QUFDckIsWUFBTSxRQUFRLFdBQVcsS0FBSyxHQUFHLEtBQUssQ0FBQyxTQUFTLFNBQVMsR0FBRyxLQUFLLFdBQVcsS0FBSyxLQUFLLEtBQUssTUFBTSxVQUFVO0FBQzNHLFVBQUksQ0FBQyxTQUFTLE9BQU8sT0FBUSxRQUFPO0FBQ3BDLGFBQU8sR0FBRyxJQUFJO0FBQUEsSUFDaEI7QUFDQSxXQUFPO0FBQUEsRUFDVCxDQUFDO0FBQ0g7OztBQzVITyxJQUFNLG1CQUFtQjtBQUd6QixJQUFNLHFCQUFxQjtBQUczQixJQUFNLG9CQUFvQjtBQUFBLEVBQy9CO0FBQUEsRUFBVTtBQUFBLEVBQVE7QUFBQSxFQUFTO0FBQUEsRUFDM0I7QUFBQSxFQUFVO0FBQUEsRUFBVTtBQUFBLEVBQU87QUFBQSxFQUFTO0FBQUEsRUFBUztBQUFBLEVBQVk7QUFBQSxFQUFxQjtBQUFBLEVBQVM7QUFBQSxFQUN2RjtBQUFBLEVBQVM7QUFBQSxFQUFlO0FBQUEsRUFBWTtBQUFBLEVBQVc7QUFBQSxFQUFZO0FBQUEsRUFBaUI7QUFBQSxFQUFNO0FBQUEsRUFBUTtBQUM1RjtBQW1DTyxJQUFNLG9CQUFvQjtBQUcxQixJQUFNLGtCQUFrQjtBQUFBLEVBQzdCLElBQUksT0FBTyxXQUFXLGlCQUFpQixNQUFNLFdBQVcsT0FBTyxNQUFNLENBQUMsQ0FBQyxFQUFFO0FBQUEsRUFDekUsV0FBVyxpQkFBaUI7QUFDOUI7QUFHTyxTQUFTLGNBQWMsVUFBa0IsS0FBV0MsU0FBOEI7QUFDdkYsUUFBTSxPQUFPLElBQUksWUFBWSxFQUFFLFFBQVEsU0FBUyxFQUFFLEVBQUUsUUFBUSxXQUFXLEdBQUc7QUFDMUUsTUFBSSxTQUFTO0FBQ2IsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssV0FBVSxLQUFLLE1BQU1BLFFBQU8sSUFBSSxFQUFFLEVBQUUsU0FBUyxFQUFFO0FBQzNFLFNBQU8sR0FBRyxTQUFTLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSSxJQUFJLElBQUksTUFBTTtBQUNuRDtBQUdPLFNBQVMsWUFBWSxLQUFVLFNBQW9DO0FBQ3hFLFFBQU0sVUFBVSxRQUFRLEtBQUssWUFBWSxLQUFLLGdCQUFnQjtBQUM5RCxRQUFNLGVBQWUsUUFBUSxLQUFLLGlCQUFpQixNQUFNLGNBQWMsR0FBRyxTQUFTO0FBQ25GLFFBQU0sUUFBMkIsVUFBVSxZQUFZO0FBQ3ZELFFBQU0sU0FBUyxnQkFBZ0IsS0FBSyxVQUFVLE9BQU8sTUFBTSxLQUFLLENBQUMsQ0FBQztBQUNsRSxRQUFNLFNBQVMsU0FBUyxNQUFNLE9BQU8sQ0FBQyxVQUFVLE9BQU8sU0FBUyxLQUFLLENBQUMsSUFBSTtBQUMxRSxRQUFNLE9BQU8sVUFBVSxLQUFLLFFBQVEsUUFBUTtBQUM1QyxRQUFNLFNBQVMsUUFBUSxLQUFLLFVBQVUsaUJBQWlCLGNBQWMsUUFBUSxVQUFVLFFBQVEsS0FBSyxRQUFRLE1BQU0sQ0FBQztBQUNuSCxRQUFNLFlBQVksUUFBUSxLQUFLLFFBQVEsS0FBSyxpQkFBaUIsR0FBRyxDQUFDLENBQUM7QUFHbEUsUUFBTSxZQUFZLFFBQVEsS0FBSyxjQUFjLFNBQVMsZ0JBQWdCLGtCQUFrQixHQUFHLGtCQUFrQjtBQUM3RyxTQUFPLEVBQUUsVUFBVSxRQUFRLFVBQVUsU0FBUyxjQUFjLFFBQVEsTUFBTSxRQUFRLE1BQU0sV0FBVyxVQUFVO0FBQy9HO0FBRUEsU0FBUyxVQUFVLEtBQVUsVUFBaUM7QUFDNUQsUUFBTSxXQUFXLGVBQWUsUUFBUSxLQUFLLENBQUM7QUFDOUMsUUFBTSxPQUFPLENBQUksVUFBb0IsYUFBMEM7QUFDN0UsVUFBTSxRQUFRLGdCQUFnQixLQUFLLFVBQVUsUUFBUTtBQUNyRCxRQUFJLFVBQVUsVUFBYSxDQUFDLFNBQVMsU0FBUyxRQUFRLEdBQUc7QUFDdkQsWUFBTSxRQUFRLFNBQVMsU0FBUyxJQUFJLFFBQVEsU0FBUyxLQUFLLElBQUksQ0FBQyxLQUFLO0FBQ3BFLFlBQU0sSUFBSSxZQUFZLFVBQVUsT0FBTyxJQUFJLFFBQVEsQ0FBQyxFQUFFLEtBQUssR0FBRyxpQkFBaUIsUUFBUSxtQkFBbUIsS0FBSyxFQUFFO0FBQUEsSUFDbkg7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFBQSxJQUNMLEtBQUssS0FBSyxPQUFPLGVBQWU7QUFBQSxJQUNoQyxZQUFZLEtBQUssY0FBYyxlQUFlO0FBQUEsSUFDOUMsVUFBVSxLQUFLLFlBQVksUUFBUTtBQUFBLElBQ25DLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFBQSxFQUN6QjtBQUNGOzs7QUx2R08sU0FBUyxhQUFnQixNQUEwQjtBQUN4RCxNQUFJO0FBQ0YsV0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNuQixTQUFTLE9BQU87QUFDZCxRQUFJLEVBQUUsaUJBQWlCLGFBQWMsT0FBTTtBQUMzQyxZQUFRLE1BQU0sTUFBTSxPQUFPO0FBQzNCLFNBQUssS0FBSyxNQUFNLE1BQU0sT0FBTztBQUM3QixVQUFNO0FBQUEsRUFDUjtBQUNGO0FBR08sU0FBUyxXQUFXLFVBQStCO0FBQ3hELFNBQU8sYUFBYSxDQUFDLFFBQVEsWUFBWSxLQUFLLEVBQUUsVUFBVSxLQUFLLG9CQUFJLEtBQUssR0FBRyxRQUFRLEtBQUssT0FBTyxDQUFDLENBQUM7QUFDbkc7OztBTXpCQSxPQUFPLFVBQXVEOzs7QUNNdkQsSUFBTSxrQkFBb0QsRUFBRSxLQUFLLEtBQUssTUFBTSxLQUFLLFFBQVEsSUFBSTs7O0FDSTdGLElBQU0sa0JBQWtCO0FBd0MvQixJQUFNLG1CQUFtQixDQUFDLEtBQUssS0FBSyxHQUFHO0FBT2hDLFNBQVMsY0FBYyxRQUFnQixXQUF3QztBQUNwRixNQUFJLFdBQVcsRUFBRyxRQUFPO0FBQ3pCLFNBQU8sQ0FBQyxpQkFBaUIsU0FBUyxNQUFNLEtBQUssY0FBYztBQUM3RDtBQU9PLElBQU0sb0JBQW9CO0FBRzFCLFNBQVMsV0FBVyxTQUF5QkMsc0JBQWtEO0FBQ3BHLFFBQU0sUUFBUSxHQUFHLFFBQVEsTUFBTSxLQUFLLFFBQVEsS0FBSyxHQUFHLFFBQVEsVUFBVSxLQUFLLFlBQVk7QUFDdkYsUUFBTSxPQUFpQixDQUFDO0FBQ3hCLE1BQUksUUFBUSxPQUFRLE1BQUssS0FBSyxnQkFBZ0IsS0FBSyxFQUFFO0FBQ3JELGFBQVcsTUFBTUEscUJBQXFCLEtBQUksUUFBUSxjQUFjLEdBQUksTUFBSyxLQUFLLFlBQVksRUFBRSxJQUFJLEtBQUssRUFBRTtBQUN2RyxNQUFJLFFBQVEsWUFBYSxNQUFLLEtBQUssVUFBVSxLQUFLLEVBQUU7QUFDcEQsU0FBTztBQUNUO0FBR08sSUFBTSxtQkFBTixNQUF1QjtBQUFBLEVBRzVCLFlBQ21CQSxzQkFDQSxLQUNBLE9BQ2pCO0FBSGlCLCtDQUFBQTtBQUNBO0FBQ0E7QUFMbkIsd0JBQWlCLFNBQVEsb0JBQUksSUFBb0I7QUFBQSxFQU05QztBQUFBO0FBQUEsRUFHSCxPQUFPLFNBQWtDO0FBQ3ZDLFVBQU0sT0FBTyxXQUFXLFNBQVMsS0FBSyxvQkFBb0IsQ0FBQztBQUMzRCxRQUFJLEtBQUssV0FBVyxFQUFHLFFBQU87QUFFOUIsVUFBTSxRQUFRLFFBQVEsVUFBVSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssb0JBQW9CLEtBQUssSUFBSSxHQUFHLEtBQUssSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJO0FBQ3RHLFVBQU1DLFFBQU8sS0FBSyxPQUFPLENBQUMsU0FBUyxLQUFLLE1BQU0sSUFBSSxHQUFHLEtBQUssS0FBSyxLQUFLO0FBQ3BFLFFBQUlBLE1BQUssV0FBVyxFQUFHLFFBQU87QUFDOUIsZUFBVyxPQUFPQSxNQUFNLE1BQUssTUFBTSxJQUFJLE1BQU0sS0FBSyxNQUFNLElBQUksR0FBRyxLQUFLLEtBQUssQ0FBQztBQUMxRSxTQUFLLE1BQU0sbUJBQW1CLE9BQU8sQ0FBQztBQUN0QyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxtQkFBbUIsU0FBaUM7QUFDbEUsUUFBTSxPQUFxQjtBQUFBLElBQ3pCLFNBQVMsUUFBUTtBQUFBLElBQ2pCLFNBQVMsUUFBUTtBQUFBLElBQ2pCLE9BQU8sUUFBUTtBQUFBLElBQ2YsUUFBUSxRQUFRO0FBQUEsSUFDaEIsTUFBTSxRQUFRO0FBQUEsSUFDZCxRQUFRLFFBQVE7QUFBQSxJQUNoQixTQUFTLFFBQVE7QUFBQSxJQUNqQixhQUFhLFFBQVEsZ0JBQWdCO0FBQUEsSUFDckMsWUFBWSxLQUFLLE1BQU0sUUFBUSxhQUFhLEdBQUksSUFBSTtBQUFBLElBQ3BELE1BQU0sSUFBSSxLQUFLLFFBQVEsTUFBTSxFQUFFLFlBQVk7QUFBQSxFQUM3QztBQUNBLFNBQU8sR0FBRyxlQUFlLEdBQUcsS0FBSyxVQUFVLElBQUksQ0FBQztBQUNsRDtBQW1CQSxJQUFJLHNCQUF5QyxDQUFDO0FBQzlDLElBQUksV0FBeUIsTUFBTTtBQU81QixTQUFTLGdCQUFnQixjQUFpQyxLQUF5QjtBQUN4Rix3QkFBc0IsQ0FBQyxHQUFHLElBQUksSUFBSSxZQUFZLENBQUM7QUFDL0MsYUFBVztBQUNiO0FBR0EsSUFBTSxXQUFXLElBQUk7QUFBQSxFQUNuQixNQUFNO0FBQUEsRUFDTixNQUFNLFNBQVM7QUFBQSxFQUNmLENBQUMsU0FBUyxRQUFRLE1BQU0sSUFBSTtBQUM5QjtBQUdPLFNBQVMsZUFBZSxTQUErQjtBQUM1RCxXQUFTLE9BQU8sT0FBTztBQUN6Qjs7O0FDL0pPLElBQU0sa0JBQWtCO0FBVXhCLFNBQVMsVUFBVSxRQUF3QjtBQUNoRCxTQUFPLE1BQU0sTUFBTSxNQUFNLElBQUksTUFBTSxHQUFHLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDckU7QUFHTyxTQUFTLE1BQU1DLE9BQXNCO0FBQzFDLE1BQUksT0FBTztBQUNYLFdBQVMsSUFBSSxHQUFHLElBQUlBLE1BQUssUUFBUSxLQUFLO0FBQ3BDLFdBQU8sS0FBSyxLQUFLLE9BQU9BLE1BQUssV0FBVyxDQUFDLEdBQUcsUUFBVSxNQUFNO0FBQUEsRUFDOUQ7QUFDQSxTQUFPO0FBQ1Q7QUFpQk8sU0FBUyxZQUFZLFFBQWdCLE1BQWMsSUFBWSxXQUEyQjtBQUMvRixRQUFNLE9BQU8sSUFBSSxHQUFHLFNBQVMsRUFBRSxDQUFDLElBQUksVUFBVSxTQUFTLEVBQUUsQ0FBQztBQUMxRCxRQUFNLE9BQU8sa0JBQWtCLE9BQU8sU0FBUyxJQUFJLEtBQUs7QUFDeEQsUUFBTSxZQUFZLEtBQUssTUFBTSxHQUFHLEtBQUssSUFBSSxNQUFNLENBQUMsQ0FBQyxFQUFFLFFBQVEsT0FBTyxFQUFFO0FBQ3BFLFNBQU8sWUFBWSxHQUFHLE1BQU0sSUFBSSxTQUFTLEdBQUcsSUFBSSxLQUFLLEdBQUcsTUFBTSxHQUFHLElBQUk7QUFDdkU7QUFHTyxTQUFTLGFBQWEsTUFBYyxRQUF5QjtBQUNsRSxTQUFPLEtBQUssV0FBVyxHQUFHLE1BQU0sR0FBRztBQUNyQztBQU1PLFNBQVMsY0FBYyxNQUFvQztBQUNoRSxNQUFJO0FBQ0osTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQUk7QUFBQSxFQUN4QixRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLENBQUMsTUFBTSxRQUFRLElBQUksRUFBRyxRQUFPO0FBQ2pDLFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQ0MsU0FBa0JBLE1BQW1DLElBQUk7QUFDakYsU0FBTyxNQUFNLE1BQU0sQ0FBQyxTQUF5QixPQUFPLFNBQVMsUUFBUSxJQUFJLFFBQVE7QUFDbkY7OztBQ2pFQSxTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVOzs7QUNRVixTQUFTLFVBQVUsT0FBZUMsU0FBNkI7QUFDcEUsYUFBUztBQUNQLFVBQU0sU0FBU0EsUUFBTyxLQUFLO0FBQzNCLFFBQUksT0FBTyxLQUFLLENBQUMsVUFBVSxVQUFVLENBQUMsR0FBRztBQUN2QyxhQUFPLE1BQU0sS0FBSyxRQUFRLENBQUMsVUFBVSxNQUFNLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsRUFBRSxLQUFLLEVBQUU7QUFBQSxJQUNuRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsWUFBWSxTQUFpQixRQUF3QjtBQUNuRSxTQUFPLE1BQU0sT0FBTyxJQUFJLE1BQU07QUFDaEM7QUFlTyxJQUFNLGVBQWlELEVBQUUsS0FBSyxLQUFLLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFHMUYsU0FBUyxZQUFZLFFBQXdCO0FBQ2xELFNBQU8sTUFBTSxNQUFNLEVBQUUsU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUc7QUFDbkQ7QUFNTyxTQUFTLGNBQWMsUUFBZ0IsUUFBb0M7QUFDaEYsU0FBTyxHQUFHLFlBQVksTUFBTSxDQUFDLEdBQUksV0FBVyxVQUFhLGFBQWEsTUFBTSxLQUFNLEdBQUc7QUFDdkY7QUFPTyxJQUFNLGdCQUFOLE1BQW9CO0FBQUEsRUFDekIsWUFDbUIsUUFDQUEsU0FDakI7QUFGaUI7QUFDQSxrQ0FBQUE7QUFBQSxFQUNoQjtBQUFBO0FBQUEsRUFHSCxLQUFLLFFBQTBDO0FBQzdDLFVBQU0sVUFBVSxHQUFHLGNBQWMsS0FBSyxRQUFRLE1BQU0sQ0FBQyxHQUFHLFVBQVUsSUFBSSxLQUFLLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQztBQUMzRixVQUFNLFNBQVMsVUFBVSxHQUFHLEtBQUssTUFBTTtBQUN2QyxXQUFPLEVBQUUsU0FBUyxRQUFRLGFBQWEsWUFBWSxTQUFTLE1BQU0sRUFBRTtBQUFBLEVBQ3RFO0FBQ0Y7QUFPTyxJQUFNLGFBQU4sTUFBaUI7QUFBQSxFQUl0QixZQUE2QkEsU0FBcUI7QUFBckIsa0NBQUFBO0FBSDdCLHdCQUFRLGFBQVksT0FBTztBQUMzQix3QkFBUSxNQUFLO0FBQUEsRUFFc0M7QUFBQTtBQUFBLEVBR25ELEdBQUcsV0FBMkI7QUFDNUIsUUFBSSxjQUFjLEtBQUssV0FBVztBQUNoQyxXQUFLLFlBQVk7QUFDakIsV0FBSyxLQUFLLFVBQVUsR0FBRyxLQUFLLE1BQU07QUFBQSxJQUNwQztBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFDRjtBQVVPLFNBQVMsVUFBVSxRQUFnQixTQUFpQixTQUFpQixRQUFtQjtBQUM3RixRQUFNLE9BQU8sV0FBVyxTQUFZLEtBQUssV0FBVyxVQUFVLFlBQVksYUFBYSxPQUFPLE9BQU87QUFDckcsU0FBTyxlQUFlLE9BQU8sWUFBWSxNQUFNLEdBQUcsSUFBSTtBQUN4RDtBQUdPLFNBQVMsWUFBWSxRQUFnQixTQUF5RDtBQUNuRyxTQUFPLEVBQUUsU0FBUyxVQUFVLE1BQU0sSUFBSSxXQUFXLFVBQVUsUUFBUSxPQUFPLEVBQUU7QUFDOUU7OztBRHZHQSxJQUFNLFNBQVMsQ0FBQ0MsV0FBa0IsSUFBSSxXQUFXLFlBQVlBLE1BQUssQ0FBQztBQUNuRSxJQUFNLFdBQVcsSUFBSSxXQUFXLE1BQU07QUFDdEMsSUFBSTtBQUdHLFNBQVMsaUJBQXlCO0FBQ3ZDLFNBQU8sU0FBUyxHQUFHQyxNQUFLLEdBQUcsbUJBQW1CO0FBQ2hEO0FBT08sU0FBUyxPQUFVLFFBQWdCLFFBQTRCLE1BQXFDO0FBQ3pHLHNCQUFXLElBQUksY0FBYyxRQUFRLE1BQU07QUFDM0MsUUFBTSxRQUFRLE9BQU8sS0FBSyxNQUFNO0FBQ2hDLEVBQUFBLE1BQUssR0FBRyxRQUFRLFNBQVMsV0FBVyxNQUFNO0FBQzFDLE1BQUk7QUFDRixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CLFVBQUU7QUFDQSxXQUFPQSxNQUFLLEdBQUcsUUFBUSxTQUFTO0FBQUEsRUFDbEM7QUFDRjs7O0FFMUJPLElBQU0sZ0JBQWdCOzs7QU5ZN0IsSUFBTSxXQUFxRTtBQUFBLEVBQ3pFLEtBQUssS0FBSyxpQkFBaUIsZ0JBQWdCLEdBQUc7QUFBQSxFQUM5QyxNQUFNLEtBQUssaUJBQWlCLGdCQUFnQixJQUFJO0FBQUEsRUFDaEQsUUFBUSxLQUFLLGlCQUFpQixnQkFBZ0IsTUFBTTtBQUN0RDtBQW9CTyxJQUFNLGlCQUFOLE1BQXFCO0FBQUEsRUFLMUIsWUFDbUIsU0FDQSxLQUNBLFVBQW1CLFdBQ3BDO0FBSGlCO0FBQ0E7QUFDQTtBQVBuQix3QkFBaUI7QUFDakIsd0JBQVEsV0FBVTtBQUNsQix3QkFBUSxnQkFBZTtBQU9yQixTQUFLLFVBQVUsWUFBWSxJQUFJLFFBQVEsYUFBYSxFQUFFO0FBQUEsRUFDeEQ7QUFBQTtBQUFBLEVBR0EsS0FBSyxPQUF5QjtBQUM1QixVQUFNLEVBQUUsVUFBVSxRQUFRLElBQUksS0FBSyxLQUFLLE9BQU8sT0FBTyxRQUFXLE1BQU07QUFDdkUsVUFBTSxRQUFRLFNBQVMsV0FBVyxnQkFBZ0IsT0FBTyxTQUFTLE9BQU8sY0FBYyxTQUFTLElBQUksSUFBSTtBQUN4RyxXQUFPLEVBQUUsVUFBVSxPQUFPLFFBQVE7QUFBQSxFQUNwQztBQUFBO0FBQUEsRUFHQSxPQUFPLE9BQWUsTUFBdUM7QUFDM0QsV0FBTyxLQUFLLEtBQUssUUFBUSxPQUFPLE1BQU0sTUFBTSxFQUFFO0FBQUEsRUFDaEQ7QUFBQTtBQUFBLEVBR0EsT0FBTyxPQUFlLE1BQXVDO0FBQzNELFdBQU8sS0FBSyxLQUFLLFVBQVUsT0FBTyxNQUFNLE1BQU0sRUFBRTtBQUFBLEVBQ2xEO0FBQUE7QUFBQSxFQUdRLFFBQWdCO0FBQ3RCLFFBQUksS0FBSyxZQUFZLFFBQVMsUUFBTyxVQUFVLEtBQUssSUFBSSxRQUFRLGVBQWUsT0FBTztBQUN0RixVQUFNLFVBQVUsZUFBZTtBQUMvQixRQUFJLFlBQVksS0FBSyxTQUFTO0FBQzVCLFdBQUssVUFBVTtBQUNmLFdBQUssZUFBZSxVQUFVLEtBQUssSUFBSSxRQUFRLGVBQWUsRUFBRSxRQUFRLENBQUM7QUFBQSxJQUMzRTtBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVRLEtBQThCLFFBQWdCLE9BQWUsTUFBMEIsY0FBa0I7QUFDL0csVUFBTSxRQUFRLElBQUksS0FBSztBQUN2QixVQUFNQyxVQUFTLEtBQUssWUFBWTtBQUNoQyxVQUFNQyxRQUErQkQsVUFBUyxFQUFFLE1BQU0sT0FBTyxNQUFNLElBQUksRUFBRSxNQUFNLE9BQU8sSUFBSSxRQUFRO0FBQ2xHLFVBQU0sT0FBTyxTQUFTLFNBQVksT0FBTyxLQUFLLFVBQVUsRUFBRSxLQUFLLENBQUM7QUFDaEUsVUFBTSxRQUFRLEtBQUssTUFBTTtBQUN6QixXQUFPLE9BQU8sS0FBSyxJQUFJLFFBQVFBLFVBQVMsU0FBUyxRQUFXLENBQUMsVUFBVTtBQUNyRSxZQUFNLFNBQVMsS0FBSyxJQUFJO0FBQ3hCLFlBQU0sV0FBVyxLQUFLLFFBQVksUUFBUSxHQUFHLEtBQUssT0FBTyxHQUFHLEtBQUssSUFBSSxNQUFNO0FBQUEsUUFDekUsU0FBUztBQUFBLFVBQ1AsYUFBYSxNQUFNO0FBQUEsVUFDbkIsU0FBUyxLQUFLO0FBQUEsVUFDZCxjQUFjO0FBQUEsVUFDZCxHQUFJLFNBQVMsT0FBTyxDQUFDLElBQUksRUFBRSxnQkFBZ0IsbUJBQW1CO0FBQUEsUUFDaEU7QUFBQSxRQUNBLE1BQUFDO0FBQUEsUUFDQTtBQUFBLFFBQ0Esa0JBQWtCLFNBQVMsTUFBTTtBQUFBLE1BQ25DLENBQUM7QUFDRCxVQUFJLENBQUNELFFBQVEsUUFBTyxFQUFFLFVBQVUsU0FBUyxPQUFVO0FBQ25ELFlBQU0sRUFBRSxRQUFRLFFBQVEsSUFBSTtBQUM1QixZQUFNLFNBQVMsV0FBVyxnQkFBZ0IsTUFBTTtBQUNoRCxZQUFNLFVBQTBCO0FBQUEsUUFDOUIsU0FBUyxNQUFNO0FBQUEsUUFDZixTQUFTLEtBQUs7QUFBQSxRQUNkO0FBQUEsUUFDQTtBQUFBLFFBQ0EsTUFBTTtBQUFBLFFBQ047QUFBQSxRQUNBO0FBQUEsUUFDQSxTQUFTLENBQUMsVUFBVSxjQUFjLFFBQVEsU0FBUyxRQUFRLGNBQWMsQ0FBQztBQUFBLFFBQzFFLFlBQVksUUFBUTtBQUFBLFFBQ3BCO0FBQUEsTUFDRjtBQUNBLHFCQUFlLE9BQU87QUFDdEIsYUFBTyxFQUFFLFVBQVUsUUFBUTtBQUFBLElBQzdCLENBQUM7QUFBQSxFQUNIO0FBQ0Y7OztBT3BIQSxTQUFTLG1CQUFtQjtBQUM1QixPQUFPRSxXQUFVO0FBUWpCLElBQU0sUUFBUSxJQUFJLFlBQVkscUJBQXFCLE1BQWdCLEtBQUssTUFBTSxLQUFLLG1CQUFtQixDQUFDLENBQUM7QUFNakcsU0FBUyxjQUFjLEtBQW9CO0FBQ2hELFFBQU0sS0FBS0MsTUFBSyxHQUFHO0FBQ25CLFFBQU0sWUFBWUEsTUFBSyxHQUFHO0FBRTFCLFFBQU0sT0FBTyxPQUFPLEtBQUssT0FBTyxhQUFhLE1BQU0sTUFBTTtBQUN6RCxTQUFPLFlBQVksSUFBSSxRQUFRLE1BQU0sSUFBSSxTQUFTO0FBQ3BEOzs7QUNsQk8sSUFBTSxTQUE0QixVQUFVLHNEQUFzRCxDQUFDLFFBQVE7QUFDaEgsUUFBTSxRQUFRLHdCQUF3QixLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNoRSxTQUFPLFFBQVEsS0FBSyxTQUFTLE1BQU0sUUFBUTtBQUM3QyxDQUFDO0FBR00sSUFBTSxRQUEyQixVQUFVLHFDQUFxQyxDQUFDLFFBQVE7QUFDOUYsUUFBTSxRQUFRLDJDQUEyQyxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNuRixTQUFPLFNBQVMsS0FBSyxTQUFTLElBQUksUUFBUTtBQUM1QyxDQUFDO0FBR00sU0FBUyxLQUFLLEtBQWdDO0FBQ25ELFNBQU8sVUFBVSw0QkFBNEIsR0FBRyxJQUFJLENBQUMsUUFBUTtBQUMzRCxVQUFNLFFBQVEsWUFBWSxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNwRCxXQUFPLFNBQVMsS0FBSyxTQUFTLE1BQU0sUUFBUTtBQUFBLEVBQzlDLENBQUM7QUFDSDtBQUdPLElBQU0sZ0JBQWdCO0FBaUJ0QixTQUFTLFdBQVcsS0FBVSxVQUEwQjtBQUM3RCxTQUFPLFFBQVEsS0FBSyxXQUFXLEtBQUssYUFBYSxHQUFHLFFBQVE7QUFDOUQ7QUFHTyxTQUFTLGFBQWEsS0FBVSxVQUFrQixVQUEwQjtBQUNqRixTQUFPLFFBQVEsS0FBSyxVQUFVLFVBQVUsUUFBUTtBQUNsRDtBQUdPLElBQU0sZUFBa0M7QUFBQSxFQUFVO0FBQUEsRUFBMkMsQ0FBQyxRQUNuRyxpQkFBaUIsS0FBSyxHQUFHLEtBQUssV0FBVyxHQUFHLE1BQU0sU0FBWSxNQUFNO0FBQ3RFO0FBR08sU0FBUyxTQUFTLEtBQVUsVUFBa0IsVUFBMEI7QUFDN0UsU0FBTyxRQUFRLEtBQUssVUFBVSxjQUFjLFFBQVE7QUFDdEQ7OztBQzFDTyxTQUFTLFdBQVcsS0FBZTtBQUN4QyxTQUFPO0FBQUEsSUFDTCxXQUFXLFFBQVEsS0FBSyxZQUFZLE9BQU8sR0FBRztBQUFBLElBQzlDLFlBQVksUUFBUSxLQUFLLG1CQUFtQixLQUFLLEdBQUcsR0FBRyxDQUFDO0FBQUEsRUFDMUQ7QUFDRjtBQU9PLFNBQVMsWUFBWSxHQUFXLFNBQWlCLEtBQWlCO0FBQ3ZFLE1BQUksSUFBSSxJQUFJLFVBQVcsUUFBTztBQUM5QixNQUFJLFlBQVksRUFBRyxRQUFPO0FBQzFCLE1BQUksV0FBVyxJQUFJLFdBQVksUUFBTztBQUN0QyxTQUFPLElBQUksSUFBSSxhQUFhLElBQUksSUFBSSxhQUFhLElBQUksV0FBVztBQUNsRTtBQUdPLFNBQVMsWUFBWSxHQUFXLFFBQW1DO0FBQ3hFLFNBQU8sT0FBTyxLQUFLLElBQUksT0FBTyxTQUFTLEdBQUcsS0FBSyxNQUFNLElBQUksT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMxRTs7O0FDckNBLE9BQU9DLFdBQVU7QUFXakIsSUFBSTtBQU9HLFNBQVMsTUFBTUMsU0FBNEI7QUFDaEQsTUFBSSxDQUFDLFNBQVM7QUFDWixVQUFNLFNBQVNDLE1BQUssS0FBSyxRQUFRLE1BQU0sVUFBVUQsUUFBTztBQUN4RCxjQUFVLEVBQUUsUUFBUSxRQUFRLFVBQVUsTUFBTSxFQUFFO0FBQUEsRUFDaEQ7QUFDQSxTQUFPO0FBQ1Q7OztBQ3hCQSxTQUFTLGFBQWE7QUFDdEIsU0FBUyxlQUFlOzs7QUNjakIsSUFBTSxlQUFlO0FBT3JCLFNBQVMsV0FBVyxNQUFlLFVBQXlCLGFBQXFCLE9BQStCO0FBRXJILFFBQU0sWUFDSixTQUFTLGlCQUFpQiw0QkFBNEIsZ0JBQWdCLE1BQU0sTUFBZ0IsQ0FBQyxLQUMzRixTQUFTLFlBQVksZUFBZSxXQUFXLE9BQy9DO0FBQ0osUUFBTSxVQUFVLGFBQWEsT0FBTyxTQUFTO0FBQzdDLFFBQU0sUUFBUSxZQUFZLE9BQU8sU0FBUyxpQkFBaUIsVUFBVSxLQUFLO0FBQzFFLE1BQUksU0FBUyxXQUFXO0FBQ3RCLFVBQU0sSUFBSSxZQUFZO0FBQ3RCLFVBQU0sV0FBVyxhQUFhLE9BQU8sQ0FBQyxDQUFDO0FBQ3ZDLFdBQU87QUFBQSxNQUNMLFFBQVEsc0JBQXNCLENBQUMscUNBQXFDLFFBQVE7QUFBQSxNQUM1RSxrQkFBa0IsNkJBQTZCLEtBQUssTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLFFBQVE7QUFBQSxNQUM3RTtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sU0FDSixTQUFTLGlCQUNMLFdBQVcsc0JBQXNCLE9BQU8sRUFBRSxtQkFBbUIsUUFBUSxDQUFDLElBQ3RFLFdBQVcsNEJBQTRCLE9BQU8sRUFBRSxRQUFRLE9BQU8sQ0FBQztBQUN0RSxTQUFPLEVBQUUsUUFBUSxrQkFBa0IsUUFBUSxTQUFTLE1BQU07QUFDNUQ7QUFHQSxTQUFTLFdBQVcsU0FBaUIsT0FBbUIsTUFBc0M7QUFDNUYsU0FBTyxRQUFRLE9BQU8sR0FBRyxhQUFhLE9BQU8sSUFBSSxDQUFDLHlCQUF5QixPQUFPLEdBQUcsYUFBYSxPQUFPLENBQUMsQ0FBQyxDQUFDO0FBQzlHO0FBRUEsU0FBUyxhQUFhLE9BQW1CLE9BQXVDO0FBQzlFLFFBQU0sU0FBUyxFQUFFLFFBQVEsTUFBTSxRQUFRLE9BQU8sTUFBTSxPQUFPLFFBQVEsTUFBTSxRQUFRLEdBQUcsTUFBTTtBQUMxRixTQUFPLElBQUksT0FBTyxRQUFRLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxHQUFHLENBQUMsS0FBSyxDQUFDLEdBQUcsRUFBRSxLQUFLLElBQUksQ0FBQztBQUM3RTtBQVFPLFNBQVMsb0JBQW9CLFFBQXdCO0FBQzFELFNBQU8sZUFBZSxPQUFPLFdBQVcsS0FBSyxLQUFLLENBQUM7QUFDckQ7QUFPTyxTQUFTLGFBQWEsT0FBbUIsV0FBNEI7QUFDMUUsUUFBTSxRQUFRO0FBQUEsSUFDWiw0QkFBNEIsWUFBWTtBQUFBLElBQ3hDO0FBQUEsSUFDQSx1QkFBdUIsTUFBTSxNQUFNO0FBQUEsSUFDbkMsd0JBQXdCLE1BQU0sS0FBSztBQUFBLElBQ25DLDRCQUE0QixvQkFBb0IsTUFBTSxNQUFNLENBQUM7QUFBQSxJQUM3RCxHQUFJLFlBQVksQ0FBQyxTQUFTLElBQUksQ0FBQztBQUFBLEVBQ2pDO0FBQ0EsU0FBTyxLQUFLLE1BQU0sS0FBSyxNQUFNLENBQUM7QUFDaEM7QUFRTyxTQUFTLFlBQVksT0FBbUIsT0FBZ0M7QUFDN0UsUUFBTSxRQUFRLFVBQVUsVUFBVSxvQkFBb0I7QUFDdEQsU0FBTyxrQkFBa0IsWUFBWSxNQUFNLE1BQU0sR0FBRyxLQUFLLE1BQU0sS0FBSyxJQUFJLEtBQUssaUJBQWlCLGNBQWMsTUFBTSxRQUFRLE1BQU0sTUFBTSxDQUFDO0FBQ3pJOzs7QUN2Rk8sSUFBTSxVQUFVLENBQUMsT0FBTyxRQUFRLFFBQVE7QUFLeEMsSUFBTSxpQkFBaUI7QUFNdkIsSUFBTSwrQkFBK0I7QUE4QnJDLFNBQVMsYUFBYSxPQUE0QjtBQUN2RCxRQUFNLFlBQVksYUFBYSxNQUFNLEdBQUc7QUFDeEMsUUFBTSxNQUFNLE1BQU0saUJBQWlCLFdBQVcsYUFBYTtBQUMzRCxRQUFNLE9BQWMsQ0FBQztBQUNyQixhQUFXLFNBQVMsTUFBTSxRQUFRO0FBQ2hDLGVBQVcsVUFBVSxNQUFNLFdBQVcsU0FBUztBQUM3QyxZQUFNLFFBQVEsR0FBRyxNQUFNLEtBQUssS0FBSztBQUNqQyxZQUFNLFFBQW9CLEVBQUUsUUFBUSxNQUFNLFFBQVEsT0FBTyxRQUFRLElBQUk7QUFDckUsaUJBQVcsWUFBWSxVQUFVLE9BQU8sQ0FBQyxjQUFjLFVBQVUsU0FBUyxTQUFTLE1BQU0sS0FBSyxJQUFJLEdBQUc7QUFDbkcsY0FBTSxZQUFZLFNBQVMsVUFBVSxNQUFNO0FBQzNDLGFBQUssS0FBSztBQUFBLFVBQ1IsSUFBSSxHQUFHLFNBQVMsUUFBUSxJQUFJLE9BQU8sWUFBWSxDQUFDLElBQUksS0FBSztBQUFBLFVBQ3pELGFBQWEsU0FBUyxZQUFZLE9BQU8sTUFBTTtBQUFBLFVBQy9DLE1BQU0sU0FBUztBQUFBLFVBQ2YsUUFBUSxTQUFTO0FBQUEsVUFDakIsTUFBTSxFQUFFLE9BQU8sT0FBTztBQUFBLFVBQ3RCLE1BQU0sU0FBUztBQUFBLFVBQ2Y7QUFBQSxVQUNBLFNBQVMsV0FBVyxTQUFTLE1BQU0sV0FBVyxTQUFTLElBQUksR0FBRyxVQUFVLE9BQU8sS0FBSztBQUFBLFVBQ3BGO0FBQUEsVUFDQSxPQUFPLFNBQVM7QUFBQSxRQUNsQixDQUFDO0FBQUEsTUFDSDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxhQUFhRSxNQUF5QztBQUM3RCxRQUFNLGlCQUFpQixDQUFDLFdBQW1CLGNBQWNBLEtBQUksU0FBUyxRQUFRQSxLQUFJLFlBQVk7QUFDOUYsUUFBTSxXQUFXLENBQUMsV0FDaEJBLEtBQUksWUFBWSxhQUFhLFdBQVcsU0FBUyxxREFBcUQ7QUFDeEcsUUFBTSxVQUFVLENBQUMsTUFBeUIsUUFBNkI7QUFBQSxJQUNyRSxNQUFNO0FBQUEsSUFDTixVQUFVLFdBQVcsS0FBSyxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQUEsSUFDOUMsUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBLE9BQU87QUFBQSxJQUNQLFdBQVcsT0FBTyxFQUFFLElBQUksS0FBSyxPQUFPLElBQUksTUFBTSxLQUFLO0FBQUEsSUFDbkQsYUFBYSxDQUFDLFVBQVUsR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsUUFBUSxLQUFLLDJCQUEyQixFQUFFO0FBQUEsRUFDeEY7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsTUFBTTtBQUFBLE1BQ04sVUFBVTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsV0FBVyxDQUFDLFlBQVksRUFBRSxJQUFJLEtBQUssT0FBTyxlQUFlLE1BQU0sR0FBRyxNQUFNLFFBQVE7QUFBQSxNQUNoRixhQUFhLENBQUMsT0FBTyxXQUFXLEdBQUcsUUFBUSxJQUFJLGVBQWUsTUFBTSxDQUFDLENBQUMsT0FBTyxLQUFLLG9CQUFvQixTQUFTLE1BQU0sQ0FBQztBQUFBLElBQ3hIO0FBQUEsSUFDQSxRQUFRLFNBQVNBLEtBQUksS0FBSztBQUFBLElBQzFCLFFBQVEsU0FBU0EsS0FBSSxLQUFLO0FBQUEsSUFDMUI7QUFBQTtBQUFBO0FBQUEsTUFHRSxNQUFNO0FBQUEsTUFDTixTQUFTLENBQUMsS0FBSztBQUFBLE1BQ2YsVUFBVTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsV0FBVyxPQUFPLEVBQUUsSUFBSSxLQUFLLE9BQU8sTUFBTUEsS0FBSSxNQUFNLEdBQUcsTUFBTSxRQUFRO0FBQUEsTUFDckUsYUFBYSxDQUFDLFVBQVUsR0FBRyxRQUFRQSxLQUFJLE1BQU0sQ0FBQyxxQkFBcUIsS0FBSztBQUFBLElBQzFFO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxjQUFjLFNBQXFCLFFBQWdCLFdBQTJCO0FBQ3JGLFFBQU0sU0FBUyxNQUFNLElBQUksU0FBUztBQUNsQyxTQUFPLFlBQVksYUFBYSxXQUFXLFNBQVMsS0FBSyxJQUFJLFFBQVEsNEJBQTRCLElBQUk7QUFDdkc7QUFFQSxTQUFTLFdBQVcsTUFBOEI7QUFDaEQsU0FBTyxTQUFTLFNBQVMsT0FBTyxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJO0FBQzlEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJO0FBQ25DO0FBRUEsU0FBUyxRQUFRQyxRQUF1QjtBQUN0QyxTQUFPLEdBQUcsTUFBTUEsU0FBUSxHQUFHLENBQUM7QUFDOUI7OztBRjNIQSxJQUFNLGdCQUFnQixJQUFJLFFBQVEsY0FBYztBQU16QyxTQUFTLFFBQVcsT0FBVSxNQUE2Q0MsT0FBa0Q7QUFDbEksTUFBSSxNQUFNO0FBQ1YsYUFBVyxDQUFDLE1BQU0sU0FBUyxLQUFLLE9BQU8sUUFBUSxJQUFJLEdBQUc7QUFDcEQsVUFBTSxTQUFTLE1BQU0sT0FBTyxFQUFFLENBQUMsSUFBSSxHQUFHLFVBQVUsR0FBR0EsS0FBSTtBQUN2RCxrQkFBYyxJQUFJLEdBQUcsRUFBRSxHQUFHQSxPQUFNLFFBQVEsT0FBTyxNQUFNLEVBQUUsQ0FBQztBQUN4RCxVQUFNLE9BQU87QUFBQSxFQUNmO0FBQ0EsU0FBTztBQUNUOzs7QUdmTyxTQUFTLFVBQVUsTUFBZ0IsT0FBZSxNQUE0RDtBQUNuSCxRQUFNLFNBQVMsUUFBUSxNQUFNLE1BQU0sRUFBRSxPQUFPLFFBQVEsTUFBTSxDQUFDO0FBQzNELE1BQUksQ0FBQyxVQUFVLEtBQUssUUFBUyxnQkFBZSxFQUFFLEdBQUcsS0FBSyxTQUFTLGFBQWEsS0FBSyxDQUFDO0FBQ2xGLFNBQU87QUFDVDs7O0FDSE8sU0FBUyxTQUFTLFNBQWlCLEtBQVksUUFBbUM7QUFDdkYsUUFBTSxTQUFTLElBQUksZUFBZSxTQUFTLEtBQUssT0FBTztBQUN2RCxNQUFJLFVBQVU7QUFDZCxhQUFXLFNBQVMsUUFBUTtBQUMxQixVQUFNLEVBQUUsVUFBVSxNQUFNLElBQUksT0FBTyxLQUFLLEtBQUs7QUFDN0MsUUFBSSxDQUFDLE9BQU87QUFDVixjQUFRLEtBQUssZUFBZSxLQUFLLGFBQWEsU0FBUyxNQUFNLGdCQUFnQixJQUFJLE1BQU0sZUFBZTtBQUN0RztBQUFBLElBQ0Y7QUFDQSxlQUFXLFFBQVEsTUFBTSxPQUFPLENBQUNDLFNBQVEsYUFBYUEsTUFBSyxJQUFJLE1BQU0sQ0FBQyxHQUFHO0FBQ3ZFLFVBQUksT0FBTyxPQUFPLE9BQU8sSUFBSSxFQUFFLFdBQVcsZ0JBQWdCLE9BQVE7QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFDQSxNQUFJLFVBQVUsRUFBRyxTQUFRLEtBQUssa0JBQWtCLE9BQU8saUJBQWlCLElBQUksTUFBTSxFQUFFO0FBQ3BGLFNBQU87QUFDVDs7O0FDR08sU0FBUyxhQUFhQyxTQUFxQixLQUF3QjtBQUN4RSxRQUFNLFVBQWlCLENBQUM7QUFDeEIsTUFBSTtBQUNKLFNBQU87QUFBQSxJQUNMLFFBQWM7QUFDWixZQUFNLE1BQU0sTUFBTUEsT0FBTTtBQUN4QiwwQkFBVyxJQUFJLGVBQWVBLFFBQU8sU0FBUyxHQUFHO0FBQ2pELFlBQU0sUUFBUSxZQUFZLEtBQUssT0FBTyxHQUFHLFFBQVEsUUFBUSxHQUFHO0FBQzVELFVBQUksVUFBVSxVQUFVO0FBQ3RCLGNBQU1DLE9BQU0sUUFBUSxNQUFNO0FBQzFCLGVBQU8sT0FBT0EsS0FBSSxPQUFPQSxLQUFJLElBQUk7QUFDakM7QUFBQSxNQUNGO0FBQ0EsWUFBTSxRQUFRLFlBQVksS0FBSyxPQUFPLEdBQUdELFFBQU8sTUFBTTtBQUN0RCxVQUFJLFVBQVUsUUFBUTtBQUNwQixjQUFNLE9BQU8sT0FBTyxLQUFLLEtBQUs7QUFFOUIsWUFBSSxLQUFLLFNBQVMsV0FBVyxnQkFBZ0IsS0FBSztBQUNoRCxvQkFBVSxNQUFNLE9BQU8sRUFBRSxnQ0FBZ0MsQ0FBQyxXQUFXLE9BQU8sVUFBVSxPQUFVLENBQUM7QUFBQSxRQUNuRztBQUNBO0FBQUEsTUFDRjtBQUNBLFlBQU0sT0FBTyxjQUFjLEdBQUc7QUFHOUIsVUFBSSxPQUFPLE9BQU8sT0FBTyxJQUFJLEVBQUUsV0FBVyxnQkFBZ0IsS0FBTSxTQUFRLEtBQUssRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQzlGO0FBQUEsSUFDQSxRQUFjO0FBQ1osZUFBU0EsUUFBTyxTQUFTLE1BQU1BLE9BQU0sR0FBR0EsUUFBTyxNQUFNO0FBQUEsSUFDdkQ7QUFBQSxFQUNGO0FBQ0Y7OztBQ25ETyxJQUFNLGNBQWM7QUFBQSxFQUN6QjtBQUFBLEVBQVM7QUFBQSxFQUFZO0FBQUEsRUFBVTtBQUFBLEVBQVU7QUFBQSxFQUFRO0FBQUEsRUFBUztBQUFBLEVBQVM7QUFBQSxFQUNuRTtBQUFBLEVBQWU7QUFBQSxFQUFZO0FBQUEsRUFBVztBQUN4Qzs7O0FDSE8sU0FBUyxZQUFZRSxTQUE4QjtBQUN4RCxTQUFPO0FBQUEsSUFDTCxNQUFNLEVBQUUsR0FBR0EsUUFBTyxNQUFNLFFBQVFBLFFBQU8sT0FBTztBQUFBLElBQzlDLFlBQVk7QUFBQSxJQUNaLFdBQVcsWUFBWUEsUUFBTyxRQUFRLGFBQWEsRUFBRTtBQUFBO0FBQUEsSUFFckQsdUJBQXVCO0FBQUEsSUFDdkIsY0FBYztBQUFBLElBQ2QsaUJBQWlCO0FBQUEsRUFDbkI7QUFDRjs7O0FDZ0JPLElBQU0sb0JBQXNELEVBQUUsTUFBTSxHQUFHLE1BQU0sSUFBSSxNQUFNLEtBQUs7QUFHNUYsU0FBUyxRQUFRQyxXQUEwQjtBQUVoRCxVQUFRLFdBQVdBLFNBQVEsS0FBSyxLQUFLO0FBQ3ZDO0FBZ0NBLElBQU0sb0JBQW9CO0FBT25CLFNBQVMsT0FBTyxlQUF1QixRQUE2RDtBQUN6RyxRQUFNLFNBQVMsS0FBSyxLQUFLLGdCQUFnQixvQkFBb0IsQ0FBQztBQUM5RCxTQUFPLEVBQUUsaUJBQWlCLEtBQUssSUFBSSxRQUFRLEtBQUssSUFBSSxHQUFHLE1BQU0sQ0FBQyxHQUFHLE9BQU87QUFDMUU7QUFHTyxTQUFTLFVBQVVDLE9BQW9CO0FBQzVDLFNBQU9BLE1BQUssT0FBTyxrQkFBa0JBLE1BQUssUUFBUTtBQUNwRDs7O0FDdkVPLElBQU0sZUFBc0MsQ0FBQyxXQUFXLGdCQUFnQjtBQVF4RSxJQUFNLFlBQWdDLENBQUMsUUFBUSxRQUFRLFFBQVE7QUE0Qi9ELElBQU0saUJBQWlCO0FBRXZCLElBQU0saUJBQWlCO0FBRXZCLElBQU0sdUJBQXVCO0FBRTdCLElBQU0sc0JBQXNCO0FBR25DLElBQU0sUUFBMkIsVUFBVSx3Q0FBd0MsQ0FBQyxRQUFRO0FBQzFGLE1BQUksQ0FBQyxnQkFBZ0IsS0FBSyxHQUFHLEVBQUcsUUFBTztBQUN2QyxRQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFNBQU8sUUFBUSxLQUFLLFFBQVEsSUFBSSxRQUFRO0FBQzFDLENBQUM7QUFHRCxTQUFTLFFBQVEsT0FBZSxXQUFzQztBQUNwRSxTQUFPLFVBQVUsOEJBQThCLEtBQUssS0FBSyxTQUFTLEtBQUssQ0FBQyxRQUFRO0FBQzlFLFVBQU0sUUFBUSxhQUFhLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ3JELFdBQU8sU0FBUyxTQUFTLFNBQVMsS0FBSyxLQUFLLElBQUksUUFBUTtBQUFBLEVBQzFELENBQUM7QUFDSDtBQUdBLElBQU0sZ0JBQWdCLFNBQVMseUJBQXlCLDhDQUE4QztBQU0vRixTQUFTLGlCQUFpQixLQUFVLGFBQW1DO0FBQzVFLFFBQU0sUUFBUSxRQUFRLEtBQUssY0FBYyxpQkFBaUIsY0FBYztBQUN4RSxTQUFPO0FBQUEsSUFDTCxTQUFTLFFBQVEsS0FBSyxlQUFlLE1BQU0sWUFBWSxHQUFHLFNBQVM7QUFBQSxJQUNuRSxNQUFNLFFBQVEsS0FBSyxZQUFZLE1BQU0sU0FBUyxHQUFHLFdBQVc7QUFBQSxJQUM1RDtBQUFBLElBQ0EsT0FBTyxRQUFRLEtBQUssY0FBYyxRQUFRLE9BQU8sWUFBWSxHQUFHLEtBQUssSUFBSSxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsSUFDL0YsY0FBYyxRQUFRLEtBQUssb0JBQW9CLE9BQU8sb0JBQW9CO0FBQUEsSUFDMUUsUUFBUSxRQUFRLEtBQUssY0FBYyxPQUFPLG9CQUFvQjtBQUFBLElBQzlELFlBQVksUUFBUSxLQUFLLG1CQUFtQixVQUFVLG1CQUFtQjtBQUFBLElBQ3pFLFNBQVM7QUFBQSxNQUNQLEtBQUssUUFBUSxLQUFLLGVBQWUsS0FBSyx1QkFBdUI7QUFBQSxNQUM3RCxVQUFVLFFBQVEsS0FBSyxxQkFBcUIsZUFBZSxPQUFPO0FBQUEsTUFDbEUsU0FBUyxRQUFRLEtBQUssb0JBQW9CLGVBQWUsTUFBTTtBQUFBLE1BQy9ELFVBQVUsUUFBUSxLQUFLLHFCQUFxQixlQUFlLE9BQU87QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFDRjs7O0FDNUZPLElBQU0sdUJBQXVCO0FBc0I3QixTQUFTLGVBQWUsS0FBMEI7QUFDdkQsUUFBTSxRQUFRLFFBQWMsS0FBSyxlQUFlLE1BQWUsRUFBRSxNQUFNLElBQUksVUFBVSxLQUFLLENBQUM7QUFDM0YsUUFBTSxZQUFZLFFBQVEsS0FBSyxjQUFjLEtBQUssR0FBUyxHQUFHLEVBQUU7QUFDaEUsUUFBTSxRQUFRLFFBQVEsS0FBSyxlQUFlLEtBQUssb0JBQW9CLEdBQUcsRUFBRTtBQUN4RSxRQUFNLE9BQU8sYUFBYSxLQUFLLGlCQUFpQixJQUFJO0FBQ3BELFFBQU0sT0FBTyxTQUFTLEtBQUssYUFBYSxJQUFJO0FBQzVDLFFBQU0sU0FBUyxXQUFXLEtBQUssR0FBSTtBQUNuQyxRQUFNLFlBQVksTUFBTSxLQUFLLEVBQUUsUUFBUSxNQUFNLEdBQUcsQ0FBQyxHQUFHLE1BQU0sTUFBTSxPQUFPLElBQUksU0FBUztBQUNwRixRQUFNLFNBQWtCLENBQUMsRUFBRSxVQUFVLE1BQU0sUUFBUSxVQUFVLENBQUMsRUFBRSxDQUFDO0FBQ2pFLGFBQVcsVUFBVSxVQUFVLE1BQU0sQ0FBQyxFQUFHLFFBQU8sS0FBSyxFQUFFLFVBQVUsTUFBTSxPQUFPLEdBQUcsRUFBRSxVQUFVLE1BQU0sT0FBTyxDQUFDO0FBQzNHLFFBQU0sT0FBTyxVQUFVLEVBQUUsTUFBTSxVQUFVLFFBQVEsQ0FBQyxHQUFHLFVBQVUsTUFBTSxTQUFTLENBQUM7QUFDL0UsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLE1BQ1IsVUFBVTtBQUFBLE1BQ1YsV0FBVyxVQUFVLENBQUM7QUFBQSxNQUN0QixVQUFVLE1BQU07QUFBQSxNQUNoQjtBQUFBLE1BQ0EsR0FBRyxPQUFPLE1BQU0sTUFBTTtBQUFBLE1BQ3RCLGNBQWM7QUFBQSxJQUNoQjtBQUFBLElBQ0E7QUFBQSxJQUNBLFVBQVUsTUFBTTtBQUFBLElBQ2hCLGFBQWEsUUFBUSxJQUFJO0FBQUEsSUFDekIsYUFBYSxRQUFRLElBQUk7QUFBQTtBQUFBLElBRXpCLE9BQU8saUJBQWlCLEtBQUssUUFBUSxFQUFFO0FBQUEsSUFDdkMsY0FBYyxRQUFRLEtBQUssb0JBQW9CLE9BQU8sSUFBSTtBQUFBLEVBQzVEO0FBQ0Y7QUFHTyxTQUFTLE9BQU9DLE9BQXNCLGdCQUFnQztBQUMzRSxNQUFJLGlCQUFpQkEsTUFBSyxZQUFhLFFBQU87QUFDOUMsUUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLGlCQUFpQkEsTUFBSyxnQkFBZ0JBLE1BQUssY0FBY0EsTUFBSyxZQUFZO0FBQ3ZHLFNBQU8sS0FBSyxJQUFJLE1BQU1BLE1BQUssVUFBVSxTQUFTLENBQUM7QUFDakQ7QUFHTyxTQUFTLFdBQVcsUUFBK0QsTUFBc0I7QUFDOUcsU0FBTyxHQUFHLE1BQU0sU0FBUyxJQUFJO0FBQy9CO0FBVU8sU0FBUyxlQUFlQSxPQUF1RDtBQUNwRixRQUFNLGFBQThDLENBQUM7QUFDckQsRUFBQUEsTUFBSyxVQUFVLFFBQVEsQ0FBQyxHQUFHLFNBQVM7QUFDbEMsZUFBVyxXQUFXLHFCQUFxQixJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsV0FBVyxTQUFTQSxNQUFLLEtBQUssSUFBSSxhQUFhLEtBQUssQ0FBQztBQUM1RyxlQUFXLFdBQVcsbUJBQW1CLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxXQUFXLFFBQVFBLE1BQUssWUFBWSxJQUFJLGFBQWEsS0FBSyxDQUFDO0FBQ2hILGVBQVcsV0FBVyxhQUFhLElBQUksQ0FBQyxJQUFJLENBQUMsVUFBVTtBQUFBLEVBQ3pELENBQUM7QUFDRCxTQUFPO0FBQ1Q7QUFHTyxTQUFTLFlBQVlBLE9BQXNCLFNBQXVGO0FBQ3ZJLFNBQU9BLE1BQUssVUFBVSxJQUFJLENBQUMsR0FBRyxTQUFTO0FBQ3JDLFVBQU0sV0FBVyxRQUFRLFdBQVcsYUFBYSxJQUFJLENBQUMsR0FBRyxPQUFPLFNBQVM7QUFDekUsVUFBTSxRQUFRLENBQUMsUUFBaUQsU0FDOUQsV0FBVyxJQUFLLFFBQVEsV0FBVyxRQUFRLElBQUksQ0FBQyxHQUFHLE9BQU8sSUFBSSxLQUFLLE9BQVE7QUFDN0UsV0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLHFCQUFxQixPQUFPLEdBQUcsV0FBVyxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUztBQUFBLEVBQ25ILENBQUM7QUFDSDtBQUdPLFNBQVMsZUFBZSxRQUFrQztBQUMvRCxNQUFJLE9BQU8sZUFBZSxNQUFNO0FBQzlCLFdBQU8sOENBQThDLE9BQU8sZUFBZSxDQUFDLGVBQWUsT0FBTyxRQUFRO0FBQUEsRUFDNUc7QUFDQSxRQUFNLE9BQU8sT0FBTyxnQkFBZ0IsT0FBTyxpQ0FBaUMsd0JBQXdCLE9BQU8sV0FBVztBQUN0SCxTQUFPLHdCQUF3QixPQUFPLFVBQVUsZ0JBQWdCLE9BQU8sV0FBVyxLQUFLLE9BQU8sTUFBTSxNQUFNLElBQUk7QUFDaEg7QUEwQk8sU0FBUyxXQUFXQSxPQUFzQixPQUF1QztBQUN0RixRQUFNLE1BQU0sQ0FBQyxTQUFpQixVQUFVLEVBQUUsTUFBTUEsTUFBSyxVQUFVLElBQUksR0FBRyxVQUFVQSxNQUFLLFNBQVMsQ0FBQztBQUMvRixRQUFNLE1BQU0sTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsQ0FBQztBQUM5QyxhQUFXLEtBQUssS0FBSztBQUNuQixVQUFNLE9BQU8sRUFBRSxVQUFVLFFBQVEsRUFBRSxTQUFTQSxNQUFLO0FBQ2pELFVBQU0sVUFBVSxFQUFFLGNBQWMsUUFBUSxFQUFFLGFBQWFBLE1BQUs7QUFDNUQsUUFBSSxRQUFRLFNBQVM7QUFDbkIsWUFBTSxTQUFTLE9BQ1gsT0FBTyxFQUFFLE1BQU8sUUFBUSxDQUFDLENBQUMsU0FBU0EsTUFBSyxLQUFLLFFBQzdDLGVBQWUsRUFBRSxZQUFhLEtBQUssUUFBUSxDQUFDLENBQUMsUUFBUUEsTUFBSyxlQUFlLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDNUYsYUFBTztBQUFBLFFBQ0wsYUFBYSxFQUFFO0FBQUEsUUFDZixZQUFZLElBQUksRUFBRSxJQUFJO0FBQUEsUUFDdEIsYUFBYSxFQUFFLE9BQU8sSUFBSSxJQUFJLEVBQUUsT0FBTyxDQUFDLElBQUk7QUFBQSxRQUM1QztBQUFBLFFBQ0EsVUFBVSxJQUFJO0FBQUEsUUFDZDtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sT0FBTyxJQUFJLFNBQVMsSUFBSSxJQUFJLFNBQVMsQ0FBQyxFQUFFLE9BQU87QUFDckQsU0FBTyxFQUFFLGFBQWEsTUFBTSxZQUFZLE1BQU0sYUFBYSxTQUFTLE9BQU8sT0FBTyxJQUFJLElBQUksR0FBRyxRQUFRLE1BQU0sVUFBVSxJQUFJLFFBQVEsTUFBTTtBQUN6STs7O0FDMUlPLFNBQVMsV0FBVyxNQUFlLFdBQXlCLFVBQWtCLE9BQTZCO0FBQ2hILE1BQUksU0FBUyxRQUFRO0FBQ25CLFVBQU0sZUFBZSxVQUFVLEdBQUcsV0FBVyxHQUFHLElBQUksV0FBVyxJQUFJO0FBQ25FLFVBQU1DLFdBQVUsVUFBVSxHQUFHLFdBQVcsR0FBRyxJQUFJLFVBQVUsUUFBUSxJQUFJLFVBQVU7QUFDL0UsV0FBT0EsV0FBVSxJQUFJLGVBQWVBLFdBQVUsZUFBZSxJQUFJLFdBQVc7QUFBQSxFQUM5RTtBQUNBLFFBQU0sVUFBVSxJQUFJLE9BQU8sS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLElBQUk7QUFDaEQsU0FBTyxZQUFZLFNBQVMsRUFBRSxDQUFDLElBQUksR0FBRyxTQUFTLEdBQUcsVUFBVSxLQUFLLElBQUk7QUFDdkU7QUFHTyxTQUFTLFlBQVksT0FBb0IsT0FBdUI7QUFDckUsUUFBTSxTQUFrQztBQUFBLElBQ3RDLENBQUMsT0FBTyxDQUFDO0FBQUEsSUFDVCxDQUFDLE9BQU8sR0FBRztBQUFBLElBQ1gsQ0FBQyxTQUFTLEdBQUc7QUFBQSxJQUNiLENBQUMsU0FBUyxJQUFJO0FBQUEsSUFDZCxDQUFDLFNBQVMsSUFBSTtBQUFBLElBQ2QsQ0FBQyxPQUFPLENBQUM7QUFBQSxFQUNYLEVBQ0csT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLE9BQU8sTUFBTSxJQUFjLE1BQU0sUUFBUSxFQUM1RCxJQUFJLENBQUMsQ0FBQyxNQUFNLElBQUksTUFBTSxDQUFDLE1BQU0sSUFBYyxHQUFHLElBQWMsQ0FBQztBQUNoRSxNQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEMsTUFBSSxRQUFRLE9BQU8sQ0FBQyxFQUFFLENBQUMsRUFBRyxRQUFPLElBQUksT0FBTyxDQUFDLEVBQUUsQ0FBQztBQUNoRCxXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sUUFBUSxLQUFLO0FBQ3RDLFVBQU0sQ0FBQyxVQUFVLE9BQU8sSUFBSSxPQUFPLElBQUksQ0FBQztBQUN4QyxVQUFNLENBQUMsV0FBVyxRQUFRLElBQUksT0FBTyxDQUFDO0FBQ3RDLFFBQUksUUFBUSxXQUFXO0FBQ3JCLFlBQU0sT0FBTyxjQUFjLFdBQVcsVUFBVSxXQUFZLFFBQVEsYUFBYSxZQUFZLGFBQWMsV0FBVztBQUN0SCxhQUFPLElBQUk7QUFBQSxJQUNiO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUUsQ0FBQztBQUN4Qzs7O0FDdENPLFNBQVMsYUFBYSxRQUFnQkMsT0FBc0M7QUFDakYsUUFBTSxTQUFTLE9BQU8sUUFBUUEsS0FBSSxFQUFFLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRTtBQUMzRSxTQUFPLE9BQU8sU0FBUyxHQUFHLE1BQU0sSUFBSSxPQUFPLEtBQUssR0FBRyxDQUFDLE1BQU07QUFDNUQ7QUFHTyxTQUFTLG9CQUFvQkMsTUFBOEM7QUFDaEYsU0FBTyxHQUFHQSxLQUFJLElBQUksR0FBR0EsS0FBSSxVQUFVLEVBQUUsR0FBR0EsS0FBSSxVQUFVLEtBQUs7QUFDN0Q7QUFHTyxJQUFNLG1CQUFtQjtBQU1oQyxTQUFTLFlBQVlBLE1BQWtCO0FBQ3JDLFNBQU8sR0FBR0EsS0FBSSxJQUFJO0FBQ3BCO0FBUU8sU0FBUyxrQkFDZCxTQUNBLFVBQzZCO0FBQzdCLFFBQU0sYUFBMEMsQ0FBQztBQUNqRCxRQUFNQyxPQUFNLENBQUMsS0FBYSxjQUErQjtBQUN2RCxVQUFNLE9BQVEsc0NBQW9CLENBQUM7QUFDbkMsUUFBSSxDQUFDLEtBQUssS0FBSyxDQUFDLGFBQWEsS0FBSyxVQUFVLFFBQVEsTUFBTSxLQUFLLFVBQVUsU0FBUyxDQUFDLEVBQUcsTUFBSyxLQUFLLFNBQVM7QUFBQSxFQUMzRztBQUNBLGFBQVdELFFBQU8sU0FBUztBQUN6QixJQUFBQyxLQUFJLGFBQWFELEtBQUksUUFBUUEsS0FBSSxJQUFJLEdBQUcsT0FBT0EsTUFBSyxTQUFTLE1BQU0sU0FBUyxVQUFVLENBQUM7QUFDdkYsSUFBQUMsS0FBSSxhQUFhRCxLQUFJLE9BQU9BLEtBQUksSUFBSSxHQUFHLFNBQVMsU0FBUyxXQUFXLGFBQWEsZ0JBQWdCO0FBQUEsRUFDbkc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLE9BQU9BLE1BQVUsTUFBZSxZQUErQjtBQUN0RSxNQUFJLFNBQVMsU0FBVSxRQUFPLFlBQVlBLElBQUc7QUFDN0MsUUFBTSxZQUFZLG9CQUFvQkEsSUFBRztBQUN6QyxTQUFPLFNBQVMsU0FBUyxFQUFFLFdBQVcsYUFBYSxNQUFNLGdCQUFnQixXQUFXLElBQUk7QUFDMUY7QUFNTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTzs7O0FDaEQzRixJQUFNLG9CQUFvQjtBQUcxQixTQUFTLGFBQWEsT0FBZSxLQUF3QjtBQUNsRSxTQUFPLEVBQUUsTUFBTSxLQUFLLE1BQU0sS0FBSyxJQUFJLG1CQUFtQixJQUFJLEtBQUssTUFBTSxHQUFHLElBQUksa0JBQWtCO0FBQ2hHO0FBVU8sU0FBUyxXQUFXLFNBQTBCLFlBQXdCLE9BQWUsT0FBMEI7QUFDcEgsUUFBTSxNQUFNLEVBQUUsT0FBTyxRQUFRLFVBQVUsTUFBTSxRQUFRLFNBQVMsT0FBTyxRQUFRLFNBQVMsRUFBRSxVQUFVO0FBQ2xHLFFBQU1FLFFBQU8sZUFBZSxVQUFVLEVBQUUsV0FBVyxXQUFXLE1BQU0sSUFBSSxFQUFFLE1BQU0sTUFBTTtBQUN0RixRQUFNLE9BQU8sRUFBRSxZQUFZLEtBQUssU0FBUyxDQUFDLEVBQUUsT0FBTyxLQUFLLFlBQVksRUFBRSxJQUFJLEdBQUcsR0FBR0EsTUFBSyxDQUFDLEdBQUcsT0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLElBQUksR0FBRyxJQUFJLE9BQU8sTUFBTSxFQUFFLEVBQUUsRUFBRTtBQUNuSixTQUFPLEdBQUcsUUFBUSxHQUFHLGtDQUFrQyxpQkFBaUIsS0FBSyxVQUFVLEVBQUUsR0FBRyxLQUFLLENBQUMsQ0FBQyxDQUFDO0FBQ3RHO0FBR0EsU0FBUyxpQkFBaUIsT0FBdUI7QUFDL0MsU0FBTyxtQkFBbUIsS0FBSyxFQUFFLFFBQVEsc0JBQXNCLENBQUMsWUFBWSxtQkFBbUIsT0FBTyxDQUFDO0FBQ3pHO0FBZ0JPLFNBQVMsU0FBUyxTQUEwQixRQUFnQixPQUF5QjtBQUMxRixTQUFPO0FBQUEsSUFDTCxPQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0E7QUFBQSxNQUNBLDhCQUE4QixZQUFZLGtEQUFrRCxvQkFBb0IsTUFBTSxDQUFDO0FBQUEsTUFDdkg7QUFBQSxJQUNGO0FBQUEsSUFDQSxNQUFNLFdBQVcsU0FBUyxRQUFRLGtCQUFrQixZQUFZLGtCQUFrQixZQUFZLE1BQU0sQ0FBQyxLQUFLLEtBQUs7QUFBQSxJQUMvRyxPQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0E7QUFBQSxNQUNBLDJEQUEyRCxNQUFNO0FBQUEsTUFDakU7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGOzs7QUNyRU8sSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSxrQkFBa0I7OztBQzhCeEIsU0FBUyxnQkFBZ0IsTUFBcUIsU0FBeUIsS0FBNEI7QUFDeEcsUUFBTSxNQUFNLElBQUksSUFBSSxZQUFZO0FBQ2hDLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSSxJQUFJLFFBQVEsSUFBSSxLQUFLLE1BQU0saUJBQWlCLEVBQUUsWUFBWTtBQUNyRixRQUFNLFFBQVEsYUFBYSxPQUFPLEdBQUc7QUFDckMsUUFBTSxPQUFPLFFBQVEsSUFBSSxDQUFDQyxTQUFRLFNBQVMsTUFBTUEsTUFBSyxJQUFJLElBQUksU0FBUyxLQUFLLENBQUM7QUFDN0UsUUFBTSxTQUFTLENBQUMsUUFBZ0IsS0FBSyxRQUFRLEdBQUcsR0FBRyxVQUFVLENBQUM7QUFDOUQsU0FBTztBQUFBLElBQ0wsUUFBUTtBQUFBLElBQ1IsU0FBUztBQUFBLElBQ1QsUUFBUSxJQUFJO0FBQUEsSUFDWixVQUFVLElBQUk7QUFBQSxJQUNkLFNBQVMsSUFBSSxJQUFJO0FBQUEsSUFDakIsTUFBTSxJQUFJLElBQUk7QUFBQSxJQUNkLFNBQVMsSUFBSTtBQUFBLElBQ2IsUUFBUSxFQUFFLE9BQU8sSUFBSTtBQUFBLElBQ3JCLFFBQVE7QUFBQSxNQUNOLFVBQVUsT0FBTyxXQUFXLEVBQUUsU0FBUztBQUFBLE1BQ3ZDLFlBQVksT0FBTyxZQUFZLEVBQUUsU0FBUztBQUFBLE1BQzFDLGlCQUFpQixLQUFLLE1BQU0sb0JBQW9CO0FBQUEsTUFDaEQsY0FBYyxPQUFPLFFBQVEsRUFBRSxVQUFVO0FBQUEsTUFDekMsY0FBYyxPQUFPLFFBQVEsRUFBRSxTQUFTO0FBQUEsSUFDMUM7QUFBQSxJQUNBLE1BQU0sWUFBWSxNQUFNLE9BQU87QUFBQSxJQUMvQjtBQUFBLElBQ0EsT0FBTyxTQUFTLElBQUksSUFBSSxTQUFTLElBQUksUUFBUSxLQUFLO0FBQUEsSUFDbEQsUUFBUSxLQUFLLE1BQU0sQ0FBQ0EsU0FBUUEsS0FBSSxZQUFZLE1BQU07QUFBQSxFQUNwRDtBQUNGO0FBRUEsU0FBUyxTQUFTLE1BQXFCQSxNQUFVLFNBQTBCLE9BQTZCO0FBQ3RHLFFBQU0sTUFBTSxhQUFhQSxLQUFJLFFBQVFBLEtBQUksSUFBSTtBQUM3QyxRQUFNLFNBQVMsS0FBSyxRQUFRLEdBQUc7QUFDL0IsUUFBTSxZQUFZLG9CQUFvQkEsSUFBRztBQUN6QyxRQUFNLFVBQVUsS0FBSyxRQUFRLGFBQWFBLEtBQUksT0FBT0EsS0FBSSxJQUFJLENBQUMsR0FBRyxPQUFPLFNBQVM7QUFDakYsUUFBTSxXQUFXLFVBQVUsSUFBSyxRQUFRLE9BQU9BLEtBQUksSUFBSSxLQUFLLE9BQVE7QUFDcEUsUUFBTSxVQUFVLE1BQU0sU0FBUyxVQUFVQSxLQUFJLFdBQVcsUUFBUSxhQUFhLFNBQVMsR0FBRyxFQUFFO0FBQzNGLFNBQU87QUFBQSxJQUNMLElBQUlBLEtBQUk7QUFBQSxJQUNSLGFBQWFBLEtBQUk7QUFBQSxJQUNqQixNQUFNQSxLQUFJO0FBQUEsSUFDVixRQUFRO0FBQUEsSUFDUjtBQUFBLElBQ0EsV0FBV0EsS0FBSTtBQUFBLElBQ2Y7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsWUFBWSxZQUFZLGFBQWEsYUFBYSxPQUFPLE9BQU8sV0FBV0EsS0FBSSxNQUFNQSxLQUFJLFdBQVcsVUFBVSxRQUFRLE1BQU07QUFBQSxJQUM1SCxXQUFXLENBQUM7QUFBQSxJQUNaLE9BQU87QUFBQSxNQUNMLE9BQU8sV0FBVyxTQUFTLFNBQVNBLEtBQUksUUFBUSxTQUFTLEtBQUs7QUFBQSxNQUM5RCxNQUFNLFdBQVcsU0FBUyxRQUFRQSxLQUFJLFFBQVEsT0FBTyxLQUFLO0FBQUEsTUFDMUQsT0FBTyxXQUFXLFNBQVMsU0FBU0EsS0FBSSxRQUFRLFFBQVEsS0FBSztBQUFBLElBQy9EO0FBQUEsSUFDQSxTQUFTQSxLQUFJO0FBQUEsRUFDZjtBQUNGO0FBTUEsU0FBUyxNQUFNLFNBQWlCLFVBQXlCLFdBQXlCLE1BQW9DO0FBQ3BILE1BQUksWUFBWSxFQUFHLFFBQU87QUFDMUIsTUFBSSxTQUFTLE9BQVcsUUFBTyxPQUFPLFNBQVM7QUFDL0MsU0FBTyxhQUFhLFFBQVEsTUFBTSxVQUFVLFNBQVMsSUFBSSxTQUFTO0FBQ3BFO0FBR08sU0FBUyxNQUFNLFVBQWtCLFdBQWtDO0FBQ3hFLFVBQVEsVUFBVSxJQUFJO0FBQUEsSUFDcEIsS0FBSztBQUNILGFBQU8sV0FBVyxVQUFVO0FBQUEsSUFDOUIsS0FBSztBQUNILGFBQU8sWUFBWSxVQUFVO0FBQUEsSUFDL0IsS0FBSztBQUNILGFBQU8sV0FBVyxVQUFVO0FBQUEsSUFDOUIsS0FBSztBQUNILGFBQU8sWUFBWSxVQUFVO0FBQUEsRUFDakM7QUFDRjtBQUdBLFNBQVMsWUFBWSxNQUFxQixTQUE4QztBQXJIeEY7QUFzSEUsUUFBTSxPQUE0QixFQUFFLEtBQUssSUFBSSxNQUFNLENBQUMsQ0FBQyxFQUFFO0FBQ3ZELGFBQVdBLFFBQU8sUUFBUyxXQUFLQSxLQUFJLFdBQVQsV0FBb0IsSUFBSSxNQUFNQSxLQUFJLElBQUk7QUFDakUsU0FBTztBQUNUO0FBRUEsU0FBUyxJQUFJLE1BQXFCQyxPQUFtQztBQUNuRSxRQUFNLFNBQVMsQ0FBQyxXQUFtQixLQUFLLFFBQVEsYUFBYSxRQUFRQSxLQUFJLENBQUMsR0FBRyxVQUFVLENBQUM7QUFDeEYsUUFBTSxXQUFXLE9BQU8sV0FBVyxFQUFFLFNBQVM7QUFDOUMsUUFBTUMsWUFBVyxPQUFPLG1CQUFtQjtBQUMzQyxRQUFNLFVBQVUsQ0FBQyxVQUErQixXQUFXLEtBQUssVUFBVSxTQUFZLFFBQVE7QUFDOUYsU0FBTztBQUFBLElBQ0wsT0FBTyxRQUFRQSxVQUFTLE9BQU8sQ0FBQztBQUFBLElBQ2hDLE9BQU8sUUFBUUEsVUFBUyxPQUFPLENBQUM7QUFBQSxJQUNoQyxXQUFXLFFBQVEsT0FBTyxpQkFBaUIsRUFBRSxJQUFJO0FBQUEsSUFDakQsS0FBSyxRQUFRLE9BQU8sV0FBVyxFQUFFLElBQUk7QUFBQSxJQUNyQztBQUFBLEVBQ0Y7QUFDRjs7O0FDdkdPLFNBQVMsWUFBWSxRQUFzQixPQUFPLGVBQXVCO0FBQzlFLFFBQU0sU0FBUyxPQUFPLElBQUksS0FBSyxFQUFFLE9BQU8sS0FBSyxFQUFFLE9BQU8sR0FBRyxVQUFVLEdBQUcsU0FBUyxFQUFFLENBQUM7QUFDbEYsUUFBTSxPQUFPLE9BQU8sT0FBTyxDQUFDLEtBQUssVUFBVSxPQUFPLE1BQU0sUUFBUSxJQUFJLENBQUM7QUFDckUsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLHFCQUFxQixLQUFLLElBQUksQ0FBQyxZQUFZLE9BQU8sS0FBSyxlQUFlLE9BQU8sUUFBUSx5QkFBeUIsT0FBTyxPQUFPLFdBQVdDLFNBQVEsSUFBSSxDQUFDO0FBQUEsSUFDcEosR0FBRyxPQUFPLElBQUksV0FBVztBQUFBLElBQ3pCO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjtBQVFBLFNBQVMsTUFBTSxPQUEyQjtBQUN4QyxTQUFPO0FBQUEsSUFDTCxPQUFPLE1BQU0sTUFBTTtBQUFBLElBQ25CLFVBQVUsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFO0FBQUEsSUFDL0MsU0FBUyxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFdBQVcsRUFBRSxZQUFZLE1BQVMsRUFBRTtBQUFBLEVBQzVFO0FBQ0Y7QUFFQSxTQUFTLElBQUksR0FBVyxHQUFtQjtBQUN6QyxTQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxPQUFPLFVBQVUsRUFBRSxXQUFXLEVBQUUsVUFBVSxTQUFTLEVBQUUsVUFBVSxFQUFFLFFBQVE7QUFDdkc7QUFFQSxTQUFTLFlBQVksT0FBMkI7QUFDOUMsUUFBTSxTQUFTLE1BQU0sS0FBSztBQUMxQixRQUFNLFlBQVksTUFBTSxZQUFZLGVBQWUsS0FBSyxNQUFNLFNBQVMsQ0FBQyxNQUFNO0FBQzlFLFFBQU1DLFFBQU8sc0JBQXNCLEtBQUssTUFBTSxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXRCxTQUFRLE1BQU0sUUFBUSxDQUFDLENBQUMsSUFBSSxTQUFTO0FBQ2hNLFFBQU0sYUFBYSxPQUFPLFFBQVEsTUFBTSxjQUFjLENBQUMsQ0FBQztBQUN4RCxRQUFNLGdCQUFnQixXQUFXLFNBQzdCLENBQUMsb0JBQW9CLEdBQUcsV0FBVyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSx5QkFBeUIsS0FBSyxDQUFDLENBQUMsWUFBWSxLQUFLLENBQUMsQ0FBQyxLQUFLLEdBQUcsbUJBQW1CLElBQ2pJLENBQUM7QUFDTCxTQUFPLENBQUNDLE9BQU0sR0FBRyxlQUFlLEdBQUcsTUFBTSxNQUFNLElBQUksVUFBVSxHQUFHLGdCQUFnQixFQUFFLEtBQUssSUFBSTtBQUM3RjtBQUVBLFNBQVMsV0FBVyxVQUE2QjtBQUMvQyxRQUFNQSxRQUFPLHVCQUF1QixLQUFLLFNBQVMsSUFBSSxDQUFDLGdCQUFnQixLQUFLLFNBQVMsU0FBUyxDQUFDLFdBQVdELFNBQVEsU0FBUyxRQUFRLENBQUMsQ0FBQztBQUNySSxRQUFNLFdBQXFCLENBQUM7QUFDNUIsTUFBSSxTQUFTLFNBQVM7QUFDcEIsVUFBTSxFQUFFLFNBQVMsTUFBTSxLQUFLLElBQUksU0FBUztBQUN6QyxhQUFTLEtBQUssMkJBQTJCLEtBQUssT0FBTyxDQUFDLFdBQVcsS0FBSyxJQUFJLENBQUMsS0FBSyxLQUFLLElBQUksQ0FBQyxZQUFZO0FBQUEsRUFDeEcsV0FBVyxTQUFTLFlBQVksUUFBVztBQUN6QyxhQUFTLEtBQUssMkJBQTJCLEtBQUssU0FBUyxPQUFPLENBQUMsS0FBSztBQUFBLEVBQ3RFO0FBQ0EsTUFBSSxTQUFTLFVBQVcsVUFBUyxLQUFLLHFCQUFxQixLQUFLLFNBQVMsU0FBUyxDQUFDLGVBQWU7QUFDbEcsU0FBTyxTQUFTLFNBQVMsQ0FBQyxHQUFHQyxLQUFJLEtBQUssR0FBRyxVQUFVLGlCQUFpQixFQUFFLEtBQUssSUFBSSxJQUFJLEdBQUdBLEtBQUk7QUFDNUY7QUFFQSxTQUFTRCxTQUFRLE9BQXVCO0FBQ3RDLFNBQU8sT0FBTyxTQUFTLEtBQUssSUFBSSxNQUFNLFFBQVEsQ0FBQyxJQUFJO0FBQ3JEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sTUFBTSxRQUFRLHlEQUF5RCxFQUFFO0FBQ2xGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxNQUFNLE9BQU8sRUFBRSxRQUFRLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTSxNQUFNO0FBQ3ZGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sS0FBSyxLQUFLLEVBQUUsUUFBUSxNQUFNLFFBQVEsRUFBRSxRQUFRLE9BQU8sT0FBTyxFQUFFLFFBQVEsT0FBTyxPQUFPLEVBQUUsUUFBUSxPQUFPLE1BQU07QUFDbEg7OztBQ3pGTyxJQUFNLGlCQUFvRCxFQUFFLE1BQU0sUUFBUSxNQUFNLFFBQVEsV0FBVyxVQUFVO0FBRzdHLFNBQVMsT0FBT0UsTUFBd0I7QUFDN0MsU0FBTztBQUFBLElBQ0wsSUFBSUEsS0FBSTtBQUFBLElBQ1IsV0FBVyxnQkFBZ0JBLElBQUc7QUFBQSxJQUM5QixVQUFVQSxLQUFJLGFBQWEsT0FBTyxNQUFNLFlBQVlBLE1BQUtBLEtBQUksUUFBUTtBQUFBLElBQ3JFLFNBQVMsZUFBZUEsS0FBSSxPQUFPO0FBQUEsSUFDbkMsUUFBUUEsS0FBSSxlQUFlLE9BQU8sTUFBTSxZQUFZQSxLQUFJLFVBQVU7QUFBQSxFQUNwRTtBQUNGO0FBR08sU0FBUyxnQkFBZ0JBLE1BQWtFO0FBQ2hHLFFBQU0sRUFBRSxHQUFHLElBQUlBLEtBQUk7QUFDbkIsUUFBTSxVQUFVQSxLQUFJLFNBQVMsWUFBWUEsS0FBSSxVQUFVLE1BQU0sR0FBR0EsS0FBSSxVQUFVLFFBQVEsRUFBRSxDQUFDLElBQUlBLEtBQUksU0FBUyxXQUFXLFdBQVc7QUFDaEksU0FBTyxHQUFHLE9BQU8sSUFBSSxFQUFFLElBQUksWUFBWUEsTUFBS0EsS0FBSSxVQUFVLEtBQUssQ0FBQztBQUNsRTtBQUVBLFNBQVMsWUFBWUEsTUFBbUMsT0FBdUI7QUFDN0UsU0FBT0EsS0FBSSxVQUFVLFNBQVMsT0FBTyxHQUFHQyxPQUFNLE9BQU8sQ0FBQyxDQUFDLFFBQVEsWUFBWSxLQUFLO0FBQ2xGO0FBR08sU0FBUyxZQUFZQyxRQUF1QjtBQUNqRCxNQUFJLENBQUMsT0FBTyxTQUFTQSxNQUFLLEVBQUcsUUFBTztBQUNwQyxTQUFPLEdBQUdELE9BQU1DLFNBQVEsS0FBSyxDQUFDLENBQUM7QUFDakM7QUFFQSxTQUFTRCxPQUFNLE9BQWUsVUFBMEI7QUFDdEQsU0FBTyxPQUFPLEtBQUssTUFBTSxRQUFRLE1BQU0sUUFBUSxJQUFJLE1BQU0sUUFBUTtBQUNuRTtBQUdPLFNBQVMsV0FBVyxTQUFpQztBQUMxRCxTQUFPLFFBQVEsS0FBSyxPQUFPLENBQUNELFNBQVFBLEtBQUksWUFBWSxNQUFNO0FBQzVEO0FBR08sU0FBUyxTQUFTLFNBQTRCO0FBQ25ELFFBQU0sV0FBVyxRQUFRLEtBQUssT0FBTyxDQUFDQSxTQUFRQSxLQUFJLFlBQVksTUFBTSxFQUFFO0FBQ3RFLFFBQU0sU0FBUyxRQUFRLEtBQUssT0FBTyxDQUFDQSxTQUFRQSxLQUFJLFlBQVksU0FBUyxFQUFFO0FBQ3ZFLE1BQUksV0FBVyxXQUFXLEVBQUcsUUFBTyxPQUFPLFFBQVEsS0FBSyxNQUFNO0FBQzlELFNBQU8sR0FBRyxXQUFXLE1BQU0sT0FBTyxRQUFRLEtBQUssTUFBTSxpQkFBaUIsUUFBUSxjQUFjLE1BQU07QUFDcEc7QUFHTyxJQUFNLG9CQUFvQjtBQUcxQixTQUFTLGVBQWVBLE1BQXdCO0FBQ3JELFFBQU1HLE9BQU0sT0FBT0gsSUFBRztBQUN0QixTQUFPQSxLQUFJLFlBQVksWUFDbkIsOENBQThDRyxLQUFJLFNBQVMsOEJBQzNELFlBQVlBLEtBQUksUUFBUSxhQUFhQSxLQUFJLFNBQVMsdUJBQXVCQSxLQUFJLE1BQU07QUFDekY7QUFNTyxTQUFTLGlCQUFpQixVQUFzRDtBQUNyRixRQUFNLEVBQUUsUUFBUSxPQUFPLFFBQVEsWUFBQUMsYUFBWSxNQUFNLFFBQVEsSUFBSTtBQUM3RCxRQUFNLFNBQVMsR0FBRyxNQUFNLEtBQUssS0FBSyxZQUFZLE1BQU0sS0FBS0EsV0FBVSxRQUFRLElBQUksYUFBYSxPQUFPO0FBQ25HLE1BQUksU0FBUyxRQUFTLFFBQU8sRUFBRSxNQUFNLFNBQVMsU0FBUyxPQUFPLElBQUksT0FBTztBQUN6RSxRQUFNLE1BQU0sV0FBVyxJQUFJLGdCQUFnQixLQUFLLE1BQU07QUFDdEQsU0FBTyxFQUFFLE1BQU0sdUNBQXVDLEdBQUcsS0FBSyxPQUFPO0FBQ3ZFO0FBR08sU0FBUyxjQUFjLFVBQThCO0FBQzFELFFBQU0sRUFBRSxNQUFNLE9BQU8sSUFBSSxpQkFBaUIsUUFBUTtBQUNsRCxTQUFPLENBQUMsT0FBTyxJQUFJLEtBQUssTUFBTSxJQUFJLEdBQUksU0FBUyxXQUFXLENBQUMsU0FBUyxTQUFTLFFBQVEsRUFBRSxJQUFJLENBQUMsQ0FBRTtBQUNoRzs7O0FDOUVPLFNBQVMsZUFBZSxTQUE0QjtBQUN6RCxRQUFNLE9BQU8sUUFBUSxTQUFTLE1BQU07QUFDcEMsUUFBTSxNQUFNO0FBQUEsSUFDVixPQUFPLElBQUksY0FBYyxRQUFRLE1BQU0sT0FBTyxRQUFRLFFBQVEsTUFBTSxTQUFTLE9BQU8sQ0FBQztBQUFBLElBQ3JGO0FBQUEsSUFDQSxhQUFhLFFBQVEsT0FBTyxjQUFjLFFBQVEsSUFBSSxPQUFPLFFBQVEsT0FBTyxRQUFRLGdCQUFnQixRQUFRLE9BQU8sZ0JBQWdCLFFBQVEsQ0FBQyxDQUFDLGNBQWMsUUFBUSxPQUFPO0FBQUEsSUFDMUs7QUFBQSxJQUNBLEdBQUksUUFBUSxhQUFhLENBQUMsTUFBTSxpQkFBaUIsT0FBTyxRQUFRLFVBQVUsTUFBTSxFQUFFLElBQUksQ0FBQztBQUFBLEVBQ3pGO0FBQ0EsYUFBV0MsUUFBTyxXQUFXLE9BQU8sR0FBRztBQUNyQyxRQUFJLEtBQUssVUFBVUEsS0FBSSxFQUFFLElBQUksSUFBSSxHQUFHQSxLQUFJLFdBQVcsS0FBSyxlQUFlQSxJQUFHLENBQUMsS0FBSyxFQUFFO0FBQ2xGLGVBQVcsWUFBWUEsS0FBSSxXQUFXO0FBQ3BDLFlBQU0sRUFBRSxNQUFNLE9BQU8sSUFBSSxpQkFBaUIsUUFBUTtBQUNsRCxVQUFJLEtBQUssS0FBSyxTQUFTLFdBQVcsSUFBSSxJQUFJLEtBQUssU0FBUyxRQUFRLE1BQU0sSUFBSSxNQUFNLE1BQU0sRUFBRTtBQUFBLElBQzFGO0FBQ0EsUUFBSSxLQUFLLGlCQUFpQkEsS0FBSSxNQUFNLElBQUksZ0JBQWdCQSxLQUFJLE1BQU0sS0FBSyxzQkFBc0JBLEtBQUksTUFBTSxLQUFLLEtBQUssRUFBRTtBQUFBLEVBQ3JIO0FBQ0EsTUFBSTtBQUFBLElBQ0YseUJBQXlCLFFBQVEsS0FBSyxNQUFNO0FBQUEsSUFDNUM7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsR0FBRyxRQUFRLEtBQUssSUFBSSxNQUFNLEVBQUUsSUFBSSxDQUFDQyxTQUFRLE9BQU9BLEtBQUksRUFBRSxRQUFRLEtBQUtBLEtBQUksU0FBUyxDQUFDLE1BQU0sS0FBS0EsS0FBSSxRQUFRLENBQUMsTUFBTUEsS0FBSSxPQUFPLE1BQU1BLEtBQUksTUFBTSxJQUFJO0FBQUEsSUFDOUk7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsY0FBYyxRQUFRLE9BQU8sS0FBSyxNQUFNLFFBQVEsT0FBTyxHQUFHLGNBQWMsUUFBUSxNQUFNLEtBQUssY0FBYyxRQUFRLE1BQU0sSUFBSSxpQkFBaUIsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUMvSjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCO0FBRUEsU0FBUyxLQUFLQyxPQUFzQjtBQUNsQyxTQUFPQSxNQUFLLFFBQVEsT0FBTyxLQUFLO0FBQ2xDOzs7QUNyQ08sU0FBUyxjQUFjLFNBQWdDO0FBQzVELFNBQU87QUFBQSxJQUNMLE1BQU0sb0JBQW9CLFFBQVEsUUFBUSxJQUFJLFFBQVEsTUFBTTtBQUFBLElBQzVELFdBQVcsUUFBUSxPQUFPO0FBQUEsSUFDMUIsTUFBTSxRQUFRLE9BQU87QUFBQSxJQUNyQixZQUFZLEVBQUUsUUFBUSxRQUFRLFFBQVEsVUFBVSxRQUFRLFVBQVUsU0FBUyxRQUFRLFNBQVMsTUFBTSxRQUFRLEtBQUs7QUFBQSxJQUMvRyxPQUFPLFFBQVEsS0FBSyxJQUFJLENBQUNDLFNBQVE7QUFDL0IsWUFBTUMsT0FBTSxPQUFPRCxJQUFHO0FBQ3RCLFlBQU0sVUFBVTtBQUFBLFFBQ2RBLEtBQUk7QUFBQSxRQUNKLGNBQWNDLEtBQUksU0FBUztBQUFBLFFBQzNCLGFBQWFBLEtBQUksUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLEtBQUksT0FBTztBQUFBLFFBQ3ZCLHNCQUFzQkEsS0FBSSxNQUFNO0FBQUEsUUFDaEMsWUFBWUQsS0FBSSxPQUFPO0FBQUEsUUFDdkIsR0FBR0EsS0FBSSxVQUFVLElBQUksQ0FBQyxNQUFNO0FBQzFCLGdCQUFNLEVBQUUsTUFBTSxPQUFPLElBQUksaUJBQWlCLENBQUM7QUFDM0MsaUJBQU8sR0FBRyxJQUFJLEtBQUssTUFBTSxJQUFJLEVBQUUsV0FBVyxLQUFLLEVBQUUsUUFBUSxLQUFLLEVBQUU7QUFBQSxRQUNsRSxDQUFDO0FBQUEsUUFDRCxTQUFTQSxLQUFJLE1BQU0sSUFBSTtBQUFBLFFBQ3ZCLFdBQVdBLEtBQUksTUFBTSxLQUFLO0FBQUEsUUFDMUIsUUFBUUEsS0FBSSxNQUFNLEtBQUs7QUFBQSxNQUN6QixFQUFFLEtBQUssSUFBSTtBQUNYLGFBQU87QUFBQSxRQUNMLE1BQU1BLEtBQUk7QUFBQSxRQUNWLFdBQVcsbUJBQW1CQSxLQUFJLElBQUk7QUFBQSxRQUN0QyxHQUFJQSxLQUFJLFlBQVksU0FBUyxDQUFDLElBQUksRUFBRSxTQUFTLEVBQUUsU0FBUyxlQUFlQSxJQUFHLEdBQUcsTUFBTUEsS0FBSSxTQUFTLE1BQU0sUUFBUSxFQUFFO0FBQUEsUUFDaEgsV0FBVztBQUFBLE1BQ2I7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNIO0FBQ0Y7OztBQzlCTyxTQUFTLFdBQVcsV0FBbUIsTUFBc0I7QUFDbEUsU0FBTyxHQUFHLFVBQVUsUUFBUSxRQUFRLEVBQUUsQ0FBQyxJQUFJLElBQUk7QUFDakQ7QUFHTyxTQUFTLFlBQVksU0FBb0IsV0FBMkM7QUFDekYsU0FBTztBQUFBLElBQ0wsQ0FBQyxXQUFXLFdBQVcsY0FBYyxDQUFDLEdBQUcsR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQUEsSUFDNUUsQ0FBQyxXQUFXLFdBQVcsV0FBVyxDQUFDLEdBQUcsWUFBWSxDQUFDLGNBQWMsT0FBTyxDQUFDLENBQUM7QUFBQSxJQUMxRSxDQUFDLFdBQVcsV0FBVyxXQUFXLENBQUMsR0FBRyxlQUFlLE9BQU87QUFBQSxFQUM5RDtBQUNGOzs7QUNkQSxJQUFNLFVBQXlDO0FBQUEsRUFDN0MsQ0FBQyxNQUFNLEtBQUs7QUFBQSxFQUNaLENBQUMsYUFBYSxXQUFXO0FBQUEsRUFDekIsQ0FBQyxZQUFZLFVBQVU7QUFBQSxFQUN2QixDQUFDLFdBQVcsU0FBUztBQUFBLEVBQ3JCLENBQUMsVUFBVSxhQUFhO0FBQzFCO0FBTU8sU0FBUyxlQUFlLFNBQTRCO0FBQ3pELFFBQU0sT0FBTyxRQUFRLEtBQUssSUFBSSxNQUFNO0FBQ3BDLFFBQU0sU0FBUyxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEtBQUssSUFBSSxNQUFNLFFBQVEsR0FBRyxLQUFLLElBQUksQ0FBQ0UsU0FBUUEsS0FBSSxHQUFHLEVBQUUsTUFBTSxDQUFDLENBQUM7QUFDMUcsUUFBTSxPQUFPLENBQUMsVUFBb0IsS0FBSyxNQUFNLElBQUksQ0FBQ0MsT0FBTSxNQUFNQSxNQUFLLE9BQU8sT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssSUFBSSxDQUFDLEdBQUcsUUFBUTtBQUMzRyxRQUFNLE1BQU07QUFBQSxJQUNWLGFBQWEsUUFBUSxNQUFNLE1BQU0sU0FBUyxPQUFPLENBQUMsYUFBYSxRQUFRLE9BQU8sVUFBVSxRQUFRLElBQUk7QUFBQSxJQUNwRztBQUFBLElBQ0EsS0FBSyxRQUFRLElBQUksQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNLEtBQUssQ0FBQztBQUFBLElBQ3RDLEdBQUcsS0FBSyxJQUFJLENBQUNELFNBQVEsS0FBSyxRQUFRLElBQUksQ0FBQyxDQUFDLEdBQUcsTUFBTUEsS0FBSSxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDN0Q7QUFDQSxhQUFXRSxRQUFPLFdBQVcsT0FBTyxHQUFHO0FBQ3JDLFFBQUksS0FBSyxJQUFJLE9BQU9BLEtBQUksRUFBRSxLQUFLQSxLQUFJLFdBQVcsSUFBSSxPQUFPLGVBQWVBLElBQUcsQ0FBQyxFQUFFO0FBQzlFLGVBQVcsWUFBWUEsS0FBSSxVQUFXLEtBQUksS0FBSyxHQUFHLGNBQWMsUUFBUSxDQUFDO0FBQ3pFLFFBQUksS0FBSyxlQUFlQSxLQUFJLE1BQU0sSUFBSSxJQUFJLGVBQWVBLEtBQUksTUFBTSxLQUFLLElBQUksZUFBZUEsS0FBSSxNQUFNLEtBQUssRUFBRTtBQUFBLEVBQzlHO0FBQ0EsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBLGdCQUFnQixRQUFRLE9BQU8sS0FBSyxNQUFNLFFBQVEsT0FBTyxHQUFHO0FBQUEsSUFDNUQsZ0JBQWdCLFFBQVEsTUFBTSxLQUFLO0FBQUEsSUFDbkMsZ0JBQWdCLFFBQVEsTUFBTSxJQUFJO0FBQUEsSUFDbEMsZ0JBQWdCLFFBQVEsTUFBTSxLQUFLO0FBQUEsSUFDbkM7QUFBQSxFQUNGO0FBQ0EsTUFBSSxRQUFRLFdBQVksS0FBSSxLQUFLLEtBQUssaUJBQWlCLEtBQUssT0FBTyxRQUFRLFVBQVUsSUFBSSxFQUFFO0FBQzNGLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7OztBQy9CTyxTQUFTLGtCQUFrQixNQUE2QjtBQUM3RCxRQUFNLFVBQVUsT0FBTyxRQUFRLEtBQUssT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxDQUFDLEtBQUssU0FBUyxHQUFHLENBQUM7QUFDbkYsUUFBTSxTQUFTLEtBQUssUUFBUSxRQUFRO0FBQ3BDLFFBQU0sTUFBTSxDQUFDLElBQUkscUJBQXFCLEVBQUU7QUFDeEMsTUFBSSxRQUFRO0FBQ1YsVUFBTSxTQUFTLE9BQU8sVUFBVSxNQUFNLE9BQU8sU0FBUztBQUN0RCxRQUFJO0FBQUEsTUFDRixJQUFJLGdCQUFnQixHQUFHLEtBQUssRUFBRTtBQUFBLE1BQzlCLElBQUksb0JBQW9CLEdBQUdDLFNBQVEsT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLE9BQU8sVUFBVSxDQUFDLFdBQVcsS0FBSyxFQUFFO0FBQUEsTUFDNUYsSUFBSSxpQkFBaUIsR0FBR0EsU0FBUSxLQUFLLE9BQU8sUUFBUSxFQUFFLENBQUMsSUFBSSxPQUFPLFNBQVMsQ0FBQyxXQUFXLEtBQUssRUFBRTtBQUFBLE1BQzlGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxhQUFXLENBQUMsT0FBTyxPQUFPLEtBQUssWUFBWTtBQUN6QyxVQUFNLGFBQWEsUUFBUSxPQUFPLENBQUMsQ0FBQyxJQUFJLE1BQU0sU0FBUyxZQUFZLFFBQVEsSUFBSSxDQUFDO0FBQ2hGLFFBQUksV0FBVyxXQUFXLEVBQUc7QUFDN0IsUUFBSSxLQUFLLE9BQU8sS0FBSyxJQUFJLEdBQUcsV0FBVyxJQUFJLENBQUMsQ0FBQyxNQUFNLE1BQU0sTUFBTSxJQUFJLE1BQU0sYUFBYSxNQUFNLENBQUMsQ0FBQyxHQUFHLEVBQUU7QUFBQSxFQUNyRztBQUNBLE1BQUksS0FBSyxrQkFBa0IsS0FBSyxNQUFNLG9CQUFvQixLQUFNLFFBQVEsQ0FBQyxDQUFDLEtBQUssRUFBRTtBQUNqRixTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCO0FBRUEsSUFBTSxxQkFBcUIsQ0FBQyxzQkFBc0IsY0FBYyxPQUFPLFdBQVcsb0JBQW9CO0FBQ3RHLElBQU0sbUJBQW1CLENBQUMsaUJBQWlCLFdBQVc7QUFFdEQsSUFBTSxhQUF5RDtBQUFBLEVBQzdELENBQUMsUUFBUSxDQUFDLFNBQVMsS0FBSyxXQUFXLE9BQU8sQ0FBQztBQUFBLEVBQzNDLENBQUMsYUFBYSxDQUFDLFNBQVMsbUJBQW1CLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDekQsQ0FBQyxXQUFXLENBQUMsU0FBUyxpQkFBaUIsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUNyRCxDQUFDLFVBQVUsQ0FBQyxTQUFTLENBQUMsS0FBSyxXQUFXLE9BQU8sS0FBSyxDQUFDLG1CQUFtQixTQUFTLElBQUksS0FBSyxDQUFDLGlCQUFpQixTQUFTLElBQUksQ0FBQztBQUMxSDtBQUVBLFNBQVMsSUFBSSxNQUFjLE9BQXVCO0FBQ2hELFNBQU8sT0FBTyxHQUFHLElBQUksR0FBRyxPQUFPLElBQUksR0FBRyxDQUFDLEtBQUssS0FBSztBQUNuRDtBQUVBLFNBQVMsYUFBYSxRQUFpQztBQUNyRCxRQUFNLElBQUksT0FBTztBQUNqQixVQUFRLE9BQU8sTUFBTTtBQUFBLElBQ25CLEtBQUs7QUFDSCxhQUFPLEdBQUcsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLFFBQVEsQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEdBQUcsT0FBTyxRQUFRLENBQUM7QUFBQSxJQUN6RixLQUFLLFFBQVE7QUFDWCxZQUFNLFNBQVMsRUFBRSxVQUFVLE1BQU0sRUFBRSxTQUFTO0FBQzVDLGFBQU8sR0FBR0EsU0FBUSxFQUFFLFFBQVEsQ0FBQyxDQUFDLElBQUksRUFBRSxVQUFVLENBQUMsV0FBVyxLQUFLO0FBQUEsSUFDakU7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLEdBQUcsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLFFBQVEsQ0FBQyxRQUFRLE9BQU8sRUFBRSxPQUFPLEdBQUcsT0FBTyxRQUFRLENBQUMsUUFBUSxPQUFPLEVBQUUsT0FBTyxHQUFHLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDdkksS0FBSztBQUNILGFBQU8sQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxPQUFPLEVBQzFELE9BQU8sQ0FBQyxTQUFTLEVBQUUsSUFBSSxNQUFNLE1BQVMsRUFDdEMsSUFBSSxDQUFDLFNBQVMsR0FBRyxJQUFJLElBQUksT0FBTyxFQUFFLElBQUksR0FBRyxPQUFPLFFBQVEsQ0FBQyxFQUFFLEVBQzNELEtBQUssR0FBRztBQUFBLEVBQ2Y7QUFDRjtBQUVBLFNBQVMsT0FBTyxPQUFlLFVBQTBCO0FBQ3ZELE1BQUksYUFBYSxPQUFRLFFBQU8sU0FBUyxNQUFPLEdBQUcsS0FBSyxRQUFRLEdBQUksQ0FBQyxNQUFNLFNBQVMsSUFBSSxHQUFHLEtBQUssS0FBSyxDQUFDLE9BQU8sR0FBRyxLQUFLLFFBQVEsR0FBSSxDQUFDO0FBQ2xJLE1BQUksYUFBYSxPQUFRLFFBQU8sU0FBUyxNQUFNLEdBQUcsS0FBSyxRQUFRLEdBQUcsQ0FBQyxRQUFRLFNBQVMsTUFBTSxHQUFHLEtBQUssUUFBUSxHQUFHLENBQUMsUUFBUSxHQUFHLEtBQUssS0FBSyxDQUFDO0FBQ3BJLFNBQU8sS0FBSyxLQUFLO0FBQ25CO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFHLElBQUksR0FBRztBQUM3QztBQUVBLFNBQVNBLFNBQVFDLFFBQXVCO0FBQ3RDLFNBQU8sSUFBSUEsU0FBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQ3BDOzs7QUNsRE8sU0FBUyxhQUFhLE1BQXFCLE9BQXNEO0FBQ3RHLFFBQU0sRUFBRSxRQUFBQyxTQUFRLEtBQUFDLEtBQUksSUFBSTtBQUN4QixRQUFNLFVBQVUsYUFBYSxFQUFFLFFBQVFELFFBQU8sUUFBUSxjQUFjQSxRQUFPLGNBQWMsUUFBUUEsUUFBTyxRQUFRLFNBQVMsTUFBTSxTQUFTLEtBQUFDLEtBQUksQ0FBQztBQUM3SSxRQUFNLFVBQVUsZ0JBQWdCLE1BQU0sU0FBUyxFQUFFLFFBQVFELFFBQU8sUUFBUSxVQUFVQSxRQUFPLFVBQVUsU0FBU0EsUUFBTyxTQUFTLEtBQUssTUFBTSxLQUFLLEtBQUFDLEtBQUksQ0FBQztBQUNqSixTQUFPLEVBQUUsR0FBRyxTQUFTLFlBQVksTUFBTSxjQUFjLEtBQUs7QUFDNUQ7QUFNTyxTQUFTLGlCQUFpQixNQUFxQixPQUErQztBQUNuRyxRQUFNLFVBQVUsYUFBYSxNQUFNLEtBQUs7QUFDeEMsUUFBTSxRQUFRLE1BQU0sYUFDaEIsOERBQThELE1BQU0sT0FBTyxTQUFTO0FBQUEsSUFDcEYsZUFBZSxPQUFPO0FBQzFCLFNBQU8sRUFBRSxRQUFRLEdBQUcsa0JBQWtCLElBQUksQ0FBQztBQUFBLEVBQUssS0FBSyxJQUFJLEdBQUcsWUFBWSxTQUFTLE1BQU0sT0FBTyxTQUFTLEVBQUU7QUFDM0c7OztBQzNDQSxPQUFPQyxXQUFVO0FBZ0JqQixJQUFJO0FBUUcsU0FBUyxXQUNkQyxTQUNBLFVBQ21EO0FBQ25ELFFBQU0sV0FBVyxhQUFhLENBQUMsUUFBUSxpQkFBaUIsS0FBSyxTQUFTLElBQUksQ0FBQztBQUMzRSxXQUFTLEVBQUUsUUFBQUEsU0FBUSxVQUFVLFNBQVMsU0FBUyxRQUFRO0FBQ3ZELFFBQU0sVUFBVSxhQUFhLEVBQUUsR0FBR0EsU0FBUSxTQUFTLFNBQVMsU0FBUyxLQUFLLFNBQVMsQ0FBQztBQUNwRixRQUFNLFlBQVksUUFBUSxPQUFPLENBQUNDLFNBQVFBLEtBQUksU0FBUyxTQUFTLEVBQUUsSUFBSSxDQUFDQSxTQUFRQSxLQUFJLFVBQVUsS0FBSztBQUNsRyxrQkFBZ0IsV0FBVyxNQUFNQyxNQUFLLFNBQVMsY0FBYztBQUM3RCxTQUFPLEVBQUUsWUFBWSxrQkFBa0IsU0FBUyxRQUFRLEdBQUcsbUJBQW1CLG9CQUFvQjtBQUNwRztBQUdPLFNBQVMsYUFBcUM7QUFDbkQsU0FBTztBQUNUOzs7QUNqQ0EsSUFBTSxVQUFVLENBQUMsS0FBSyxLQUFLLE1BQU07QUFRMUIsU0FBUyxlQUFlLEtBQXlCO0FBQ3RELFFBQU0sS0FBSyxRQUFRLFNBQVMsSUFBSSxrQkFBa0IsS0FBSyxFQUFFLFlBQVksS0FBSyxFQUFFO0FBQzVFLFFBQU0sUUFBUSxJQUFJLHlCQUF5QixLQUFLLEtBQUssSUFBSSx5QkFBeUIsS0FBSyxNQUFNO0FBQzdGLFNBQU8sTUFBTSxTQUFTLEtBQUssT0FBTztBQUNwQzs7O0FDUE8sU0FBUyxjQUFjLE1BQTZDO0FBQ3pFLFFBQU0sT0FBTyxXQUFXO0FBQ3hCLE1BQUksQ0FBQyxLQUFNLE9BQU0sSUFBSSxNQUFNLHFGQUFxRjtBQUdoSCxRQUFNQyxVQUFTLEVBQUUsR0FBRyxLQUFLLFFBQVEsUUFBUSxNQUFNLEtBQUssTUFBTSxFQUFFLE9BQU87QUFDbkUsU0FBTyxpQkFBaUIsTUFBTTtBQUFBLElBQzVCLFFBQUFBO0FBQUEsSUFDQSxLQUFLLEtBQUs7QUFBQSxJQUNWLFNBQVMsS0FBSztBQUFBLElBQ2QsS0FBSyxvQkFBSSxLQUFLO0FBQUEsSUFDZCxZQUFZLGVBQWUsS0FBSztBQUFBLElBQ2hDLFlBQVksTUFBTSxvQkFBb0I7QUFBQTtBQUFBLEVBQ3hDLENBQUM7QUFDSDs7O0E1Q05BLElBQU0sU0FBUyxXQUFXLFlBQVk7QUFDdEMsSUFBTSxPQUFPLGFBQWEsY0FBYztBQUV4QyxJQUFNLE1BQU0sV0FBVyxRQUFRLEVBQUUsTUFBTSxTQUFTLENBQUM7QUFHMUMsSUFBTSxVQUFtQjtBQUFBLEVBQzlCLEdBQUcsWUFBWSxNQUFNO0FBQUEsRUFDckIsV0FBVyxFQUFFLFlBQVksS0FBSyxTQUFTO0FBQUEsRUFDdkMsbUJBQW1CLElBQUk7QUFBQSxFQUN2QixZQUFZLEVBQUUsR0FBRyxJQUFJLFlBQVksR0FBRyxlQUFlLElBQUksRUFBRTtBQUMzRDtBQUVBLElBQU0sVUFBVSxhQUFhLFFBQVEsYUFBYSxVQUFVLENBQUM7QUFHOUMsU0FBUixxQkFBMEI7QUFDL0IsUUFBTSxrQkFBa0IsS0FBSyxJQUFJLElBQUlDLE1BQUssU0FBUyxhQUFhO0FBQ2hFLEVBQUFBLE1BQUssR0FBRyxRQUFRLEtBQUssT0FBTyxPQUFPLE9BQU8sTUFBTSxjQUFjLENBQUM7QUFDL0QsVUFBUSxNQUFNO0FBQ2hCO0FBR08sU0FBUyxXQUFpQjtBQUMvQixVQUFRLE1BQU07QUFDaEI7QUFHTyxTQUFTQyxlQUFjLE1BQTZDO0FBQ3pFLFFBQU0sVUFBVSxjQUFhLElBQUk7QUFDakMsUUFBTSxTQUFTLFdBQVcsTUFBTSxZQUFZLE1BQU0sS0FBSyxPQUFPLENBQUM7QUFDL0QsUUFBTSxPQUFPLGVBQWUsTUFBTTtBQUNsQyxTQUFPO0FBQUEsSUFDTCxHQUFHO0FBQUEsSUFDSCxDQUFDLFdBQVcsT0FBTyxXQUFXLGlCQUFpQixDQUFDLEdBQUcsR0FBRyxLQUFLLFVBQVUsRUFBRSxHQUFHLFFBQVEsS0FBSyxHQUFHLE1BQU0sQ0FBQyxDQUFDO0FBQUE7QUFBQSxJQUNsRyxRQUFRLEdBQUcsUUFBUSxVQUFVLEVBQUU7QUFBQSxFQUFLLElBQUk7QUFBQTtBQUFBLEVBQzFDO0FBQ0Y7IiwKICAibmFtZXMiOiBbImV4ZWMiLCAidGV4dCIsICJyYW5kb20iLCAibGF0ZW5jeU9iamVjdGl2ZXNNcyIsICJvcGVuIiwgInRleHQiLCAicm93IiwgImV4ZWMiLCAicmFuZG9tIiwgImNvdW50IiwgImV4ZWMiLCAianVkZ2VkIiwgInRhZ3MiLCAiZXhlYyIsICJleGVjIiwgImV4ZWMiLCAiY29uZmlnIiwgImV4ZWMiLCAic2xvIiwgInNoYXJlIiwgInRhZ3MiLCAicm93IiwgImNvbmZpZyIsICJyb3ciLCAiY29uZmlnIiwgImR1cmF0aW9uIiwgInJhdGUiLCAicGxhbiIsICJhbGxvd2VkIiwgInRhZ3MiLCAic2xvIiwgImFkZCIsICJ0ZXh0IiwgInNsbyIsICJ0YWdzIiwgImR1cmF0aW9uIiwgInNlY29uZHMiLCAib3BlbiIsICJzbG8iLCAicm91bmQiLCAic2hhcmUiLCAicm93IiwgImR1cmF0aW9uTXMiLCAic2xvIiwgInJvdyIsICJ0ZXh0IiwgInNsbyIsICJyb3ciLCAicm93IiwgImNlbGwiLCAic2xvIiwgInBlcmNlbnQiLCAic2hhcmUiLCAiY29uZmlnIiwgInNsbyIsICJleGVjIiwgImNvbmZpZyIsICJzbG8iLCAiZXhlYyIsICJjb25maWciLCAiZXhlYyIsICJoYW5kbGVTdW1tYXJ5Il0KfQo=
