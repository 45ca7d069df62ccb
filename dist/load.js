// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

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
function arrivalKnobs(env, defaults) {
  return {
    rate: setting(env, "RATE", rate, { rate: defaults.rate, timeUnit: "1s" }),
    maxVUs: maxVUsKnob(env, defaults.maxVUs)
  };
}
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
function sloTemplates(slo) {
  const requestFailure = (method) => failureBudget(slo.profile, method, slo.availability);
  const designed = (method) => slo.profile === "default" && method === "POST" ? " (the server fails about 10% of POSTs by design)" : "";
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
      objective: () => ({ op: ">", value: round(slo.checks), unit: "ratio" }),
      description: (group) => `${percent(slo.checks)} of the checks on ${group} responses pass`
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
var ITERATION_SECONDS = 0.5;
function vusFor(peakPerSecond, maxVUs) {
  const needed = Math.ceil(peakPerSecond * ITERATION_SECONDS * 2);
  return { preAllocatedVUs: Math.min(maxVUs, Math.max(2, needed)), maxVUs };
}
function perSecond(rate2) {
  return rate2.rate / TIME_UNIT_SECONDS[rate2.timeUnit];
}

// lib/plans/load.ts
function loadPlan(env) {
  const { rate: rate2, maxVUs } = arrivalKnobs(env, { rate: 20, maxVUs: 200 });
  return {
    executor: "ramping-arrival-rate",
    startRate: 0,
    timeUnit: rate2.timeUnit,
    stages: [
      { duration: rampKnob(env, "RAMP_UP", "1m"), target: rate2.rate },
      { duration: durationKnob(env, "DURATION", "5m"), target: rate2.rate },
      { duration: rampKnob(env, "RAMP_DOWN", "30s"), target: 0 }
    ],
    ...vusFor(perSecond(rate2), maxVUs),
    gracefulStop: "30s"
  };
}

// thresholds/k6.ts
import exec5 from "k6/execution";

// thresholds/compile.ts
function submetricKey(metric, tags2) {
  const filter = Object.entries(tags2).map(([key, value]) => `${key}:${value}`);
  return filter.length ? `${metric}{${filter.join(",")}}` : metric;
}
function thresholdExpression(slo) {
  return `${slo.stat}${slo.objective.op}${slo.objective.value}`;
}
var GUARD_EXPRESSION = "count>0";
function alwaysHolds(slo) {
  return `${slo.stat}>=0`;
}
function compileThresholds(catalog, settings) {
  const thresholds = {};
  const add2 = (key, threshold) => {
    const list = thresholds[key] ?? (thresholds[key] = []);
    if (!list.some((existing) => JSON.stringify(existing) === JSON.stringify(threshold))) list.push(threshold);
  };
  for (const slo of catalog) {
    add2(submetricKey(slo.metric, slo.tags), judged(slo, settings.mode, settings.abortDelay));
    add2(submetricKey(slo.guard, slo.tags), settings.mode === "report" ? "count>=0" : GUARD_EXPRESSION);
  }
  return thresholds;
}
function judged(slo, mode, abortDelay) {
  if (mode === "report") return alwaysHolds(slo);
  const threshold = thresholdExpression(slo);
  return mode === "gate" ? { threshold, abortOnFail: true, delayAbortEval: abortDelay } : threshold;
}
var SUMMARY_TREND_STATS = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];

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

// thresholds/k6.ts
var active;
function sloOptions(config2, defaults) {
  const settings = readSettings((env) => parseSloSettings(env, defaults.mode));
  active = { config: config2, settings, methods: defaults.methods };
  const catalog = buildCatalog({ ...config2, methods: defaults.methods, slo: settings });
  const latencyMs = catalog.filter((slo) => slo.kind === "latency").map((slo) => slo.objective.value);
  setExemplarPlan(latencyMs, () => exec5.instance.vusInitialized);
  return { thresholds: compileThresholds(catalog, settings), summaryTrendStats: SUMMARY_TREND_STATS };
}
function activeSlos() {
  return active;
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
  const slos = catalog.map((slo) => judgeSlo(data, slo, run.slo.grafana, range));
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
    passed: slos.every((slo) => slo.verdict === "pass")
  };
}
function judgeSlo(data, slo, grafana, range) {
  const key = submetricKey(slo.metric, slo.tags);
  const metric = data.metrics[key];
  const threshold = thresholdExpression(slo);
  const samples = data.metrics[submetricKey(slo.guard, slo.tags)]?.values.count ?? 0;
  const observed = samples > 0 ? metric?.values[slo.stat] ?? null : null;
  const verdict = judge(samples, observed, slo.objective, metric?.thresholds?.[threshold]?.ok);
  return {
    id: slo.id,
    description: slo.description,
    kind: slo.kind,
    metric: key,
    threshold,
    objective: slo.objective,
    observed,
    samples,
    verdict,
    budgetUsed: verdict === "no-data" || observed === null ? null : budgetUsed(slo.stat, slo.objective, observed, metric?.values),
    exemplars: [],
    links: {
      tempo: exploreUrl(grafana, "tempo", slo.queries.traceql, range),
      loki: exploreUrl(grafana, "loki", slo.queries.logql, range),
      mimir: exploreUrl(grafana, "mimir", slo.queries.promql, range)
    },
    queries: slo.queries
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
  for (const slo of catalog) slis[_a = slo.group] ?? (slis[_a] = sli(data, slo.tags));
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
  const open2 = `  <testsuite name="${attr(suite.name)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}" time="${seconds(suite.time ?? 0)}"${timestamp}>`;
  const properties = Object.entries(suite.properties ?? {});
  const propertyLines = properties.length ? ["    <properties>", ...properties.map(([k, v]) => `      <property name="${attr(k)}" value="${attr(v)}"/>`), "    </properties>"] : [];
  return [open2, ...propertyLines, ...suite.cases.map(renderCase), "  </testsuite>"].join("\n");
}
function renderCase(testCase) {
  const open2 = `    <testcase name="${attr(testCase.name)}" classname="${attr(testCase.classname)}" time="${seconds(testCase.time ?? 0)}"`;
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

// thresholds/report/format.ts
var VERDICT_LABELS = { pass: "PASS", fail: "FAIL", "no-data": "NO DATA" };
function sloRow(slo) {
  return {
    id: slo.id,
    objective: formatObjective(slo),
    observed: slo.observed === null ? "—" : formatValue(slo, slo.observed),
    verdict: VERDICT_LABELS[slo.verdict],
    budget: slo.budgetUsed === null ? "—" : formatShare(slo.budgetUsed)
  };
}
function formatObjective(slo) {
  const { op } = slo.objective;
  const subject = slo.kind === "latency" ? slo.threshold.slice(0, slo.threshold.indexOf(op)) : slo.kind === "checks" ? "passed" : "failed";
  return `${subject} ${op} ${formatValue(slo, slo.objective.value)}`;
}
function formatValue(slo, value) {
  return slo.objective.unit === "ms" ? `${round2(value, 1)} ms` : formatShare(value);
}
function formatShare(share2) {
  if (!Number.isFinite(share2)) return "∞";
  return `${round2(share2 * 100, 2)}%`;
}
function round2(value, decimals) {
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
  return slo.verdict === "no-data" ? `no request of this group was measured, so "${row2.objective}" cannot be shown to hold` : `observed ${row2.observed} breaches ${row2.objective} (error budget used ${row2.budget})`;
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
    cases: summary.slos.map((slo) => {
      const row2 = sloRow(slo);
      const details = [
        slo.description,
        `objective: ${row2.objective}`,
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
  const { config: config2, slo } = input;
  const catalog = buildCatalog({ testid: config2.testid, endpointType: config2.endpointType, beasts: config2.beasts, methods: input.methods, slo });
  const summary = evaluateSummary(data, catalog, { testid: config2.testid, scenario: config2.scenario, baseUrl: config2.baseUrl, end: input.end, slo });
  return { ...summary, htmlReport: input.htmlReport ?? null };
}
function endOfTestOutputs(data, input) {
  const summary = summarizeRun(data, input);
  const table = input.deferTable ? `  SLO table: printed by the run tool once the exemplars of ${input.config.reportDir}/k6.log are folded in
` : renderSloTable(summary);
  return { stdout: `${renderTextSummary(data)}
${table}`, ...reportFiles(summary, input.config.reportDir) };
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

// scenarios/load.ts
var config = loadConfig("load");
var options = {
  ...baseOptions(config),
  scenarios: { load: readSettings(loadPlan) },
  ...sloOptions(config, { mode: "gate" })
};
var traffic = mixedTraffic(config, readSettings(mixFromEnv));
function load_default() {
  traffic.visit();
}
function teardown() {
  traffic.sweep();
}
export {
  load_default as default,
  handleSummary,
  options,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2NsaWVudC50cyIsICIuLi9saWIvY29udHJhY3QudHMiLCAiLi4vbGliL2V4ZW1wbGFycy50cyIsICIuLi9saWIvbmFtZXMudHMiLCAiLi4vbGliL3RyYWNpbmcvazYudHMiLCAiLi4vbGliL3RyYWNpbmcvdHJhY2VwYXJlbnQudHMiLCAiLi4vbGliL3ZlcnNpb24udHMiLCAiLi4vbGliL2RhdGEvbmFtZXMudHMiLCAiLi4vbGliL3BsYW5zL2tub2JzLnRzIiwgIi4uL2xpYi9wbGFucy9taXgudHMiLCAiLi4vbGliL3J1bi1pZC50cyIsICIuLi90aHJlc2hvbGRzL2NoZWNrcy50cyIsICIuLi90aHJlc2hvbGRzL3F1ZXJpZXMudHMiLCAiLi4vdGhyZXNob2xkcy9jYXRhbG9nLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9jaGVjay1saXN0LnRzIiwgIi4uL2xpYi9qb3VybmV5cy9zd2VlcC50cyIsICIuLi9saWIvam91cm5leXMvbWl4LnRzIiwgIi4uL2xpYi9zeXN0ZW0tdGFncy50cyIsICIuLi9saWIvb3B0aW9ucy50cyIsICIuLi9saWIvcGxhbnMvYXJyaXZhbC50cyIsICIuLi9saWIvcGxhbnMvbG9hZC50cyIsICIuLi90aHJlc2hvbGRzL2s2LnRzIiwgIi4uL3RocmVzaG9sZHMvY29tcGlsZS50cyIsICIuLi90aHJlc2hvbGRzL3NldHRpbmdzLnRzIiwgIi4uL3RocmVzaG9sZHMvYnVkZ2V0LnRzIiwgIi4uL3RocmVzaG9sZHMvbGlua3MudHMiLCAiLi4vdGhyZXNob2xkcy9zdW1tYXJ5LXNjaGVtYS50cyIsICIuLi90aHJlc2hvbGRzL2V2YWx1YXRlLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2p1bml0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2Zvcm1hdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9zbG8tanVuaXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvZmlsZXMudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGFibGUudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGV4dC1zdW1tYXJ5LnRzIiwgIi4uL3RocmVzaG9sZHMvZW5kLW9mLXRlc3QudHMiLCAiLi4vbGliL3dlYi1kYXNoYm9hcmQudHMiLCAiLi4vbGliL3N1bW1hcnkudHMiLCAiLi4vc2NlbmFyaW9zL2xvYWQudHMiXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7QUFBQSxPQUFPLFVBQVU7OztBQ0tWLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFJckMsWUFBWSxVQUFrQixPQUFlLFVBQWtCO0FBQzdELFVBQU0sR0FBRyxRQUFRLElBQUksVUFBVSxLQUFLLENBQUMsMkJBQTJCLFFBQVEsRUFBRTtBQUg1RTtBQUFBLHdCQUFTO0FBSVAsU0FBSyxPQUFPO0FBQ1osU0FBSyxXQUFXO0FBQUEsRUFDbEI7QUFDRjtBQUdBLFNBQVMsVUFBVSxPQUF1QjtBQUN4QyxRQUFNLFdBQVcsTUFBTSxRQUFRLDZCQUE2QixRQUFRO0FBQ3BFLFNBQU8saUJBQWlCLEtBQUssUUFBUSxJQUFJLFdBQVcsS0FBSyxVQUFVLFFBQVE7QUFDN0U7OztBQ2hCTyxJQUFNLFlBQVk7QUFBQSxFQUN2QixTQUFTLENBQUMsV0FBVyxhQUFhLFlBQVksV0FBVyxVQUFVO0FBQUEsRUFDbkUsUUFBUSxDQUFDLFNBQVMsV0FBVyxXQUFXLFFBQVEsVUFBVSxXQUFXO0FBQ3ZFO0FBTU8sSUFBTSxpQkFBaUIsT0FBTyxLQUFLLFNBQVM7OztBQ0w1QyxJQUFNLGlCQUFnRTtBQUFBLEVBQzNFLE9BQU8sQ0FBQyxPQUFPLFlBQVk7QUFBQSxFQUMzQixNQUFNLENBQUMsUUFBUSxVQUFVO0FBQUEsRUFDekIsUUFBUSxDQUFDLE1BQU07QUFBQSxFQUNmLE9BQU8sQ0FBQyxNQUFNO0FBQUEsRUFDZCxNQUFNLENBQUMsUUFBUSxVQUFVO0FBQUEsRUFDekIsWUFBWSxDQUFDO0FBQ2Y7OztBQ0FPLFNBQVMsVUFBYSxTQUFpQixPQUFxRDtBQUNqRyxRQUFNLFdBQVcsQ0FBQyxLQUFhLGFBQXdCO0FBQ3JELFVBQU0sUUFBUSxNQUFNLEdBQUc7QUFDdkIsUUFBSSxVQUFVLE9BQVcsT0FBTSxJQUFJLFlBQVksVUFBVSxLQUFLLE9BQU87QUFDckUsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPLE9BQU8sT0FBTyxVQUFVLEVBQUUsUUFBUSxDQUFDO0FBQzVDO0FBTU8sU0FBUyxRQUFXLEtBQVUsVUFBa0IsVUFBd0IsVUFBZ0I7QUFDN0YsUUFBTSxNQUFNLElBQUksUUFBUTtBQUN4QixTQUFPLFFBQVEsVUFBYSxJQUFJLEtBQUssTUFBTSxLQUFLLFdBQVcsU0FBUyxJQUFJLEtBQUssR0FBRyxRQUFRO0FBQzFGO0FBR08sU0FBUyxnQkFBbUIsS0FBVSxVQUFrQixVQUF1QztBQUNwRyxTQUFPLFFBQXVCLEtBQUssVUFBVSxVQUFVLE1BQVM7QUFDbEU7QUFFQSxJQUFNLFdBQVc7QUFHVixJQUFNLE1BQXlCLFVBQVUsZ0RBQWdELENBQUMsUUFBUTtBQUN2RyxRQUFNLFFBQVEsU0FBUyxLQUFLLEdBQUc7QUFDL0IsTUFBSSxDQUFDLFNBQVUsTUFBTSxDQUFDLE1BQU0sVUFBYSxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksTUFBUSxRQUFPO0FBQzNFLFNBQU8sSUFBSSxRQUFRLFFBQVEsRUFBRTtBQUMvQixDQUFDO0FBR00sSUFBTSxrQkFBcUMsVUFBVSxnQ0FBZ0MsQ0FBQyxRQUFRO0FBQ25HLE1BQUksQ0FBQyxhQUFhLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDcEMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFNBQVMsS0FBSyxTQUFTLEtBQUssS0FBSyxJQUFJLFFBQVE7QUFDdEQsQ0FBQztBQUVELElBQU0sb0JBQTRDLEVBQUUsR0FBRyxNQUFXLEdBQUcsS0FBUSxHQUFHLEtBQU8sSUFBSSxFQUFFO0FBQzdGLElBQU0sZ0JBQWdCO0FBR2YsU0FBUyxXQUFXQSxPQUFrQztBQUMzRCxRQUFNLFFBQVEsY0FBYyxLQUFLQSxLQUFJO0FBQ3JDLE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsUUFBTSxDQUFDLEVBQUUsR0FBRyxHQUFHLEdBQUcsRUFBRSxJQUFJO0FBQ3hCLFFBQU0sUUFDSixPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLE1BQU0sQ0FBQztBQUNoQixTQUFPLFFBQVEsSUFBSSxRQUFRO0FBQzdCO0FBR08sSUFBTSxXQUE4QjtBQUFBLEVBQVU7QUFBQSxFQUF1QyxDQUFDLFFBQzNGLFdBQVcsR0FBRyxNQUFNLFNBQVksU0FBWTtBQUM5QztBQVVPLElBQU0sT0FBd0IsVUFBVSw2REFBNkQsQ0FBQyxRQUFRO0FBQ25ILFFBQU0sUUFBUSw0QkFBNEIsS0FBSyxHQUFHO0FBQ2xELE1BQUksQ0FBQyxTQUFTLE9BQU8sTUFBTSxDQUFDLENBQUMsSUFBSSxFQUFHLFFBQU87QUFDM0MsU0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQyxHQUFHLFVBQVUsSUFBSSxNQUFNLENBQUMsS0FBSyxHQUFHLEdBQXVCO0FBQ3ZGLENBQUM7QUFHTSxTQUFTLE1BQXdCLFFBQW9DO0FBQzFFLFNBQU87QUFBQSxJQUFVLFVBQVUsT0FBTyxLQUFLLElBQUksQ0FBQztBQUFBLElBQUksQ0FBQyxRQUMvQyxPQUFPLEtBQUssQ0FBQyxVQUFVLE1BQU0sWUFBWSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQUEsRUFDbEU7QUFDRjtBQUdPLFNBQVMsT0FBVSxNQUFvQztBQUM1RCxTQUFPLFVBQVUsNkJBQTZCLEtBQUssT0FBTyxJQUFJLENBQUMsUUFBUTtBQUNyRSxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN0RCxRQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsU0FBUyxFQUFFLEtBQUssSUFBSSxJQUFJLEtBQUssRUFBRSxTQUFTLE1BQU0sT0FBUSxRQUFPO0FBQ3RGLFFBQUk7QUFDRixhQUFPLE1BQU0sSUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEVBQUUsQ0FBQztBQUFBLElBQzNDLFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBR08sSUFBTSxVQUE4QixVQUFVLGlCQUFpQixDQUFDLFFBQVE7QUFDN0UsUUFBTSxPQUFPLElBQUksWUFBWTtBQUM3QixNQUFJLENBQUMsUUFBUSxLQUFLLE9BQU8sSUFBSSxFQUFFLFNBQVMsSUFBSSxFQUFHLFFBQU87QUFDdEQsTUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEtBQUssRUFBRSxTQUFTLElBQUksRUFBRyxRQUFPO0FBQ3ZELFNBQU87QUFDVCxDQUFDO0FBR00sU0FBUyxTQUFTLE1BQWMsU0FBb0M7QUFDekUsU0FBTyxVQUFVLFNBQVMsQ0FBQyxRQUFTLEtBQUssS0FBSyxHQUFHLElBQUksTUFBTSxNQUFVO0FBQ3ZFO0FBR08sSUFBTSxhQUFhO0FBRW5CLElBQU0sYUFBYTtBQU1uQixTQUFTLEtBQUssVUFBZ0U7QUFDbkYsUUFBTSxVQUFVLG9FQUFvRSxTQUFTLEtBQUssSUFBSSxDQUFDO0FBQ3ZHLFNBQU8sVUFBVSxTQUFTLENBQUMsUUFBUTtBQUNqQyxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxNQUFNLEdBQUcsQ0FBQztBQUNqRSxVQUFNLFNBQWlDLENBQUM7QUFDeEMsZUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLFlBQU0sQ0FBQyxLQUFLLEtBQUssSUFBSTtBQUNyQixZQUFNLFFBQVEsV0FBVyxLQUFLLEdBQUcsS0FBSyxDQUFDLFNBQVMsU0FBUyxHQUFHLEtBQUssV0FBVyxLQUFLLEtBQUssS0FBSyxNQUFNLFVBQVU7QUFDM0csVUFBSSxDQUFDLFNBQVMsT0FBTyxPQUFRLFFBQU87QUFDcEMsYUFBTyxHQUFHLElBQUk7QUFBQSxJQUNoQjtBQUNBLFdBQU87QUFBQSxFQUNULENBQUM7QUFDSDs7O0FDNUhPLElBQU0sbUJBQW1CO0FBR3pCLElBQU0scUJBQXFCO0FBRzNCLElBQU0sb0JBQW9CO0FBQUEsRUFDL0I7QUFBQSxFQUFVO0FBQUEsRUFBUTtBQUFBLEVBQVM7QUFBQSxFQUMzQjtBQUFBLEVBQVU7QUFBQSxFQUFVO0FBQUEsRUFBTztBQUFBLEVBQVM7QUFBQSxFQUFTO0FBQUEsRUFBWTtBQUFBLEVBQXFCO0FBQUEsRUFBUztBQUFBLEVBQ3ZGO0FBQUEsRUFBUztBQUFBLEVBQWU7QUFBQSxFQUFZO0FBQUEsRUFBVztBQUFBLEVBQVk7QUFBQSxFQUFpQjtBQUFBLEVBQU07QUFBQSxFQUFRO0FBQzVGO0FBbUNPLElBQU0sb0JBQW9CO0FBRzFCLElBQU0sa0JBQWtCO0FBQUEsRUFDN0IsSUFBSSxPQUFPLFdBQVcsaUJBQWlCLE1BQU0sV0FBVyxPQUFPLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUN6RSxXQUFXLGlCQUFpQjtBQUM5QjtBQUdPLFNBQVMsY0FBYyxVQUFrQixLQUFXQyxTQUE4QjtBQUN2RixRQUFNLE9BQU8sSUFBSSxZQUFZLEVBQUUsUUFBUSxTQUFTLEVBQUUsRUFBRSxRQUFRLFdBQVcsR0FBRztBQUMxRSxNQUFJLFNBQVM7QUFDYixXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxXQUFVLEtBQUssTUFBTUEsUUFBTyxJQUFJLEVBQUUsRUFBRSxTQUFTLEVBQUU7QUFDM0UsU0FBTyxHQUFHLFNBQVMsTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJLElBQUksSUFBSSxNQUFNO0FBQ25EO0FBR08sU0FBUyxZQUFZLEtBQVUsU0FBb0M7QUFDeEUsUUFBTSxVQUFVLFFBQVEsS0FBSyxZQUFZLEtBQUssZ0JBQWdCO0FBQzlELFFBQU0sZUFBZSxRQUFRLEtBQUssaUJBQWlCLE1BQU0sY0FBYyxHQUFHLFNBQVM7QUFDbkYsUUFBTSxRQUEyQixVQUFVLFlBQVk7QUFDdkQsUUFBTSxTQUFTLGdCQUFnQixLQUFLLFVBQVUsT0FBTyxNQUFNLEtBQUssQ0FBQyxDQUFDO0FBQ2xFLFFBQU0sU0FBUyxTQUFTLE1BQU0sT0FBTyxDQUFDLFVBQVUsT0FBTyxTQUFTLEtBQUssQ0FBQyxJQUFJO0FBQzFFLFFBQU0sT0FBTyxVQUFVLEtBQUssUUFBUSxRQUFRO0FBQzVDLFFBQU0sU0FBUyxRQUFRLEtBQUssVUFBVSxpQkFBaUIsY0FBYyxRQUFRLFVBQVUsUUFBUSxLQUFLLFFBQVEsTUFBTSxDQUFDO0FBQ25ILFFBQU0sWUFBWSxRQUFRLEtBQUssUUFBUSxLQUFLLGlCQUFpQixHQUFHLENBQUMsQ0FBQztBQUdsRSxRQUFNLFlBQVksUUFBUSxLQUFLLGNBQWMsU0FBUyxnQkFBZ0Isa0JBQWtCLEdBQUcsa0JBQWtCO0FBQzdHLFNBQU8sRUFBRSxVQUFVLFFBQVEsVUFBVSxTQUFTLGNBQWMsUUFBUSxNQUFNLFFBQVEsTUFBTSxXQUFXLFVBQVU7QUFDL0c7QUFFQSxTQUFTLFVBQVUsS0FBVSxVQUFpQztBQUM1RCxRQUFNLFdBQVcsZUFBZSxRQUFRLEtBQUssQ0FBQztBQUM5QyxRQUFNLE9BQU8sQ0FBSSxVQUFvQixhQUEwQztBQUM3RSxVQUFNLFFBQVEsZ0JBQWdCLEtBQUssVUFBVSxRQUFRO0FBQ3JELFFBQUksVUFBVSxVQUFhLENBQUMsU0FBUyxTQUFTLFFBQVEsR0FBRztBQUN2RCxZQUFNLFFBQVEsU0FBUyxTQUFTLElBQUksUUFBUSxTQUFTLEtBQUssSUFBSSxDQUFDLEtBQUs7QUFDcEUsWUFBTSxJQUFJLFlBQVksVUFBVSxPQUFPLElBQUksUUFBUSxDQUFDLEVBQUUsS0FBSyxHQUFHLGlCQUFpQixRQUFRLG1CQUFtQixLQUFLLEVBQUU7QUFBQSxJQUNuSDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTztBQUFBLElBQ0wsS0FBSyxLQUFLLE9BQU8sZUFBZTtBQUFBLElBQ2hDLFlBQVksS0FBSyxjQUFjLGVBQWU7QUFBQSxJQUM5QyxVQUFVLEtBQUssWUFBWSxRQUFRO0FBQUEsSUFDbkMsTUFBTSxLQUFLLFFBQVEsSUFBSTtBQUFBLEVBQ3pCO0FBQ0Y7OztBTHZHTyxTQUFTLGFBQWdCLE1BQTBCO0FBQ3hELE1BQUk7QUFDRixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CLFNBQVMsT0FBTztBQUNkLFFBQUksRUFBRSxpQkFBaUIsYUFBYyxPQUFNO0FBQzNDLFlBQVEsTUFBTSxNQUFNLE9BQU87QUFDM0IsU0FBSyxLQUFLLE1BQU0sTUFBTSxPQUFPO0FBQzdCLFVBQU07QUFBQSxFQUNSO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsVUFBK0I7QUFDeEQsU0FBTyxhQUFhLENBQUMsUUFBUSxZQUFZLEtBQUssRUFBRSxVQUFVLEtBQUssb0JBQUksS0FBSyxHQUFHLFFBQVEsS0FBSyxPQUFPLENBQUMsQ0FBQztBQUNuRzs7O0FNekJBLE9BQU8sVUFBdUQ7OztBQ012RCxJQUFNLGtCQUFvRCxFQUFFLEtBQUssS0FBSyxNQUFNLEtBQUssUUFBUSxJQUFJOzs7QUNJN0YsSUFBTSxrQkFBa0I7QUF3Qy9CLElBQU0sbUJBQW1CLENBQUMsS0FBSyxLQUFLLEdBQUc7QUFPaEMsU0FBUyxjQUFjLFFBQWdCLFdBQXdDO0FBQ3BGLE1BQUksV0FBVyxFQUFHLFFBQU87QUFDekIsU0FBTyxDQUFDLGlCQUFpQixTQUFTLE1BQU0sS0FBSyxjQUFjO0FBQzdEO0FBT08sSUFBTSxvQkFBb0I7QUFHMUIsU0FBUyxXQUFXLFNBQXlCQyxzQkFBa0Q7QUFDcEcsUUFBTSxRQUFRLEdBQUcsUUFBUSxNQUFNLEtBQUssUUFBUSxLQUFLLEdBQUcsUUFBUSxVQUFVLEtBQUssWUFBWTtBQUN2RixRQUFNLE9BQWlCLENBQUM7QUFDeEIsTUFBSSxRQUFRLE9BQVEsTUFBSyxLQUFLLGdCQUFnQixLQUFLLEVBQUU7QUFDckQsYUFBVyxNQUFNQSxxQkFBcUIsS0FBSSxRQUFRLGNBQWMsR0FBSSxNQUFLLEtBQUssWUFBWSxFQUFFLElBQUksS0FBSyxFQUFFO0FBQ3ZHLE1BQUksUUFBUSxZQUFhLE1BQUssS0FBSyxVQUFVLEtBQUssRUFBRTtBQUNwRCxTQUFPO0FBQ1Q7QUFHTyxJQUFNLG1CQUFOLE1BQXVCO0FBQUEsRUFHNUIsWUFDbUJBLHNCQUNBLEtBQ0EsT0FDakI7QUFIaUIsK0NBQUFBO0FBQ0E7QUFDQTtBQUxuQix3QkFBaUIsU0FBUSxvQkFBSSxJQUFvQjtBQUFBLEVBTTlDO0FBQUE7QUFBQSxFQUdILE9BQU8sU0FBa0M7QUFDdkMsVUFBTSxPQUFPLFdBQVcsU0FBUyxLQUFLLG9CQUFvQixDQUFDO0FBQzNELFFBQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUU5QixVQUFNLFFBQVEsUUFBUSxVQUFVLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxvQkFBb0IsS0FBSyxJQUFJLEdBQUcsS0FBSyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUk7QUFDdEcsVUFBTUMsUUFBTyxLQUFLLE9BQU8sQ0FBQyxTQUFTLEtBQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxLQUFLLEtBQUs7QUFDcEUsUUFBSUEsTUFBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixlQUFXLE9BQU9BLE1BQU0sTUFBSyxNQUFNLElBQUksTUFBTSxLQUFLLE1BQU0sSUFBSSxHQUFHLEtBQUssS0FBSyxDQUFDO0FBQzFFLFNBQUssTUFBTSxtQkFBbUIsT0FBTyxDQUFDO0FBQ3RDLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHTyxTQUFTLG1CQUFtQixTQUFpQztBQUNsRSxRQUFNLE9BQXFCO0FBQUEsSUFDekIsU0FBUyxRQUFRO0FBQUEsSUFDakIsU0FBUyxRQUFRO0FBQUEsSUFDakIsT0FBTyxRQUFRO0FBQUEsSUFDZixRQUFRLFFBQVE7QUFBQSxJQUNoQixNQUFNLFFBQVE7QUFBQSxJQUNkLFFBQVEsUUFBUTtBQUFBLElBQ2hCLFNBQVMsUUFBUTtBQUFBLElBQ2pCLGFBQWEsUUFBUSxnQkFBZ0I7QUFBQSxJQUNyQyxZQUFZLEtBQUssTUFBTSxRQUFRLGFBQWEsR0FBSSxJQUFJO0FBQUEsSUFDcEQsTUFBTSxJQUFJLEtBQUssUUFBUSxNQUFNLEVBQUUsWUFBWTtBQUFBLEVBQzdDO0FBQ0EsU0FBTyxHQUFHLGVBQWUsR0FBRyxLQUFLLFVBQVUsSUFBSSxDQUFDO0FBQ2xEO0FBbUJBLElBQUksc0JBQXlDLENBQUM7QUFDOUMsSUFBSSxXQUF5QixNQUFNO0FBTzVCLFNBQVMsZ0JBQWdCLGNBQWlDLEtBQXlCO0FBQ3hGLHdCQUFzQixDQUFDLEdBQUcsSUFBSSxJQUFJLFlBQVksQ0FBQztBQUMvQyxhQUFXO0FBQ2I7QUFHQSxJQUFNLFdBQVcsSUFBSTtBQUFBLEVBQ25CLE1BQU07QUFBQSxFQUNOLE1BQU0sU0FBUztBQUFBLEVBQ2YsQ0FBQyxTQUFTLFFBQVEsTUFBTSxJQUFJO0FBQzlCO0FBR08sU0FBUyxlQUFlLFNBQStCO0FBQzVELFdBQVMsT0FBTyxPQUFPO0FBQ3pCOzs7QUMvSk8sSUFBTSxrQkFBa0I7QUFVeEIsU0FBUyxVQUFVLFFBQXdCO0FBQ2hELFNBQU8sTUFBTSxNQUFNLE1BQU0sSUFBSSxNQUFNLEdBQUcsU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUNyRTtBQUdPLFNBQVMsTUFBTUMsT0FBc0I7QUFDMUMsTUFBSSxPQUFPO0FBQ1gsV0FBUyxJQUFJLEdBQUcsSUFBSUEsTUFBSyxRQUFRLEtBQUs7QUFDcEMsV0FBTyxLQUFLLEtBQUssT0FBT0EsTUFBSyxXQUFXLENBQUMsR0FBRyxRQUFVLE1BQU07QUFBQSxFQUM5RDtBQUNBLFNBQU87QUFDVDtBQWlCTyxTQUFTLFlBQVksUUFBZ0IsTUFBYyxJQUFZLFdBQTJCO0FBQy9GLFFBQU0sT0FBTyxJQUFJLEdBQUcsU0FBUyxFQUFFLENBQUMsSUFBSSxVQUFVLFNBQVMsRUFBRSxDQUFDO0FBQzFELFFBQU0sT0FBTyxrQkFBa0IsT0FBTyxTQUFTLElBQUksS0FBSztBQUN4RCxRQUFNLFlBQVksS0FBSyxNQUFNLEdBQUcsS0FBSyxJQUFJLE1BQU0sQ0FBQyxDQUFDLEVBQUUsUUFBUSxPQUFPLEVBQUU7QUFDcEUsU0FBTyxZQUFZLEdBQUcsTUFBTSxJQUFJLFNBQVMsR0FBRyxJQUFJLEtBQUssR0FBRyxNQUFNLEdBQUcsSUFBSTtBQUN2RTtBQUdPLFNBQVMsYUFBYSxNQUFjLFFBQXlCO0FBQ2xFLFNBQU8sS0FBSyxXQUFXLEdBQUcsTUFBTSxHQUFHO0FBQ3JDO0FBTU8sU0FBUyxjQUFjLE1BQW9DO0FBQ2hFLE1BQUk7QUFDSixNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBSTtBQUFBLEVBQ3hCLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksQ0FBQyxNQUFNLFFBQVEsSUFBSSxFQUFHLFFBQU87QUFDakMsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDQyxTQUFrQkEsTUFBbUMsSUFBSTtBQUNqRixTQUFPLE1BQU0sTUFBTSxDQUFDLFNBQXlCLE9BQU8sU0FBUyxRQUFRLElBQUksUUFBUTtBQUNuRjs7O0FDakVBLFNBQVMsbUJBQW1CO0FBQzVCLE9BQU9DLFdBQVU7OztBQ1FWLFNBQVMsVUFBVSxPQUFlQyxTQUE2QjtBQUNwRSxhQUFTO0FBQ1AsVUFBTSxTQUFTQSxRQUFPLEtBQUs7QUFDM0IsUUFBSSxPQUFPLEtBQUssQ0FBQyxVQUFVLFVBQVUsQ0FBQyxHQUFHO0FBQ3ZDLGFBQU8sTUFBTSxLQUFLLFFBQVEsQ0FBQyxVQUFVLE1BQU0sU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQyxFQUFFLEtBQUssRUFBRTtBQUFBLElBQ25GO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxZQUFZLFNBQWlCLFFBQXdCO0FBQ25FLFNBQU8sTUFBTSxPQUFPLElBQUksTUFBTTtBQUNoQztBQWVPLElBQU0sZUFBaUQsRUFBRSxLQUFLLEtBQUssTUFBTSxLQUFLLFFBQVEsSUFBSTtBQUcxRixTQUFTLFlBQVksUUFBd0I7QUFDbEQsU0FBTyxNQUFNLE1BQU0sRUFBRSxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRztBQUNuRDtBQU1PLFNBQVMsY0FBYyxRQUFnQixRQUFvQztBQUNoRixTQUFPLEdBQUcsWUFBWSxNQUFNLENBQUMsR0FBSSxXQUFXLFVBQWEsYUFBYSxNQUFNLEtBQU0sR0FBRztBQUN2RjtBQU9PLElBQU0sZ0JBQU4sTUFBb0I7QUFBQSxFQUN6QixZQUNtQixRQUNBQSxTQUNqQjtBQUZpQjtBQUNBLGtDQUFBQTtBQUFBLEVBQ2hCO0FBQUE7QUFBQSxFQUdILEtBQUssUUFBMEM7QUFDN0MsVUFBTSxVQUFVLEdBQUcsY0FBYyxLQUFLLFFBQVEsTUFBTSxDQUFDLEdBQUcsVUFBVSxJQUFJLEtBQUssTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQzNGLFVBQU0sU0FBUyxVQUFVLEdBQUcsS0FBSyxNQUFNO0FBQ3ZDLFdBQU8sRUFBRSxTQUFTLFFBQVEsYUFBYSxZQUFZLFNBQVMsTUFBTSxFQUFFO0FBQUEsRUFDdEU7QUFDRjtBQU9PLElBQU0sYUFBTixNQUFpQjtBQUFBLEVBSXRCLFlBQTZCQSxTQUFxQjtBQUFyQixrQ0FBQUE7QUFIN0Isd0JBQVEsYUFBWSxPQUFPO0FBQzNCLHdCQUFRLE1BQUs7QUFBQSxFQUVzQztBQUFBO0FBQUEsRUFHbkQsR0FBRyxXQUEyQjtBQUM1QixRQUFJLGNBQWMsS0FBSyxXQUFXO0FBQ2hDLFdBQUssWUFBWTtBQUNqQixXQUFLLEtBQUssVUFBVSxHQUFHLEtBQUssTUFBTTtBQUFBLElBQ3BDO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUNGO0FBVU8sU0FBUyxVQUFVLFFBQWdCLFNBQWlCLFNBQWlCLFFBQW1CO0FBQzdGLFFBQU0sT0FBTyxXQUFXLFNBQVksS0FBSyxXQUFXLFVBQVUsWUFBWSxhQUFhLE9BQU8sT0FBTztBQUNyRyxTQUFPLGVBQWUsT0FBTyxZQUFZLE1BQU0sR0FBRyxJQUFJO0FBQ3hEO0FBR08sU0FBUyxZQUFZLFFBQWdCLFNBQXlEO0FBQ25HLFNBQU8sRUFBRSxTQUFTLFVBQVUsTUFBTSxJQUFJLFdBQVcsVUFBVSxRQUFRLE9BQU8sRUFBRTtBQUM5RTs7O0FEdkdBLElBQU0sU0FBUyxDQUFDQyxXQUFrQixJQUFJLFdBQVcsWUFBWUEsTUFBSyxDQUFDO0FBQ25FLElBQU0sV0FBVyxJQUFJLFdBQVcsTUFBTTtBQUN0QyxJQUFJO0FBR0csU0FBUyxpQkFBeUI7QUFDdkMsU0FBTyxTQUFTLEdBQUdDLE1BQUssR0FBRyxtQkFBbUI7QUFDaEQ7QUFPTyxTQUFTLE9BQVUsUUFBZ0IsUUFBNEIsTUFBcUM7QUFDekcsc0JBQVcsSUFBSSxjQUFjLFFBQVEsTUFBTTtBQUMzQyxRQUFNLFFBQVEsT0FBTyxLQUFLLE1BQU07QUFDaEMsRUFBQUEsTUFBSyxHQUFHLFFBQVEsU0FBUyxXQUFXLE1BQU07QUFDMUMsTUFBSTtBQUNGLFdBQU8sS0FBSyxLQUFLO0FBQUEsRUFDbkIsVUFBRTtBQUNBLFdBQU9BLE1BQUssR0FBRyxRQUFRLFNBQVM7QUFBQSxFQUNsQztBQUNGOzs7QUUxQk8sSUFBTSxnQkFBZ0I7OztBTlk3QixJQUFNLFdBQXFFO0FBQUEsRUFDekUsS0FBSyxLQUFLLGlCQUFpQixnQkFBZ0IsR0FBRztBQUFBLEVBQzlDLE1BQU0sS0FBSyxpQkFBaUIsZ0JBQWdCLElBQUk7QUFBQSxFQUNoRCxRQUFRLEtBQUssaUJBQWlCLGdCQUFnQixNQUFNO0FBQ3REO0FBb0JPLElBQU0saUJBQU4sTUFBcUI7QUFBQSxFQUsxQixZQUNtQixTQUNBLEtBQ0EsVUFBbUIsV0FDcEM7QUFIaUI7QUFDQTtBQUNBO0FBUG5CLHdCQUFpQjtBQUNqQix3QkFBUSxXQUFVO0FBQ2xCLHdCQUFRLGdCQUFlO0FBT3JCLFNBQUssVUFBVSxZQUFZLElBQUksUUFBUSxhQUFhLEVBQUU7QUFBQSxFQUN4RDtBQUFBO0FBQUEsRUFHQSxLQUFLLE9BQXlCO0FBQzVCLFVBQU0sRUFBRSxVQUFVLFFBQVEsSUFBSSxLQUFLLEtBQUssT0FBTyxPQUFPLFFBQVcsTUFBTTtBQUN2RSxVQUFNLFFBQVEsU0FBUyxXQUFXLGdCQUFnQixPQUFPLFNBQVMsT0FBTyxjQUFjLFNBQVMsSUFBSSxJQUFJO0FBQ3hHLFdBQU8sRUFBRSxVQUFVLE9BQU8sUUFBUTtBQUFBLEVBQ3BDO0FBQUE7QUFBQSxFQUdBLE9BQU8sT0FBZSxNQUF1QztBQUMzRCxXQUFPLEtBQUssS0FBSyxRQUFRLE9BQU8sTUFBTSxNQUFNLEVBQUU7QUFBQSxFQUNoRDtBQUFBO0FBQUEsRUFHQSxPQUFPLE9BQWUsTUFBdUM7QUFDM0QsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sTUFBTSxFQUFFO0FBQUEsRUFDbEQ7QUFBQTtBQUFBLEVBR1EsUUFBZ0I7QUFDdEIsUUFBSSxLQUFLLFlBQVksUUFBUyxRQUFPLFVBQVUsS0FBSyxJQUFJLFFBQVEsZUFBZSxPQUFPO0FBQ3RGLFVBQU0sVUFBVSxlQUFlO0FBQy9CLFFBQUksWUFBWSxLQUFLLFNBQVM7QUFDNUIsV0FBSyxVQUFVO0FBQ2YsV0FBSyxlQUFlLFVBQVUsS0FBSyxJQUFJLFFBQVEsZUFBZSxFQUFFLFFBQVEsQ0FBQztBQUFBLElBQzNFO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBLEVBRVEsS0FBOEIsUUFBZ0IsT0FBZSxNQUEwQixjQUFrQjtBQUMvRyxVQUFNLFFBQVEsSUFBSSxLQUFLO0FBQ3ZCLFVBQU1DLFVBQVMsS0FBSyxZQUFZO0FBQ2hDLFVBQU1DLFFBQStCRCxVQUFTLEVBQUUsTUFBTSxPQUFPLE1BQU0sSUFBSSxFQUFFLE1BQU0sT0FBTyxJQUFJLFFBQVE7QUFDbEcsVUFBTSxPQUFPLFNBQVMsU0FBWSxPQUFPLEtBQUssVUFBVSxFQUFFLEtBQUssQ0FBQztBQUNoRSxVQUFNLFFBQVEsS0FBSyxNQUFNO0FBQ3pCLFdBQU8sT0FBTyxLQUFLLElBQUksUUFBUUEsVUFBUyxTQUFTLFFBQVcsQ0FBQyxVQUFVO0FBQ3JFLFlBQU0sU0FBUyxLQUFLLElBQUk7QUFDeEIsWUFBTSxXQUFXLEtBQUssUUFBWSxRQUFRLEdBQUcsS0FBSyxPQUFPLEdBQUcsS0FBSyxJQUFJLE1BQU07QUFBQSxRQUN6RSxTQUFTO0FBQUEsVUFDUCxhQUFhLE1BQU07QUFBQSxVQUNuQixTQUFTLEtBQUs7QUFBQSxVQUNkLGNBQWM7QUFBQSxVQUNkLEdBQUksU0FBUyxPQUFPLENBQUMsSUFBSSxFQUFFLGdCQUFnQixtQkFBbUI7QUFBQSxRQUNoRTtBQUFBLFFBQ0EsTUFBQUM7QUFBQSxRQUNBO0FBQUEsUUFDQSxrQkFBa0IsU0FBUyxNQUFNO0FBQUEsTUFDbkMsQ0FBQztBQUNELFVBQUksQ0FBQ0QsUUFBUSxRQUFPLEVBQUUsVUFBVSxTQUFTLE9BQVU7QUFDbkQsWUFBTSxFQUFFLFFBQVEsUUFBUSxJQUFJO0FBQzVCLFlBQU0sU0FBUyxXQUFXLGdCQUFnQixNQUFNO0FBQ2hELFlBQU0sVUFBMEI7QUFBQSxRQUM5QixTQUFTLE1BQU07QUFBQSxRQUNmLFNBQVMsS0FBSztBQUFBLFFBQ2Q7QUFBQSxRQUNBO0FBQUEsUUFDQSxNQUFNO0FBQUEsUUFDTjtBQUFBLFFBQ0E7QUFBQSxRQUNBLFNBQVMsQ0FBQyxVQUFVLGNBQWMsUUFBUSxTQUFTLFFBQVEsY0FBYyxDQUFDO0FBQUEsUUFDMUUsWUFBWSxRQUFRO0FBQUEsUUFDcEI7QUFBQSxNQUNGO0FBQ0EscUJBQWUsT0FBTztBQUN0QixhQUFPLEVBQUUsVUFBVSxRQUFRO0FBQUEsSUFDN0IsQ0FBQztBQUFBLEVBQ0g7QUFDRjs7O0FPcEhBLFNBQVMsbUJBQW1CO0FBQzVCLE9BQU9FLFdBQVU7QUFRakIsSUFBTSxRQUFRLElBQUksWUFBWSxxQkFBcUIsTUFBZ0IsS0FBSyxNQUFNLEtBQUssbUJBQW1CLENBQUMsQ0FBQztBQU1qRyxTQUFTLGNBQWMsS0FBb0I7QUFDaEQsUUFBTSxLQUFLQyxNQUFLLEdBQUc7QUFDbkIsUUFBTSxZQUFZQSxNQUFLLEdBQUc7QUFFMUIsUUFBTSxPQUFPLE9BQU8sS0FBSyxPQUFPLGFBQWEsTUFBTSxNQUFNO0FBQ3pELFNBQU8sWUFBWSxJQUFJLFFBQVEsTUFBTSxJQUFJLFNBQVM7QUFDcEQ7OztBQ2xCTyxJQUFNLFNBQTRCLFVBQVUsc0RBQXNELENBQUMsUUFBUTtBQUNoSCxRQUFNLFFBQVEsd0JBQXdCLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ2hFLFNBQU8sUUFBUSxLQUFLLFNBQVMsTUFBTSxRQUFRO0FBQzdDLENBQUM7QUFHTSxJQUFNLFFBQTJCLFVBQVUscUNBQXFDLENBQUMsUUFBUTtBQUM5RixRQUFNLFFBQVEsMkNBQTJDLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ25GLFNBQU8sU0FBUyxLQUFLLFNBQVMsSUFBSSxRQUFRO0FBQzVDLENBQUM7QUFHTSxTQUFTLEtBQUssS0FBZ0M7QUFDbkQsU0FBTyxVQUFVLDRCQUE0QixHQUFHLElBQUksQ0FBQyxRQUFRO0FBQzNELFVBQU0sUUFBUSxZQUFZLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ3BELFdBQU8sU0FBUyxLQUFLLFNBQVMsTUFBTSxRQUFRO0FBQUEsRUFDOUMsQ0FBQztBQUNIO0FBR08sSUFBTSxnQkFBZ0I7QUFTdEIsU0FBUyxhQUFhLEtBQVUsVUFBMEQ7QUFDL0YsU0FBTztBQUFBLElBQ0wsTUFBTSxRQUFjLEtBQUssUUFBUSxNQUFNLEVBQUUsTUFBTSxTQUFTLE1BQU0sVUFBVSxLQUFLLENBQUM7QUFBQSxJQUM5RSxRQUFRLFdBQVcsS0FBSyxTQUFTLE1BQU07QUFBQSxFQUN6QztBQUNGO0FBR08sU0FBUyxXQUFXLEtBQVUsVUFBMEI7QUFDN0QsU0FBTyxRQUFRLEtBQUssV0FBVyxLQUFLLGFBQWEsR0FBRyxRQUFRO0FBQzlEO0FBR08sU0FBUyxhQUFhLEtBQVUsVUFBa0IsVUFBMEI7QUFDakYsU0FBTyxRQUFRLEtBQUssVUFBVSxVQUFVLFFBQVE7QUFDbEQ7QUFHTyxJQUFNLGVBQWtDO0FBQUEsRUFBVTtBQUFBLEVBQTJDLENBQUMsUUFDbkcsaUJBQWlCLEtBQUssR0FBRyxLQUFLLFdBQVcsR0FBRyxNQUFNLFNBQVksTUFBTTtBQUN0RTtBQUdPLFNBQVMsU0FBUyxLQUFVLFVBQWtCLFVBQTBCO0FBQzdFLFNBQU8sUUFBUSxLQUFLLFVBQVUsY0FBYyxRQUFRO0FBQ3REOzs7QUMxQ08sU0FBUyxXQUFXLEtBQWU7QUFDeEMsU0FBTztBQUFBLElBQ0wsV0FBVyxRQUFRLEtBQUssWUFBWSxPQUFPLEdBQUc7QUFBQSxJQUM5QyxZQUFZLFFBQVEsS0FBSyxtQkFBbUIsS0FBSyxHQUFHLEdBQUcsQ0FBQztBQUFBLEVBQzFEO0FBQ0Y7QUFPTyxTQUFTLFlBQVksR0FBVyxTQUFpQixLQUFpQjtBQUN2RSxNQUFJLElBQUksSUFBSSxVQUFXLFFBQU87QUFDOUIsTUFBSSxZQUFZLEVBQUcsUUFBTztBQUMxQixNQUFJLFdBQVcsSUFBSSxXQUFZLFFBQU87QUFDdEMsU0FBTyxJQUFJLElBQUksYUFBYSxJQUFJLElBQUksYUFBYSxJQUFJLFdBQVc7QUFDbEU7QUFHTyxTQUFTLFlBQVksR0FBVyxRQUFtQztBQUN4RSxTQUFPLE9BQU8sS0FBSyxJQUFJLE9BQU8sU0FBUyxHQUFHLEtBQUssTUFBTSxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUU7OztBQ3JDQSxPQUFPQyxXQUFVO0FBV2pCLElBQUk7QUFPRyxTQUFTLE1BQU1DLFNBQTRCO0FBQ2hELE1BQUksQ0FBQyxTQUFTO0FBQ1osVUFBTSxTQUFTQyxNQUFLLEtBQUssUUFBUSxNQUFNLFVBQVVELFFBQU87QUFDeEQsY0FBVSxFQUFFLFFBQVEsUUFBUSxVQUFVLE1BQU0sRUFBRTtBQUFBLEVBQ2hEO0FBQ0EsU0FBTztBQUNUOzs7QUN4QkEsU0FBUyxhQUFhO0FBQ3RCLFNBQVMsZUFBZTs7O0FDY2pCLElBQU0sZUFBZTtBQU9yQixTQUFTLFdBQVcsTUFBZSxVQUF5QixhQUFxQixPQUErQjtBQUVySCxRQUFNLFlBQ0osU0FBUyxpQkFBaUIsNEJBQTRCLGdCQUFnQixNQUFNLE1BQWdCLENBQUMsS0FDM0YsU0FBUyxZQUFZLGVBQWUsV0FBVyxPQUMvQztBQUNKLFFBQU0sVUFBVSxhQUFhLE9BQU8sU0FBUztBQUM3QyxRQUFNLFFBQVEsWUFBWSxPQUFPLFNBQVMsaUJBQWlCLFVBQVUsS0FBSztBQUMxRSxNQUFJLFNBQVMsV0FBVztBQUN0QixVQUFNLElBQUksWUFBWTtBQUN0QixVQUFNLFdBQVcsYUFBYSxPQUFPLENBQUMsQ0FBQztBQUN2QyxXQUFPO0FBQUEsTUFDTCxRQUFRLHNCQUFzQixDQUFDLHFDQUFxQyxRQUFRO0FBQUEsTUFDNUUsa0JBQWtCLDZCQUE2QixLQUFLLE1BQU0sSUFBSSxHQUFHLENBQUMsR0FBRyxRQUFRO0FBQUEsTUFDN0U7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFNBQ0osU0FBUyxpQkFDTCxXQUFXLHNCQUFzQixPQUFPLEVBQUUsbUJBQW1CLFFBQVEsQ0FBQyxJQUN0RSxXQUFXLDRCQUE0QixPQUFPLEVBQUUsUUFBUSxPQUFPLENBQUM7QUFDdEUsU0FBTyxFQUFFLFFBQVEsa0JBQWtCLFFBQVEsU0FBUyxNQUFNO0FBQzVEO0FBR0EsU0FBUyxXQUFXLFNBQWlCLE9BQW1CLE1BQXNDO0FBQzVGLFNBQU8sUUFBUSxPQUFPLEdBQUcsYUFBYSxPQUFPLElBQUksQ0FBQyx5QkFBeUIsT0FBTyxHQUFHLGFBQWEsT0FBTyxDQUFDLENBQUMsQ0FBQztBQUM5RztBQUVBLFNBQVMsYUFBYSxPQUFtQixPQUF1QztBQUM5RSxRQUFNLFNBQVMsRUFBRSxRQUFRLE1BQU0sUUFBUSxPQUFPLE1BQU0sT0FBTyxRQUFRLE1BQU0sUUFBUSxHQUFHLE1BQU07QUFDMUYsU0FBTyxJQUFJLE9BQU8sUUFBUSxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sR0FBRyxDQUFDLEtBQUssQ0FBQyxHQUFHLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFDN0U7QUFRTyxTQUFTLG9CQUFvQixRQUF3QjtBQUMxRCxTQUFPLGVBQWUsT0FBTyxXQUFXLEtBQUssS0FBSyxDQUFDO0FBQ3JEO0FBT08sU0FBUyxhQUFhLE9BQW1CLFdBQTRCO0FBQzFFLFFBQU0sUUFBUTtBQUFBLElBQ1osNEJBQTRCLFlBQVk7QUFBQSxJQUN4QztBQUFBLElBQ0EsdUJBQXVCLE1BQU0sTUFBTTtBQUFBLElBQ25DLHdCQUF3QixNQUFNLEtBQUs7QUFBQSxJQUNuQyw0QkFBNEIsb0JBQW9CLE1BQU0sTUFBTSxDQUFDO0FBQUEsSUFDN0QsR0FBSSxZQUFZLENBQUMsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUNqQztBQUNBLFNBQU8sS0FBSyxNQUFNLEtBQUssTUFBTSxDQUFDO0FBQ2hDO0FBUU8sU0FBUyxZQUFZLE9BQW1CLE9BQWdDO0FBQzdFLFFBQU0sUUFBUSxVQUFVLFVBQVUsb0JBQW9CO0FBQ3RELFNBQU8sa0JBQWtCLFlBQVksTUFBTSxNQUFNLEdBQUcsS0FBSyxNQUFNLEtBQUssSUFBSSxLQUFLLGlCQUFpQixjQUFjLE1BQU0sUUFBUSxNQUFNLE1BQU0sQ0FBQztBQUN6STs7O0FDdkZPLElBQU0sVUFBVSxDQUFDLE9BQU8sUUFBUSxRQUFRO0FBS3hDLElBQU0saUJBQWlCO0FBTXZCLElBQU0sK0JBQStCO0FBOEJyQyxTQUFTLGFBQWEsT0FBNEI7QUFDdkQsUUFBTSxZQUFZLGFBQWEsTUFBTSxHQUFHO0FBQ3hDLFFBQU0sTUFBTSxNQUFNLGlCQUFpQixXQUFXLGFBQWE7QUFDM0QsUUFBTSxPQUFjLENBQUM7QUFDckIsYUFBVyxTQUFTLE1BQU0sUUFBUTtBQUNoQyxlQUFXLFVBQVUsTUFBTSxXQUFXLFNBQVM7QUFDN0MsWUFBTSxRQUFRLEdBQUcsTUFBTSxLQUFLLEtBQUs7QUFDakMsWUFBTSxRQUFvQixFQUFFLFFBQVEsTUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJO0FBQ3JFLGlCQUFXLFlBQVksVUFBVSxPQUFPLENBQUMsY0FBYyxVQUFVLFNBQVMsU0FBUyxNQUFNLEtBQUssSUFBSSxHQUFHO0FBQ25HLGNBQU0sWUFBWSxTQUFTLFVBQVUsTUFBTTtBQUMzQyxhQUFLLEtBQUs7QUFBQSxVQUNSLElBQUksR0FBRyxTQUFTLFFBQVEsSUFBSSxPQUFPLFlBQVksQ0FBQyxJQUFJLEtBQUs7QUFBQSxVQUN6RCxhQUFhLFNBQVMsWUFBWSxPQUFPLE1BQU07QUFBQSxVQUMvQyxNQUFNLFNBQVM7QUFBQSxVQUNmLFFBQVEsU0FBUztBQUFBLFVBQ2pCLE1BQU0sRUFBRSxPQUFPLE9BQU87QUFBQSxVQUN0QixNQUFNLFNBQVM7QUFBQSxVQUNmO0FBQUEsVUFDQSxTQUFTLFdBQVcsU0FBUyxNQUFNLFdBQVcsU0FBUyxJQUFJLEdBQUcsVUFBVSxPQUFPLEtBQUs7QUFBQSxVQUNwRjtBQUFBLFVBQ0EsT0FBTyxTQUFTO0FBQUEsUUFDbEIsQ0FBQztBQUFBLE1BQ0g7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsYUFBYSxLQUF5QztBQUM3RCxRQUFNLGlCQUFpQixDQUFDLFdBQW1CLGNBQWMsSUFBSSxTQUFTLFFBQVEsSUFBSSxZQUFZO0FBQzlGLFFBQU0sV0FBVyxDQUFDLFdBQ2hCLElBQUksWUFBWSxhQUFhLFdBQVcsU0FBUyxxREFBcUQ7QUFDeEcsUUFBTSxVQUFVLENBQUMsTUFBeUIsUUFBNkI7QUFBQSxJQUNyRSxNQUFNO0FBQUEsSUFDTixVQUFVLFdBQVcsS0FBSyxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQUEsSUFDOUMsUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBLE9BQU87QUFBQSxJQUNQLFdBQVcsT0FBTyxFQUFFLElBQUksS0FBSyxPQUFPLElBQUksTUFBTSxLQUFLO0FBQUEsSUFDbkQsYUFBYSxDQUFDLFVBQVUsR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsUUFBUSxLQUFLLDJCQUEyQixFQUFFO0FBQUEsRUFDeEY7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsTUFBTTtBQUFBLE1BQ04sVUFBVTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsV0FBVyxDQUFDLFlBQVksRUFBRSxJQUFJLEtBQUssT0FBTyxlQUFlLE1BQU0sR0FBRyxNQUFNLFFBQVE7QUFBQSxNQUNoRixhQUFhLENBQUMsT0FBTyxXQUFXLEdBQUcsUUFBUSxJQUFJLGVBQWUsTUFBTSxDQUFDLENBQUMsT0FBTyxLQUFLLG9CQUFvQixTQUFTLE1BQU0sQ0FBQztBQUFBLElBQ3hIO0FBQUEsSUFDQSxRQUFRLFNBQVMsSUFBSSxLQUFLO0FBQUEsSUFDMUIsUUFBUSxTQUFTLElBQUksS0FBSztBQUFBLElBQzFCO0FBQUE7QUFBQTtBQUFBLE1BR0UsTUFBTTtBQUFBLE1BQ04sU0FBUyxDQUFDLEtBQUs7QUFBQSxNQUNmLFVBQVU7QUFBQSxNQUNWLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxNQUNQLFdBQVcsT0FBTyxFQUFFLElBQUksS0FBSyxPQUFPLE1BQU0sSUFBSSxNQUFNLEdBQUcsTUFBTSxRQUFRO0FBQUEsTUFDckUsYUFBYSxDQUFDLFVBQVUsR0FBRyxRQUFRLElBQUksTUFBTSxDQUFDLHFCQUFxQixLQUFLO0FBQUEsSUFDMUU7QUFBQSxFQUNGO0FBQ0Y7QUFHQSxTQUFTLGNBQWMsU0FBcUIsUUFBZ0IsV0FBMkI7QUFDckYsUUFBTSxTQUFTLE1BQU0sSUFBSSxTQUFTO0FBQ2xDLFNBQU8sWUFBWSxhQUFhLFdBQVcsU0FBUyxLQUFLLElBQUksUUFBUSw0QkFBNEIsSUFBSTtBQUN2RztBQUVBLFNBQVMsV0FBVyxNQUE4QjtBQUNoRCxTQUFPLFNBQVMsU0FBUyxPQUFPLE9BQU8sS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLElBQUk7QUFDOUQ7QUFHQSxTQUFTLE1BQU0sT0FBdUI7QUFDcEMsU0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFHLElBQUk7QUFDbkM7QUFFQSxTQUFTLFFBQVFFLFFBQXVCO0FBQ3RDLFNBQU8sR0FBRyxNQUFNQSxTQUFRLEdBQUcsQ0FBQztBQUM5Qjs7O0FGM0hBLElBQU0sZ0JBQWdCLElBQUksUUFBUSxjQUFjO0FBTXpDLFNBQVMsUUFBVyxPQUFVLE1BQTZDQyxPQUFrRDtBQUNsSSxNQUFJLE1BQU07QUFDVixhQUFXLENBQUMsTUFBTSxTQUFTLEtBQUssT0FBTyxRQUFRLElBQUksR0FBRztBQUNwRCxVQUFNLFNBQVMsTUFBTSxPQUFPLEVBQUUsQ0FBQyxJQUFJLEdBQUcsVUFBVSxHQUFHQSxLQUFJO0FBQ3ZELGtCQUFjLElBQUksR0FBRyxFQUFFLEdBQUdBLE9BQU0sUUFBUSxPQUFPLE1BQU0sRUFBRSxDQUFDO0FBQ3hELFVBQU0sT0FBTztBQUFBLEVBQ2Y7QUFDQSxTQUFPO0FBQ1Q7OztBR2ZPLFNBQVMsVUFBVSxNQUFnQixPQUFlLE1BQTREO0FBQ25ILFFBQU0sU0FBUyxRQUFRLE1BQU0sTUFBTSxFQUFFLE9BQU8sUUFBUSxNQUFNLENBQUM7QUFDM0QsTUFBSSxDQUFDLFVBQVUsS0FBSyxRQUFTLGdCQUFlLEVBQUUsR0FBRyxLQUFLLFNBQVMsYUFBYSxLQUFLLENBQUM7QUFDbEYsU0FBTztBQUNUOzs7QUNITyxTQUFTLFNBQVMsU0FBaUIsS0FBWSxRQUFtQztBQUN2RixRQUFNLFNBQVMsSUFBSSxlQUFlLFNBQVMsS0FBSyxPQUFPO0FBQ3ZELE1BQUksVUFBVTtBQUNkLGFBQVcsU0FBUyxRQUFRO0FBQzFCLFVBQU0sRUFBRSxVQUFVLE1BQU0sSUFBSSxPQUFPLEtBQUssS0FBSztBQUM3QyxRQUFJLENBQUMsT0FBTztBQUNWLGNBQVEsS0FBSyxlQUFlLEtBQUssYUFBYSxTQUFTLE1BQU0sZ0JBQWdCLElBQUksTUFBTSxlQUFlO0FBQ3RHO0FBQUEsSUFDRjtBQUNBLGVBQVcsUUFBUSxNQUFNLE9BQU8sQ0FBQ0MsU0FBUSxhQUFhQSxNQUFLLElBQUksTUFBTSxDQUFDLEdBQUc7QUFDdkUsVUFBSSxPQUFPLE9BQU8sT0FBTyxJQUFJLEVBQUUsV0FBVyxnQkFBZ0IsT0FBUTtBQUFBLElBQ3BFO0FBQUEsRUFDRjtBQUNBLE1BQUksVUFBVSxFQUFHLFNBQVEsS0FBSyxrQkFBa0IsT0FBTyxpQkFBaUIsSUFBSSxNQUFNLEVBQUU7QUFDcEYsU0FBTztBQUNUOzs7QUNHTyxTQUFTLGFBQWFDLFNBQXFCLEtBQXdCO0FBQ3hFLFFBQU0sVUFBaUIsQ0FBQztBQUN4QixNQUFJO0FBQ0osU0FBTztBQUFBLElBQ0wsUUFBYztBQUNaLFlBQU0sTUFBTSxNQUFNQSxPQUFNO0FBQ3hCLDBCQUFXLElBQUksZUFBZUEsUUFBTyxTQUFTLEdBQUc7QUFDakQsWUFBTSxRQUFRLFlBQVksS0FBSyxPQUFPLEdBQUcsUUFBUSxRQUFRLEdBQUc7QUFDNUQsVUFBSSxVQUFVLFVBQVU7QUFDdEIsY0FBTUMsT0FBTSxRQUFRLE1BQU07QUFDMUIsZUFBTyxPQUFPQSxLQUFJLE9BQU9BLEtBQUksSUFBSTtBQUNqQztBQUFBLE1BQ0Y7QUFDQSxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBR0QsUUFBTyxNQUFNO0FBQ3RELFVBQUksVUFBVSxRQUFRO0FBQ3BCLGNBQU0sT0FBTyxPQUFPLEtBQUssS0FBSztBQUU5QixZQUFJLEtBQUssU0FBUyxXQUFXLGdCQUFnQixLQUFLO0FBQ2hELG9CQUFVLE1BQU0sT0FBTyxFQUFFLGdDQUFnQyxDQUFDLFdBQVcsT0FBTyxVQUFVLE9BQVUsQ0FBQztBQUFBLFFBQ25HO0FBQ0E7QUFBQSxNQUNGO0FBQ0EsWUFBTSxPQUFPLGNBQWMsR0FBRztBQUc5QixVQUFJLE9BQU8sT0FBTyxPQUFPLElBQUksRUFBRSxXQUFXLGdCQUFnQixLQUFNLFNBQVEsS0FBSyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDOUY7QUFBQSxJQUNBLFFBQWM7QUFDWixlQUFTQSxRQUFPLFNBQVMsTUFBTUEsT0FBTSxHQUFHQSxRQUFPLE1BQU07QUFBQSxJQUN2RDtBQUFBLEVBQ0Y7QUFDRjs7O0FDbkRPLElBQU0sY0FBYztBQUFBLEVBQ3pCO0FBQUEsRUFBUztBQUFBLEVBQVk7QUFBQSxFQUFVO0FBQUEsRUFBVTtBQUFBLEVBQVE7QUFBQSxFQUFTO0FBQUEsRUFBUztBQUFBLEVBQ25FO0FBQUEsRUFBZTtBQUFBLEVBQVk7QUFBQSxFQUFXO0FBQ3hDOzs7QUNITyxTQUFTLFlBQVlFLFNBQThCO0FBQ3hELFNBQU87QUFBQSxJQUNMLE1BQU0sRUFBRSxHQUFHQSxRQUFPLE1BQU0sUUFBUUEsUUFBTyxPQUFPO0FBQUEsSUFDOUMsWUFBWTtBQUFBLElBQ1osV0FBVyxZQUFZQSxRQUFPLFFBQVEsYUFBYSxFQUFFO0FBQUE7QUFBQSxJQUVyRCx1QkFBdUI7QUFBQSxJQUN2QixjQUFjO0FBQUEsSUFDZCxpQkFBaUI7QUFBQSxFQUNuQjtBQUNGOzs7QUNnQk8sSUFBTSxvQkFBc0QsRUFBRSxNQUFNLEdBQUcsTUFBTSxJQUFJLE1BQU0sS0FBSztBQXNDbkcsSUFBTSxvQkFBb0I7QUFPbkIsU0FBUyxPQUFPLGVBQXVCLFFBQTZEO0FBQ3pHLFFBQU0sU0FBUyxLQUFLLEtBQUssZ0JBQWdCLG9CQUFvQixDQUFDO0FBQzlELFNBQU8sRUFBRSxpQkFBaUIsS0FBSyxJQUFJLFFBQVEsS0FBSyxJQUFJLEdBQUcsTUFBTSxDQUFDLEdBQUcsT0FBTztBQUMxRTtBQUdPLFNBQVMsVUFBVUMsT0FBb0I7QUFDNUMsU0FBT0EsTUFBSyxPQUFPLGtCQUFrQkEsTUFBSyxRQUFRO0FBQ3BEOzs7QUM5RU8sU0FBUyxTQUFTLEtBQTJCO0FBQ2xELFFBQU0sRUFBRSxNQUFBQyxPQUFNLE9BQU8sSUFBSSxhQUFhLEtBQUssRUFBRSxNQUFNLElBQUksUUFBUSxJQUFJLENBQUM7QUFDcEUsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsV0FBVztBQUFBLElBQ1gsVUFBVUEsTUFBSztBQUFBLElBQ2YsUUFBUTtBQUFBLE1BQ04sRUFBRSxVQUFVLFNBQVMsS0FBSyxXQUFXLElBQUksR0FBRyxRQUFRQSxNQUFLLEtBQUs7QUFBQSxNQUM5RCxFQUFFLFVBQVUsYUFBYSxLQUFLLFlBQVksSUFBSSxHQUFHLFFBQVFBLE1BQUssS0FBSztBQUFBLE1BQ25FLEVBQUUsVUFBVSxTQUFTLEtBQUssYUFBYSxLQUFLLEdBQUcsUUFBUSxFQUFFO0FBQUEsSUFDM0Q7QUFBQSxJQUNBLEdBQUcsT0FBTyxVQUFVQSxLQUFJLEdBQUcsTUFBTTtBQUFBLElBQ2pDLGNBQWM7QUFBQSxFQUNoQjtBQUNGOzs7QUN0QkEsT0FBT0MsV0FBVTs7O0FDVVYsU0FBUyxhQUFhLFFBQWdCQyxPQUFzQztBQUNqRixRQUFNLFNBQVMsT0FBTyxRQUFRQSxLQUFJLEVBQUUsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFO0FBQzNFLFNBQU8sT0FBTyxTQUFTLEdBQUcsTUFBTSxJQUFJLE9BQU8sS0FBSyxHQUFHLENBQUMsTUFBTTtBQUM1RDtBQUdPLFNBQVMsb0JBQW9CLEtBQThDO0FBQ2hGLFNBQU8sR0FBRyxJQUFJLElBQUksR0FBRyxJQUFJLFVBQVUsRUFBRSxHQUFHLElBQUksVUFBVSxLQUFLO0FBQzdEO0FBR08sSUFBTSxtQkFBbUI7QUFNaEMsU0FBUyxZQUFZLEtBQWtCO0FBQ3JDLFNBQU8sR0FBRyxJQUFJLElBQUk7QUFDcEI7QUFRTyxTQUFTLGtCQUNkLFNBQ0EsVUFDNkI7QUFDN0IsUUFBTSxhQUEwQyxDQUFDO0FBQ2pELFFBQU1DLE9BQU0sQ0FBQyxLQUFhLGNBQStCO0FBQ3ZELFVBQU0sT0FBUSxzQ0FBb0IsQ0FBQztBQUNuQyxRQUFJLENBQUMsS0FBSyxLQUFLLENBQUMsYUFBYSxLQUFLLFVBQVUsUUFBUSxNQUFNLEtBQUssVUFBVSxTQUFTLENBQUMsRUFBRyxNQUFLLEtBQUssU0FBUztBQUFBLEVBQzNHO0FBQ0EsYUFBVyxPQUFPLFNBQVM7QUFDekIsSUFBQUEsS0FBSSxhQUFhLElBQUksUUFBUSxJQUFJLElBQUksR0FBRyxPQUFPLEtBQUssU0FBUyxNQUFNLFNBQVMsVUFBVSxDQUFDO0FBQ3ZGLElBQUFBLEtBQUksYUFBYSxJQUFJLE9BQU8sSUFBSSxJQUFJLEdBQUcsU0FBUyxTQUFTLFdBQVcsYUFBYSxnQkFBZ0I7QUFBQSxFQUNuRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsT0FBTyxLQUFVLE1BQWUsWUFBK0I7QUFDdEUsTUFBSSxTQUFTLFNBQVUsUUFBTyxZQUFZLEdBQUc7QUFDN0MsUUFBTSxZQUFZLG9CQUFvQixHQUFHO0FBQ3pDLFNBQU8sU0FBUyxTQUFTLEVBQUUsV0FBVyxhQUFhLE1BQU0sZ0JBQWdCLFdBQVcsSUFBSTtBQUMxRjtBQU1PLElBQU0sc0JBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPOzs7QUNoRDNGLElBQU0sZUFBc0MsQ0FBQyxXQUFXLGdCQUFnQjtBQVF4RSxJQUFNLFlBQWdDLENBQUMsUUFBUSxRQUFRLFFBQVE7QUE0Qi9ELElBQU0saUJBQWlCO0FBRXZCLElBQU0saUJBQWlCO0FBRXZCLElBQU0sdUJBQXVCO0FBRTdCLElBQU0sc0JBQXNCO0FBR25DLElBQU0sUUFBMkIsVUFBVSx3Q0FBd0MsQ0FBQyxRQUFRO0FBQzFGLE1BQUksQ0FBQyxnQkFBZ0IsS0FBSyxHQUFHLEVBQUcsUUFBTztBQUN2QyxRQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFNBQU8sUUFBUSxLQUFLLFFBQVEsSUFBSSxRQUFRO0FBQzFDLENBQUM7QUFHRCxTQUFTLFFBQVEsT0FBZSxXQUFzQztBQUNwRSxTQUFPLFVBQVUsOEJBQThCLEtBQUssS0FBSyxTQUFTLEtBQUssQ0FBQyxRQUFRO0FBQzlFLFVBQU0sUUFBUSxhQUFhLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ3JELFdBQU8sU0FBUyxTQUFTLFNBQVMsS0FBSyxLQUFLLElBQUksUUFBUTtBQUFBLEVBQzFELENBQUM7QUFDSDtBQUdBLElBQU0sZ0JBQWdCLFNBQVMseUJBQXlCLDhDQUE4QztBQU0vRixTQUFTLGlCQUFpQixLQUFVLGFBQW1DO0FBQzVFLFFBQU0sUUFBUSxRQUFRLEtBQUssY0FBYyxpQkFBaUIsY0FBYztBQUN4RSxTQUFPO0FBQUEsSUFDTCxTQUFTLFFBQVEsS0FBSyxlQUFlLE1BQU0sWUFBWSxHQUFHLFNBQVM7QUFBQSxJQUNuRSxNQUFNLFFBQVEsS0FBSyxZQUFZLE1BQU0sU0FBUyxHQUFHLFdBQVc7QUFBQSxJQUM1RDtBQUFBLElBQ0EsT0FBTyxRQUFRLEtBQUssY0FBYyxRQUFRLE9BQU8sWUFBWSxHQUFHLEtBQUssSUFBSSxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsSUFDL0YsY0FBYyxRQUFRLEtBQUssb0JBQW9CLE9BQU8sb0JBQW9CO0FBQUEsSUFDMUUsUUFBUSxRQUFRLEtBQUssY0FBYyxPQUFPLG9CQUFvQjtBQUFBLElBQzlELFlBQVksUUFBUSxLQUFLLG1CQUFtQixVQUFVLG1CQUFtQjtBQUFBLElBQ3pFLFNBQVM7QUFBQSxNQUNQLEtBQUssUUFBUSxLQUFLLGVBQWUsS0FBSyx1QkFBdUI7QUFBQSxNQUM3RCxVQUFVLFFBQVEsS0FBSyxxQkFBcUIsZUFBZSxPQUFPO0FBQUEsTUFDbEUsU0FBUyxRQUFRLEtBQUssb0JBQW9CLGVBQWUsTUFBTTtBQUFBLE1BQy9ELFVBQVUsUUFBUSxLQUFLLHFCQUFxQixlQUFlLE9BQU87QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFDRjs7O0FGbEZBLElBQUk7QUFRRyxTQUFTLFdBQ2RDLFNBQ0EsVUFDbUQ7QUFDbkQsUUFBTSxXQUFXLGFBQWEsQ0FBQyxRQUFRLGlCQUFpQixLQUFLLFNBQVMsSUFBSSxDQUFDO0FBQzNFLFdBQVMsRUFBRSxRQUFBQSxTQUFRLFVBQVUsU0FBUyxTQUFTLFFBQVE7QUFDdkQsUUFBTSxVQUFVLGFBQWEsRUFBRSxHQUFHQSxTQUFRLFNBQVMsU0FBUyxTQUFTLEtBQUssU0FBUyxDQUFDO0FBQ3BGLFFBQU0sWUFBWSxRQUFRLE9BQU8sQ0FBQyxRQUFRLElBQUksU0FBUyxTQUFTLEVBQUUsSUFBSSxDQUFDLFFBQVEsSUFBSSxVQUFVLEtBQUs7QUFDbEcsa0JBQWdCLFdBQVcsTUFBTUMsTUFBSyxTQUFTLGNBQWM7QUFDN0QsU0FBTyxFQUFFLFlBQVksa0JBQWtCLFNBQVMsUUFBUSxHQUFHLG1CQUFtQixvQkFBb0I7QUFDcEc7QUFHTyxTQUFTLGFBQXFDO0FBQ25ELFNBQU87QUFDVDs7O0FHeEJPLFNBQVMsV0FBVyxNQUFlLFdBQXlCLFVBQWtCLE9BQTZCO0FBQ2hILE1BQUksU0FBUyxRQUFRO0FBQ25CLFVBQU0sZUFBZSxVQUFVLEdBQUcsV0FBVyxHQUFHLElBQUksV0FBVyxJQUFJO0FBQ25FLFVBQU1DLFdBQVUsVUFBVSxHQUFHLFdBQVcsR0FBRyxJQUFJLFVBQVUsUUFBUSxJQUFJLFVBQVU7QUFDL0UsV0FBT0EsV0FBVSxJQUFJLGVBQWVBLFdBQVUsZUFBZSxJQUFJLFdBQVc7QUFBQSxFQUM5RTtBQUNBLFFBQU0sVUFBVSxJQUFJLE9BQU8sS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLElBQUk7QUFDaEQsU0FBTyxZQUFZLFNBQVMsRUFBRSxDQUFDLElBQUksR0FBRyxTQUFTLEdBQUcsVUFBVSxLQUFLLElBQUk7QUFDdkU7QUFHTyxTQUFTLFlBQVksT0FBb0IsT0FBdUI7QUFDckUsUUFBTSxTQUFrQztBQUFBLElBQ3RDLENBQUMsT0FBTyxDQUFDO0FBQUEsSUFDVCxDQUFDLE9BQU8sR0FBRztBQUFBLElBQ1gsQ0FBQyxTQUFTLEdBQUc7QUFBQSxJQUNiLENBQUMsU0FBUyxJQUFJO0FBQUEsSUFDZCxDQUFDLFNBQVMsSUFBSTtBQUFBLElBQ2QsQ0FBQyxPQUFPLENBQUM7QUFBQSxFQUNYLEVBQ0csT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLE9BQU8sTUFBTSxJQUFjLE1BQU0sUUFBUSxFQUM1RCxJQUFJLENBQUMsQ0FBQyxNQUFNLElBQUksTUFBTSxDQUFDLE1BQU0sSUFBYyxHQUFHLElBQWMsQ0FBQztBQUNoRSxNQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEMsTUFBSSxRQUFRLE9BQU8sQ0FBQyxFQUFFLENBQUMsRUFBRyxRQUFPLElBQUksT0FBTyxDQUFDLEVBQUUsQ0FBQztBQUNoRCxXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sUUFBUSxLQUFLO0FBQ3RDLFVBQU0sQ0FBQyxVQUFVLE9BQU8sSUFBSSxPQUFPLElBQUksQ0FBQztBQUN4QyxVQUFNLENBQUMsV0FBVyxRQUFRLElBQUksT0FBTyxDQUFDO0FBQ3RDLFFBQUksUUFBUSxXQUFXO0FBQ3JCLFlBQU0sT0FBTyxjQUFjLFdBQVcsVUFBVSxXQUFZLFFBQVEsYUFBYSxZQUFZLGFBQWMsV0FBVztBQUN0SCxhQUFPLElBQUk7QUFBQSxJQUNiO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUUsQ0FBQztBQUN4Qzs7O0FDakNPLElBQU0sb0JBQW9CO0FBRzFCLFNBQVMsYUFBYSxPQUFlLEtBQXdCO0FBQ2xFLFNBQU8sRUFBRSxNQUFNLEtBQUssTUFBTSxLQUFLLElBQUksbUJBQW1CLElBQUksS0FBSyxNQUFNLEdBQUcsSUFBSSxrQkFBa0I7QUFDaEc7QUFVTyxTQUFTLFdBQVcsU0FBMEIsWUFBd0IsT0FBZSxPQUEwQjtBQUNwSCxRQUFNLE1BQU0sRUFBRSxPQUFPLFFBQVEsVUFBVSxNQUFNLFFBQVEsU0FBUyxPQUFPLFFBQVEsU0FBUyxFQUFFLFVBQVU7QUFDbEcsUUFBTUMsUUFBTyxlQUFlLFVBQVUsRUFBRSxXQUFXLFdBQVcsTUFBTSxJQUFJLEVBQUUsTUFBTSxNQUFNO0FBQ3RGLFFBQU0sT0FBTyxFQUFFLFlBQVksS0FBSyxTQUFTLENBQUMsRUFBRSxPQUFPLEtBQUssWUFBWSxFQUFFLElBQUksR0FBRyxHQUFHQSxNQUFLLENBQUMsR0FBRyxPQUFPLEVBQUUsTUFBTSxPQUFPLE1BQU0sSUFBSSxHQUFHLElBQUksT0FBTyxNQUFNLEVBQUUsRUFBRSxFQUFFO0FBQ25KLFNBQU8sR0FBRyxRQUFRLEdBQUcsa0NBQWtDLGlCQUFpQixLQUFLLFVBQVUsRUFBRSxHQUFHLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFDdEc7QUFHQSxTQUFTLGlCQUFpQixPQUF1QjtBQUMvQyxTQUFPLG1CQUFtQixLQUFLLEVBQUUsUUFBUSxzQkFBc0IsQ0FBQyxZQUFZLG1CQUFtQixPQUFPLENBQUM7QUFDekc7QUFnQk8sU0FBUyxTQUFTLFNBQTBCLFFBQWdCLE9BQXlCO0FBQzFGLFNBQU87QUFBQSxJQUNMLE9BQU87QUFBQSxNQUNMO0FBQUEsTUFDQTtBQUFBLE1BQ0EsOEJBQThCLFlBQVksa0RBQWtELG9CQUFvQixNQUFNLENBQUM7QUFBQSxNQUN2SDtBQUFBLElBQ0Y7QUFBQSxJQUNBLE1BQU0sV0FBVyxTQUFTLFFBQVEsa0JBQWtCLFlBQVksa0JBQWtCLFlBQVksTUFBTSxDQUFDLEtBQUssS0FBSztBQUFBLElBQy9HLE9BQU87QUFBQSxNQUNMO0FBQUEsTUFDQTtBQUFBLE1BQ0EsMkRBQTJELE1BQU07QUFBQSxNQUNqRTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7OztBQ3JFTyxJQUFNLGlCQUFpQjtBQUV2QixJQUFNLGtCQUFrQjs7O0FDOEJ4QixTQUFTLGdCQUFnQixNQUFxQixTQUF5QixLQUE0QjtBQUN4RyxRQUFNLE1BQU0sSUFBSSxJQUFJLFlBQVk7QUFDaEMsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJLElBQUksUUFBUSxJQUFJLEtBQUssTUFBTSxpQkFBaUIsRUFBRSxZQUFZO0FBQ3JGLFFBQU0sUUFBUSxhQUFhLE9BQU8sR0FBRztBQUNyQyxRQUFNLE9BQU8sUUFBUSxJQUFJLENBQUMsUUFBUSxTQUFTLE1BQU0sS0FBSyxJQUFJLElBQUksU0FBUyxLQUFLLENBQUM7QUFDN0UsUUFBTSxTQUFTLENBQUMsUUFBZ0IsS0FBSyxRQUFRLEdBQUcsR0FBRyxVQUFVLENBQUM7QUFDOUQsU0FBTztBQUFBLElBQ0wsUUFBUTtBQUFBLElBQ1IsU0FBUztBQUFBLElBQ1QsUUFBUSxJQUFJO0FBQUEsSUFDWixVQUFVLElBQUk7QUFBQSxJQUNkLFNBQVMsSUFBSSxJQUFJO0FBQUEsSUFDakIsTUFBTSxJQUFJLElBQUk7QUFBQSxJQUNkLFNBQVMsSUFBSTtBQUFBLElBQ2IsUUFBUSxFQUFFLE9BQU8sSUFBSTtBQUFBLElBQ3JCLFFBQVE7QUFBQSxNQUNOLFVBQVUsT0FBTyxXQUFXLEVBQUUsU0FBUztBQUFBLE1BQ3ZDLFlBQVksT0FBTyxZQUFZLEVBQUUsU0FBUztBQUFBLE1BQzFDLGlCQUFpQixLQUFLLE1BQU0sb0JBQW9CO0FBQUEsTUFDaEQsY0FBYyxPQUFPLFFBQVEsRUFBRSxVQUFVO0FBQUEsTUFDekMsY0FBYyxPQUFPLFFBQVEsRUFBRSxTQUFTO0FBQUEsSUFDMUM7QUFBQSxJQUNBLE1BQU0sWUFBWSxNQUFNLE9BQU87QUFBQSxJQUMvQjtBQUFBLElBQ0EsT0FBTyxTQUFTLElBQUksSUFBSSxTQUFTLElBQUksUUFBUSxLQUFLO0FBQUEsSUFDbEQsUUFBUSxLQUFLLE1BQU0sQ0FBQyxRQUFRLElBQUksWUFBWSxNQUFNO0FBQUEsRUFDcEQ7QUFDRjtBQUVBLFNBQVMsU0FBUyxNQUFxQixLQUFVLFNBQTBCLE9BQTZCO0FBQ3RHLFFBQU0sTUFBTSxhQUFhLElBQUksUUFBUSxJQUFJLElBQUk7QUFDN0MsUUFBTSxTQUFTLEtBQUssUUFBUSxHQUFHO0FBQy9CLFFBQU0sWUFBWSxvQkFBb0IsR0FBRztBQUN6QyxRQUFNLFVBQVUsS0FBSyxRQUFRLGFBQWEsSUFBSSxPQUFPLElBQUksSUFBSSxDQUFDLEdBQUcsT0FBTyxTQUFTO0FBQ2pGLFFBQU0sV0FBVyxVQUFVLElBQUssUUFBUSxPQUFPLElBQUksSUFBSSxLQUFLLE9BQVE7QUFDcEUsUUFBTSxVQUFVLE1BQU0sU0FBUyxVQUFVLElBQUksV0FBVyxRQUFRLGFBQWEsU0FBUyxHQUFHLEVBQUU7QUFDM0YsU0FBTztBQUFBLElBQ0wsSUFBSSxJQUFJO0FBQUEsSUFDUixhQUFhLElBQUk7QUFBQSxJQUNqQixNQUFNLElBQUk7QUFBQSxJQUNWLFFBQVE7QUFBQSxJQUNSO0FBQUEsSUFDQSxXQUFXLElBQUk7QUFBQSxJQUNmO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFlBQVksWUFBWSxhQUFhLGFBQWEsT0FBTyxPQUFPLFdBQVcsSUFBSSxNQUFNLElBQUksV0FBVyxVQUFVLFFBQVEsTUFBTTtBQUFBLElBQzVILFdBQVcsQ0FBQztBQUFBLElBQ1osT0FBTztBQUFBLE1BQ0wsT0FBTyxXQUFXLFNBQVMsU0FBUyxJQUFJLFFBQVEsU0FBUyxLQUFLO0FBQUEsTUFDOUQsTUFBTSxXQUFXLFNBQVMsUUFBUSxJQUFJLFFBQVEsT0FBTyxLQUFLO0FBQUEsTUFDMUQsT0FBTyxXQUFXLFNBQVMsU0FBUyxJQUFJLFFBQVEsUUFBUSxLQUFLO0FBQUEsSUFDL0Q7QUFBQSxJQUNBLFNBQVMsSUFBSTtBQUFBLEVBQ2Y7QUFDRjtBQU1BLFNBQVMsTUFBTSxTQUFpQixVQUF5QixXQUF5QixNQUFvQztBQUNwSCxNQUFJLFlBQVksRUFBRyxRQUFPO0FBQzFCLE1BQUksU0FBUyxPQUFXLFFBQU8sT0FBTyxTQUFTO0FBQy9DLFNBQU8sYUFBYSxRQUFRLE1BQU0sVUFBVSxTQUFTLElBQUksU0FBUztBQUNwRTtBQUdPLFNBQVMsTUFBTSxVQUFrQixXQUFrQztBQUN4RSxVQUFRLFVBQVUsSUFBSTtBQUFBLElBQ3BCLEtBQUs7QUFDSCxhQUFPLFdBQVcsVUFBVTtBQUFBLElBQzlCLEtBQUs7QUFDSCxhQUFPLFlBQVksVUFBVTtBQUFBLElBQy9CLEtBQUs7QUFDSCxhQUFPLFdBQVcsVUFBVTtBQUFBLElBQzlCLEtBQUs7QUFDSCxhQUFPLFlBQVksVUFBVTtBQUFBLEVBQ2pDO0FBQ0Y7QUFHQSxTQUFTLFlBQVksTUFBcUIsU0FBOEM7QUFySHhGO0FBc0hFLFFBQU0sT0FBNEIsRUFBRSxLQUFLLElBQUksTUFBTSxDQUFDLENBQUMsRUFBRTtBQUN2RCxhQUFXLE9BQU8sUUFBUyxXQUFLLElBQUksV0FBVCxXQUFvQixJQUFJLE1BQU0sSUFBSSxJQUFJO0FBQ2pFLFNBQU87QUFDVDtBQUVBLFNBQVMsSUFBSSxNQUFxQkMsT0FBbUM7QUFDbkUsUUFBTSxTQUFTLENBQUMsV0FBbUIsS0FBSyxRQUFRLGFBQWEsUUFBUUEsS0FBSSxDQUFDLEdBQUcsVUFBVSxDQUFDO0FBQ3hGLFFBQU0sV0FBVyxPQUFPLFdBQVcsRUFBRSxTQUFTO0FBQzlDLFFBQU1DLFlBQVcsT0FBTyxtQkFBbUI7QUFDM0MsUUFBTSxVQUFVLENBQUMsVUFBK0IsV0FBVyxLQUFLLFVBQVUsU0FBWSxRQUFRO0FBQzlGLFNBQU87QUFBQSxJQUNMLE9BQU8sUUFBUUEsVUFBUyxPQUFPLENBQUM7QUFBQSxJQUNoQyxPQUFPLFFBQVFBLFVBQVMsT0FBTyxDQUFDO0FBQUEsSUFDaEMsV0FBVyxRQUFRLE9BQU8saUJBQWlCLEVBQUUsSUFBSTtBQUFBLElBQ2pELEtBQUssUUFBUSxPQUFPLFdBQVcsRUFBRSxJQUFJO0FBQUEsSUFDckM7QUFBQSxFQUNGO0FBQ0Y7OztBQ3ZHTyxTQUFTLFlBQVksUUFBc0IsT0FBTyxlQUF1QjtBQUM5RSxRQUFNLFNBQVMsT0FBTyxJQUFJLEtBQUssRUFBRSxPQUFPLEtBQUssRUFBRSxPQUFPLEdBQUcsVUFBVSxHQUFHLFNBQVMsRUFBRSxDQUFDO0FBQ2xGLFFBQU0sT0FBTyxPQUFPLE9BQU8sQ0FBQyxLQUFLLFVBQVUsT0FBTyxNQUFNLFFBQVEsSUFBSSxDQUFDO0FBQ3JFLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxxQkFBcUIsS0FBSyxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXLFFBQVEsSUFBSSxDQUFDO0FBQUEsSUFDcEosR0FBRyxPQUFPLElBQUksV0FBVztBQUFBLElBQ3pCO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjtBQVFBLFNBQVMsTUFBTSxPQUEyQjtBQUN4QyxTQUFPO0FBQUEsSUFDTCxPQUFPLE1BQU0sTUFBTTtBQUFBLElBQ25CLFVBQVUsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFO0FBQUEsSUFDL0MsU0FBUyxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFdBQVcsRUFBRSxZQUFZLE1BQVMsRUFBRTtBQUFBLEVBQzVFO0FBQ0Y7QUFFQSxTQUFTLElBQUksR0FBVyxHQUFtQjtBQUN6QyxTQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxPQUFPLFVBQVUsRUFBRSxXQUFXLEVBQUUsVUFBVSxTQUFTLEVBQUUsVUFBVSxFQUFFLFFBQVE7QUFDdkc7QUFFQSxTQUFTLFlBQVksT0FBMkI7QUFDOUMsUUFBTSxTQUFTLE1BQU0sS0FBSztBQUMxQixRQUFNLFlBQVksTUFBTSxZQUFZLGVBQWUsS0FBSyxNQUFNLFNBQVMsQ0FBQyxNQUFNO0FBQzlFLFFBQU1DLFFBQU8sc0JBQXNCLEtBQUssTUFBTSxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXLFFBQVEsTUFBTSxRQUFRLENBQUMsQ0FBQyxJQUFJLFNBQVM7QUFDaE0sUUFBTSxhQUFhLE9BQU8sUUFBUSxNQUFNLGNBQWMsQ0FBQyxDQUFDO0FBQ3hELFFBQU0sZ0JBQWdCLFdBQVcsU0FDN0IsQ0FBQyxvQkFBb0IsR0FBRyxXQUFXLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLHlCQUF5QixLQUFLLENBQUMsQ0FBQyxZQUFZLEtBQUssQ0FBQyxDQUFDLEtBQUssR0FBRyxtQkFBbUIsSUFDakksQ0FBQztBQUNMLFNBQU8sQ0FBQ0EsT0FBTSxHQUFHLGVBQWUsR0FBRyxNQUFNLE1BQU0sSUFBSSxVQUFVLEdBQUcsZ0JBQWdCLEVBQUUsS0FBSyxJQUFJO0FBQzdGO0FBRUEsU0FBUyxXQUFXLFVBQTZCO0FBQy9DLFFBQU1BLFFBQU8sdUJBQXVCLEtBQUssU0FBUyxJQUFJLENBQUMsZ0JBQWdCLEtBQUssU0FBUyxTQUFTLENBQUMsV0FBVyxRQUFRLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDckksUUFBTSxXQUFxQixDQUFDO0FBQzVCLE1BQUksU0FBUyxTQUFTO0FBQ3BCLFVBQU0sRUFBRSxTQUFTLE1BQU0sS0FBSyxJQUFJLFNBQVM7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLE9BQU8sQ0FBQyxXQUFXLEtBQUssSUFBSSxDQUFDLEtBQUssS0FBSyxJQUFJLENBQUMsWUFBWTtBQUFBLEVBQ3hHLFdBQVcsU0FBUyxZQUFZLFFBQVc7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLFNBQVMsT0FBTyxDQUFDLEtBQUs7QUFBQSxFQUN0RTtBQUNBLE1BQUksU0FBUyxVQUFXLFVBQVMsS0FBSyxxQkFBcUIsS0FBSyxTQUFTLFNBQVMsQ0FBQyxlQUFlO0FBQ2xHLFNBQU8sU0FBUyxTQUFTLENBQUMsR0FBR0EsS0FBSSxLQUFLLEdBQUcsVUFBVSxpQkFBaUIsRUFBRSxLQUFLLElBQUksSUFBSSxHQUFHQSxLQUFJO0FBQzVGO0FBRUEsU0FBUyxRQUFRLE9BQXVCO0FBQ3RDLFNBQU8sT0FBTyxTQUFTLEtBQUssSUFBSSxNQUFNLFFBQVEsQ0FBQyxJQUFJO0FBQ3JEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sTUFBTSxRQUFRLHlEQUF5RCxFQUFFO0FBQ2xGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxNQUFNLE9BQU8sRUFBRSxRQUFRLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTSxNQUFNO0FBQ3ZGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sS0FBSyxLQUFLLEVBQUUsUUFBUSxNQUFNLFFBQVEsRUFBRSxRQUFRLE9BQU8sT0FBTyxFQUFFLFFBQVEsT0FBTyxPQUFPLEVBQUUsUUFBUSxPQUFPLE1BQU07QUFDbEg7OztBQ3pGTyxJQUFNLGlCQUFvRCxFQUFFLE1BQU0sUUFBUSxNQUFNLFFBQVEsV0FBVyxVQUFVO0FBRzdHLFNBQVMsT0FBTyxLQUF3QjtBQUM3QyxTQUFPO0FBQUEsSUFDTCxJQUFJLElBQUk7QUFBQSxJQUNSLFdBQVcsZ0JBQWdCLEdBQUc7QUFBQSxJQUM5QixVQUFVLElBQUksYUFBYSxPQUFPLE1BQU0sWUFBWSxLQUFLLElBQUksUUFBUTtBQUFBLElBQ3JFLFNBQVMsZUFBZSxJQUFJLE9BQU87QUFBQSxJQUNuQyxRQUFRLElBQUksZUFBZSxPQUFPLE1BQU0sWUFBWSxJQUFJLFVBQVU7QUFBQSxFQUNwRTtBQUNGO0FBR08sU0FBUyxnQkFBZ0IsS0FBa0U7QUFDaEcsUUFBTSxFQUFFLEdBQUcsSUFBSSxJQUFJO0FBQ25CLFFBQU0sVUFBVSxJQUFJLFNBQVMsWUFBWSxJQUFJLFVBQVUsTUFBTSxHQUFHLElBQUksVUFBVSxRQUFRLEVBQUUsQ0FBQyxJQUFJLElBQUksU0FBUyxXQUFXLFdBQVc7QUFDaEksU0FBTyxHQUFHLE9BQU8sSUFBSSxFQUFFLElBQUksWUFBWSxLQUFLLElBQUksVUFBVSxLQUFLLENBQUM7QUFDbEU7QUFFQSxTQUFTLFlBQVksS0FBbUMsT0FBdUI7QUFDN0UsU0FBTyxJQUFJLFVBQVUsU0FBUyxPQUFPLEdBQUdDLE9BQU0sT0FBTyxDQUFDLENBQUMsUUFBUSxZQUFZLEtBQUs7QUFDbEY7QUFHTyxTQUFTLFlBQVlDLFFBQXVCO0FBQ2pELE1BQUksQ0FBQyxPQUFPLFNBQVNBLE1BQUssRUFBRyxRQUFPO0FBQ3BDLFNBQU8sR0FBR0QsT0FBTUMsU0FBUSxLQUFLLENBQUMsQ0FBQztBQUNqQztBQUVBLFNBQVNELE9BQU0sT0FBZSxVQUEwQjtBQUN0RCxTQUFPLE9BQU8sS0FBSyxNQUFNLFFBQVEsTUFBTSxRQUFRLElBQUksTUFBTSxRQUFRO0FBQ25FO0FBR08sU0FBUyxXQUFXLFNBQWlDO0FBQzFELFNBQU8sUUFBUSxLQUFLLE9BQU8sQ0FBQyxRQUFRLElBQUksWUFBWSxNQUFNO0FBQzVEO0FBR08sU0FBUyxTQUFTLFNBQTRCO0FBQ25ELFFBQU0sV0FBVyxRQUFRLEtBQUssT0FBTyxDQUFDLFFBQVEsSUFBSSxZQUFZLE1BQU0sRUFBRTtBQUN0RSxRQUFNLFNBQVMsUUFBUSxLQUFLLE9BQU8sQ0FBQyxRQUFRLElBQUksWUFBWSxTQUFTLEVBQUU7QUFDdkUsTUFBSSxXQUFXLFdBQVcsRUFBRyxRQUFPLE9BQU8sUUFBUSxLQUFLLE1BQU07QUFDOUQsU0FBTyxHQUFHLFdBQVcsTUFBTSxPQUFPLFFBQVEsS0FBSyxNQUFNLGlCQUFpQixRQUFRLGNBQWMsTUFBTTtBQUNwRztBQUdPLElBQU0sb0JBQW9CO0FBRzFCLFNBQVMsZUFBZSxLQUF3QjtBQUNyRCxRQUFNRSxPQUFNLE9BQU8sR0FBRztBQUN0QixTQUFPLElBQUksWUFBWSxZQUNuQiw4Q0FBOENBLEtBQUksU0FBUyw4QkFDM0QsWUFBWUEsS0FBSSxRQUFRLGFBQWFBLEtBQUksU0FBUyx1QkFBdUJBLEtBQUksTUFBTTtBQUN6RjtBQU1PLFNBQVMsaUJBQWlCLFVBQXNEO0FBQ3JGLFFBQU0sRUFBRSxRQUFRLE9BQU8sUUFBUSxZQUFBQyxhQUFZLE1BQU0sUUFBUSxJQUFJO0FBQzdELFFBQU0sU0FBUyxHQUFHLE1BQU0sS0FBSyxLQUFLLFlBQVksTUFBTSxLQUFLQSxXQUFVLFFBQVEsSUFBSSxhQUFhLE9BQU87QUFDbkcsTUFBSSxTQUFTLFFBQVMsUUFBTyxFQUFFLE1BQU0sU0FBUyxTQUFTLE9BQU8sSUFBSSxPQUFPO0FBQ3pFLFFBQU0sTUFBTSxXQUFXLElBQUksZ0JBQWdCLEtBQUssTUFBTTtBQUN0RCxTQUFPLEVBQUUsTUFBTSx1Q0FBdUMsR0FBRyxLQUFLLE9BQU87QUFDdkU7QUFHTyxTQUFTLGNBQWMsVUFBOEI7QUFDMUQsUUFBTSxFQUFFLE1BQU0sT0FBTyxJQUFJLGlCQUFpQixRQUFRO0FBQ2xELFNBQU8sQ0FBQyxPQUFPLElBQUksS0FBSyxNQUFNLElBQUksR0FBSSxTQUFTLFdBQVcsQ0FBQyxTQUFTLFNBQVMsUUFBUSxFQUFFLElBQUksQ0FBQyxDQUFFO0FBQ2hHOzs7QUM5RU8sU0FBUyxlQUFlLFNBQTRCO0FBQ3pELFFBQU0sT0FBTyxRQUFRLFNBQVMsTUFBTTtBQUNwQyxRQUFNLE1BQU07QUFBQSxJQUNWLE9BQU8sSUFBSSxjQUFjLFFBQVEsTUFBTSxPQUFPLFFBQVEsUUFBUSxNQUFNLFNBQVMsT0FBTyxDQUFDO0FBQUEsSUFDckY7QUFBQSxJQUNBLGFBQWEsUUFBUSxPQUFPLGNBQWMsUUFBUSxJQUFJLE9BQU8sUUFBUSxPQUFPLFFBQVEsZ0JBQWdCLFFBQVEsT0FBTyxnQkFBZ0IsUUFBUSxDQUFDLENBQUMsY0FBYyxRQUFRLE9BQU87QUFBQSxJQUMxSztBQUFBLElBQ0EsR0FBSSxRQUFRLGFBQWEsQ0FBQyxNQUFNLGlCQUFpQixPQUFPLFFBQVEsVUFBVSxNQUFNLEVBQUUsSUFBSSxDQUFDO0FBQUEsRUFDekY7QUFDQSxhQUFXLE9BQU8sV0FBVyxPQUFPLEdBQUc7QUFDckMsUUFBSSxLQUFLLFVBQVUsSUFBSSxFQUFFLElBQUksSUFBSSxHQUFHLElBQUksV0FBVyxLQUFLLGVBQWUsR0FBRyxDQUFDLEtBQUssRUFBRTtBQUNsRixlQUFXLFlBQVksSUFBSSxXQUFXO0FBQ3BDLFlBQU0sRUFBRSxNQUFNLE9BQU8sSUFBSSxpQkFBaUIsUUFBUTtBQUNsRCxVQUFJLEtBQUssS0FBSyxTQUFTLFdBQVcsSUFBSSxJQUFJLEtBQUssU0FBUyxRQUFRLE1BQU0sSUFBSSxNQUFNLE1BQU0sRUFBRTtBQUFBLElBQzFGO0FBQ0EsUUFBSSxLQUFLLGlCQUFpQixJQUFJLE1BQU0sSUFBSSxnQkFBZ0IsSUFBSSxNQUFNLEtBQUssc0JBQXNCLElBQUksTUFBTSxLQUFLLEtBQUssRUFBRTtBQUFBLEVBQ3JIO0FBQ0EsTUFBSTtBQUFBLElBQ0YseUJBQXlCLFFBQVEsS0FBSyxNQUFNO0FBQUEsSUFDNUM7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsR0FBRyxRQUFRLEtBQUssSUFBSSxNQUFNLEVBQUUsSUFBSSxDQUFDQyxTQUFRLE9BQU9BLEtBQUksRUFBRSxRQUFRLEtBQUtBLEtBQUksU0FBUyxDQUFDLE1BQU0sS0FBS0EsS0FBSSxRQUFRLENBQUMsTUFBTUEsS0FBSSxPQUFPLE1BQU1BLEtBQUksTUFBTSxJQUFJO0FBQUEsSUFDOUk7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsY0FBYyxRQUFRLE9BQU8sS0FBSyxNQUFNLFFBQVEsT0FBTyxHQUFHLGNBQWMsUUFBUSxNQUFNLEtBQUssY0FBYyxRQUFRLE1BQU0sSUFBSSxpQkFBaUIsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUMvSjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCO0FBRUEsU0FBUyxLQUFLQyxPQUFzQjtBQUNsQyxTQUFPQSxNQUFLLFFBQVEsT0FBTyxLQUFLO0FBQ2xDOzs7QUNyQ08sU0FBUyxjQUFjLFNBQWdDO0FBQzVELFNBQU87QUFBQSxJQUNMLE1BQU0sb0JBQW9CLFFBQVEsUUFBUSxJQUFJLFFBQVEsTUFBTTtBQUFBLElBQzVELFdBQVcsUUFBUSxPQUFPO0FBQUEsSUFDMUIsTUFBTSxRQUFRLE9BQU87QUFBQSxJQUNyQixZQUFZLEVBQUUsUUFBUSxRQUFRLFFBQVEsVUFBVSxRQUFRLFVBQVUsU0FBUyxRQUFRLFNBQVMsTUFBTSxRQUFRLEtBQUs7QUFBQSxJQUMvRyxPQUFPLFFBQVEsS0FBSyxJQUFJLENBQUMsUUFBUTtBQUMvQixZQUFNQyxPQUFNLE9BQU8sR0FBRztBQUN0QixZQUFNLFVBQVU7QUFBQSxRQUNkLElBQUk7QUFBQSxRQUNKLGNBQWNBLEtBQUksU0FBUztBQUFBLFFBQzNCLGFBQWFBLEtBQUksUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLEtBQUksT0FBTztBQUFBLFFBQ3ZCLHNCQUFzQkEsS0FBSSxNQUFNO0FBQUEsUUFDaEMsWUFBWSxJQUFJLE9BQU87QUFBQSxRQUN2QixHQUFHLElBQUksVUFBVSxJQUFJLENBQUMsTUFBTTtBQUMxQixnQkFBTSxFQUFFLE1BQU0sT0FBTyxJQUFJLGlCQUFpQixDQUFDO0FBQzNDLGlCQUFPLEdBQUcsSUFBSSxLQUFLLE1BQU0sSUFBSSxFQUFFLFdBQVcsS0FBSyxFQUFFLFFBQVEsS0FBSyxFQUFFO0FBQUEsUUFDbEUsQ0FBQztBQUFBLFFBQ0QsU0FBUyxJQUFJLE1BQU0sSUFBSTtBQUFBLFFBQ3ZCLFdBQVcsSUFBSSxNQUFNLEtBQUs7QUFBQSxRQUMxQixRQUFRLElBQUksTUFBTSxLQUFLO0FBQUEsTUFDekIsRUFBRSxLQUFLLElBQUk7QUFDWCxhQUFPO0FBQUEsUUFDTCxNQUFNLElBQUk7QUFBQSxRQUNWLFdBQVcsbUJBQW1CLElBQUksSUFBSTtBQUFBLFFBQ3RDLEdBQUksSUFBSSxZQUFZLFNBQVMsQ0FBQyxJQUFJLEVBQUUsU0FBUyxFQUFFLFNBQVMsZUFBZSxHQUFHLEdBQUcsTUFBTSxJQUFJLFNBQVMsTUFBTSxRQUFRLEVBQUU7QUFBQSxRQUNoSCxXQUFXO0FBQUEsTUFDYjtBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0g7QUFDRjs7O0FDOUJPLFNBQVMsV0FBVyxXQUFtQixNQUFzQjtBQUNsRSxTQUFPLEdBQUcsVUFBVSxRQUFRLFFBQVEsRUFBRSxDQUFDLElBQUksSUFBSTtBQUNqRDtBQUdPLFNBQVMsWUFBWSxTQUFvQixXQUEyQztBQUN6RixTQUFPO0FBQUEsSUFDTCxDQUFDLFdBQVcsV0FBVyxjQUFjLENBQUMsR0FBRyxHQUFHLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQUE7QUFBQSxJQUM1RSxDQUFDLFdBQVcsV0FBVyxXQUFXLENBQUMsR0FBRyxZQUFZLENBQUMsY0FBYyxPQUFPLENBQUMsQ0FBQztBQUFBLElBQzFFLENBQUMsV0FBVyxXQUFXLFdBQVcsQ0FBQyxHQUFHLGVBQWUsT0FBTztBQUFBLEVBQzlEO0FBQ0Y7OztBQ2RBLElBQU0sVUFBeUM7QUFBQSxFQUM3QyxDQUFDLE1BQU0sS0FBSztBQUFBLEVBQ1osQ0FBQyxhQUFhLFdBQVc7QUFBQSxFQUN6QixDQUFDLFlBQVksVUFBVTtBQUFBLEVBQ3ZCLENBQUMsV0FBVyxTQUFTO0FBQUEsRUFDckIsQ0FBQyxVQUFVLGFBQWE7QUFDMUI7QUFNTyxTQUFTLGVBQWUsU0FBNEI7QUFDekQsUUFBTSxPQUFPLFFBQVEsS0FBSyxJQUFJLE1BQU07QUFDcEMsUUFBTSxTQUFTLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sS0FBSyxJQUFJLE1BQU0sUUFBUSxHQUFHLEtBQUssSUFBSSxDQUFDQyxTQUFRQSxLQUFJLEdBQUcsRUFBRSxNQUFNLENBQUMsQ0FBQztBQUMxRyxRQUFNLE9BQU8sQ0FBQyxVQUFvQixLQUFLLE1BQU0sSUFBSSxDQUFDQyxPQUFNLE1BQU1BLE1BQUssT0FBTyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBRyxRQUFRO0FBQzNHLFFBQU0sTUFBTTtBQUFBLElBQ1YsYUFBYSxRQUFRLE1BQU0sTUFBTSxTQUFTLE9BQU8sQ0FBQyxhQUFhLFFBQVEsT0FBTyxVQUFVLFFBQVEsSUFBSTtBQUFBLElBQ3BHO0FBQUEsSUFDQSxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsRUFBRSxLQUFLLE1BQU0sS0FBSyxDQUFDO0FBQUEsSUFDdEMsR0FBRyxLQUFLLElBQUksQ0FBQ0QsU0FBUSxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsR0FBRyxNQUFNQSxLQUFJLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUM3RDtBQUNBLGFBQVcsT0FBTyxXQUFXLE9BQU8sR0FBRztBQUNyQyxRQUFJLEtBQUssSUFBSSxPQUFPLElBQUksRUFBRSxLQUFLLElBQUksV0FBVyxJQUFJLE9BQU8sZUFBZSxHQUFHLENBQUMsRUFBRTtBQUM5RSxlQUFXLFlBQVksSUFBSSxVQUFXLEtBQUksS0FBSyxHQUFHLGNBQWMsUUFBUSxDQUFDO0FBQ3pFLFFBQUksS0FBSyxlQUFlLElBQUksTUFBTSxJQUFJLElBQUksZUFBZSxJQUFJLE1BQU0sS0FBSyxJQUFJLGVBQWUsSUFBSSxNQUFNLEtBQUssRUFBRTtBQUFBLEVBQzlHO0FBQ0EsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBLGdCQUFnQixRQUFRLE9BQU8sS0FBSyxNQUFNLFFBQVEsT0FBTyxHQUFHO0FBQUEsSUFDNUQsZ0JBQWdCLFFBQVEsTUFBTSxLQUFLO0FBQUEsSUFDbkMsZ0JBQWdCLFFBQVEsTUFBTSxJQUFJO0FBQUEsSUFDbEMsZ0JBQWdCLFFBQVEsTUFBTSxLQUFLO0FBQUEsSUFDbkM7QUFBQSxFQUNGO0FBQ0EsTUFBSSxRQUFRLFdBQVksS0FBSSxLQUFLLEtBQUssaUJBQWlCLEtBQUssT0FBTyxRQUFRLFVBQVUsSUFBSSxFQUFFO0FBQzNGLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7OztBQy9CTyxTQUFTLGtCQUFrQixNQUE2QjtBQUM3RCxRQUFNLFVBQVUsT0FBTyxRQUFRLEtBQUssT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxDQUFDLEtBQUssU0FBUyxHQUFHLENBQUM7QUFDbkYsUUFBTSxTQUFTLEtBQUssUUFBUSxRQUFRO0FBQ3BDLFFBQU0sTUFBTSxDQUFDLElBQUkscUJBQXFCLEVBQUU7QUFDeEMsTUFBSSxRQUFRO0FBQ1YsVUFBTSxTQUFTLE9BQU8sVUFBVSxNQUFNLE9BQU8sU0FBUztBQUN0RCxRQUFJO0FBQUEsTUFDRixJQUFJLGdCQUFnQixHQUFHLEtBQUssRUFBRTtBQUFBLE1BQzlCLElBQUksb0JBQW9CLEdBQUdFLFNBQVEsT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLE9BQU8sVUFBVSxDQUFDLFdBQVcsS0FBSyxFQUFFO0FBQUEsTUFDNUYsSUFBSSxpQkFBaUIsR0FBR0EsU0FBUSxLQUFLLE9BQU8sUUFBUSxFQUFFLENBQUMsSUFBSSxPQUFPLFNBQVMsQ0FBQyxXQUFXLEtBQUssRUFBRTtBQUFBLE1BQzlGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxhQUFXLENBQUMsT0FBTyxPQUFPLEtBQUssWUFBWTtBQUN6QyxVQUFNLGFBQWEsUUFBUSxPQUFPLENBQUMsQ0FBQyxJQUFJLE1BQU0sU0FBUyxZQUFZLFFBQVEsSUFBSSxDQUFDO0FBQ2hGLFFBQUksV0FBVyxXQUFXLEVBQUc7QUFDN0IsUUFBSSxLQUFLLE9BQU8sS0FBSyxJQUFJLEdBQUcsV0FBVyxJQUFJLENBQUMsQ0FBQyxNQUFNLE1BQU0sTUFBTSxJQUFJLE1BQU0sYUFBYSxNQUFNLENBQUMsQ0FBQyxHQUFHLEVBQUU7QUFBQSxFQUNyRztBQUNBLE1BQUksS0FBSyxrQkFBa0IsS0FBSyxNQUFNLG9CQUFvQixLQUFNLFFBQVEsQ0FBQyxDQUFDLEtBQUssRUFBRTtBQUNqRixTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCO0FBRUEsSUFBTSxxQkFBcUIsQ0FBQyxzQkFBc0IsY0FBYyxPQUFPLFdBQVcsb0JBQW9CO0FBQ3RHLElBQU0sbUJBQW1CLENBQUMsaUJBQWlCLFdBQVc7QUFFdEQsSUFBTSxhQUF5RDtBQUFBLEVBQzdELENBQUMsUUFBUSxDQUFDLFNBQVMsS0FBSyxXQUFXLE9BQU8sQ0FBQztBQUFBLEVBQzNDLENBQUMsYUFBYSxDQUFDLFNBQVMsbUJBQW1CLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDekQsQ0FBQyxXQUFXLENBQUMsU0FBUyxpQkFBaUIsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUNyRCxDQUFDLFVBQVUsQ0FBQyxTQUFTLENBQUMsS0FBSyxXQUFXLE9BQU8sS0FBSyxDQUFDLG1CQUFtQixTQUFTLElBQUksS0FBSyxDQUFDLGlCQUFpQixTQUFTLElBQUksQ0FBQztBQUMxSDtBQUVBLFNBQVMsSUFBSSxNQUFjLE9BQXVCO0FBQ2hELFNBQU8sT0FBTyxHQUFHLElBQUksR0FBRyxPQUFPLElBQUksR0FBRyxDQUFDLEtBQUssS0FBSztBQUNuRDtBQUVBLFNBQVMsYUFBYSxRQUFpQztBQUNyRCxRQUFNLElBQUksT0FBTztBQUNqQixVQUFRLE9BQU8sTUFBTTtBQUFBLElBQ25CLEtBQUs7QUFDSCxhQUFPLEdBQUcsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLFFBQVEsQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEdBQUcsT0FBTyxRQUFRLENBQUM7QUFBQSxJQUN6RixLQUFLLFFBQVE7QUFDWCxZQUFNLFNBQVMsRUFBRSxVQUFVLE1BQU0sRUFBRSxTQUFTO0FBQzVDLGFBQU8sR0FBR0EsU0FBUSxFQUFFLFFBQVEsQ0FBQyxDQUFDLElBQUksRUFBRSxVQUFVLENBQUMsV0FBVyxLQUFLO0FBQUEsSUFDakU7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLEdBQUcsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLFFBQVEsQ0FBQyxRQUFRLE9BQU8sRUFBRSxPQUFPLEdBQUcsT0FBTyxRQUFRLENBQUMsUUFBUSxPQUFPLEVBQUUsT0FBTyxHQUFHLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDdkksS0FBSztBQUNILGFBQU8sQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxPQUFPLEVBQzFELE9BQU8sQ0FBQyxTQUFTLEVBQUUsSUFBSSxNQUFNLE1BQVMsRUFDdEMsSUFBSSxDQUFDLFNBQVMsR0FBRyxJQUFJLElBQUksT0FBTyxFQUFFLElBQUksR0FBRyxPQUFPLFFBQVEsQ0FBQyxFQUFFLEVBQzNELEtBQUssR0FBRztBQUFBLEVBQ2Y7QUFDRjtBQUVBLFNBQVMsT0FBTyxPQUFlLFVBQTBCO0FBQ3ZELE1BQUksYUFBYSxPQUFRLFFBQU8sU0FBUyxNQUFPLEdBQUcsS0FBSyxRQUFRLEdBQUksQ0FBQyxNQUFNLFNBQVMsSUFBSSxHQUFHLEtBQUssS0FBSyxDQUFDLE9BQU8sR0FBRyxLQUFLLFFBQVEsR0FBSSxDQUFDO0FBQ2xJLE1BQUksYUFBYSxPQUFRLFFBQU8sU0FBUyxNQUFNLEdBQUcsS0FBSyxRQUFRLEdBQUcsQ0FBQyxRQUFRLFNBQVMsTUFBTSxHQUFHLEtBQUssUUFBUSxHQUFHLENBQUMsUUFBUSxHQUFHLEtBQUssS0FBSyxDQUFDO0FBQ3BJLFNBQU8sS0FBSyxLQUFLO0FBQ25CO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFHLElBQUksR0FBRztBQUM3QztBQUVBLFNBQVNBLFNBQVFDLFFBQXVCO0FBQ3RDLFNBQU8sSUFBSUEsU0FBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQ3BDOzs7QUNsRE8sU0FBUyxhQUFhLE1BQXFCLE9BQXNEO0FBQ3RHLFFBQU0sRUFBRSxRQUFBQyxTQUFRLElBQUksSUFBSTtBQUN4QixRQUFNLFVBQVUsYUFBYSxFQUFFLFFBQVFBLFFBQU8sUUFBUSxjQUFjQSxRQUFPLGNBQWMsUUFBUUEsUUFBTyxRQUFRLFNBQVMsTUFBTSxTQUFTLElBQUksQ0FBQztBQUM3SSxRQUFNLFVBQVUsZ0JBQWdCLE1BQU0sU0FBUyxFQUFFLFFBQVFBLFFBQU8sUUFBUSxVQUFVQSxRQUFPLFVBQVUsU0FBU0EsUUFBTyxTQUFTLEtBQUssTUFBTSxLQUFLLElBQUksQ0FBQztBQUNqSixTQUFPLEVBQUUsR0FBRyxTQUFTLFlBQVksTUFBTSxjQUFjLEtBQUs7QUFDNUQ7QUFNTyxTQUFTLGlCQUFpQixNQUFxQixPQUErQztBQUNuRyxRQUFNLFVBQVUsYUFBYSxNQUFNLEtBQUs7QUFDeEMsUUFBTSxRQUFRLE1BQU0sYUFDaEIsOERBQThELE1BQU0sT0FBTyxTQUFTO0FBQUEsSUFDcEYsZUFBZSxPQUFPO0FBQzFCLFNBQU8sRUFBRSxRQUFRLEdBQUcsa0JBQWtCLElBQUksQ0FBQztBQUFBLEVBQUssS0FBSyxJQUFJLEdBQUcsWUFBWSxTQUFTLE1BQU0sT0FBTyxTQUFTLEVBQUU7QUFDM0c7OztBQ3JDQSxJQUFNLFVBQVUsQ0FBQyxLQUFLLEtBQUssTUFBTTtBQVExQixTQUFTLGVBQWUsS0FBeUI7QUFDdEQsUUFBTSxLQUFLLFFBQVEsU0FBUyxJQUFJLGtCQUFrQixLQUFLLEVBQUUsWUFBWSxLQUFLLEVBQUU7QUFDNUUsUUFBTSxRQUFRLElBQUkseUJBQXlCLEtBQUssS0FBSyxJQUFJLHlCQUF5QixLQUFLLE1BQU07QUFDN0YsU0FBTyxNQUFNLFNBQVMsS0FBSyxPQUFPO0FBQ3BDOzs7QUNQTyxTQUFTLGNBQWMsTUFBNkM7QUFDekUsUUFBTSxPQUFPLFdBQVc7QUFDeEIsTUFBSSxDQUFDLEtBQU0sT0FBTSxJQUFJLE1BQU0scUZBQXFGO0FBR2hILFFBQU1DLFVBQVMsRUFBRSxHQUFHLEtBQUssUUFBUSxRQUFRLE1BQU0sS0FBSyxNQUFNLEVBQUUsT0FBTztBQUNuRSxTQUFPLGlCQUFpQixNQUFNO0FBQUEsSUFDNUIsUUFBQUE7QUFBQSxJQUNBLEtBQUssS0FBSztBQUFBLElBQ1YsU0FBUyxLQUFLO0FBQUEsSUFDZCxLQUFLLG9CQUFJLEtBQUs7QUFBQSxJQUNkLFlBQVksZUFBZSxLQUFLO0FBQUEsSUFDaEMsWUFBWSxNQUFNLG9CQUFvQjtBQUFBO0FBQUEsRUFDeEMsQ0FBQztBQUNIOzs7QUNWQSxJQUFNLFNBQVMsV0FBVyxNQUFNO0FBR3pCLElBQU0sVUFBbUI7QUFBQSxFQUM5QixHQUFHLFlBQVksTUFBTTtBQUFBLEVBQ3JCLFdBQVcsRUFBRSxNQUFNLGFBQWEsUUFBUSxFQUFFO0FBQUEsRUFDMUMsR0FBRyxXQUFXLFFBQVEsRUFBRSxNQUFNLE9BQU8sQ0FBQztBQUN4QztBQUVBLElBQU0sVUFBVSxhQUFhLFFBQVEsYUFBYSxVQUFVLENBQUM7QUFHOUMsU0FBUixlQUEwQjtBQUMvQixVQUFRLE1BQU07QUFDaEI7QUFHTyxTQUFTLFdBQWlCO0FBQy9CLFVBQVEsTUFBTTtBQUNoQjsiLAogICJuYW1lcyI6IFsidGV4dCIsICJyYW5kb20iLCAibGF0ZW5jeU9iamVjdGl2ZXNNcyIsICJvcGVuIiwgInRleHQiLCAicm93IiwgImV4ZWMiLCAicmFuZG9tIiwgImNvdW50IiwgImV4ZWMiLCAianVkZ2VkIiwgInRhZ3MiLCAiZXhlYyIsICJleGVjIiwgImV4ZWMiLCAiY29uZmlnIiwgImV4ZWMiLCAic2hhcmUiLCAidGFncyIsICJyb3ciLCAiY29uZmlnIiwgInJvdyIsICJjb25maWciLCAicmF0ZSIsICJyYXRlIiwgImV4ZWMiLCAidGFncyIsICJhZGQiLCAiY29uZmlnIiwgImV4ZWMiLCAiYWxsb3dlZCIsICJ0ZXh0IiwgInRhZ3MiLCAiZHVyYXRpb24iLCAib3BlbiIsICJyb3VuZCIsICJzaGFyZSIsICJyb3ciLCAiZHVyYXRpb25NcyIsICJyb3ciLCAidGV4dCIsICJyb3ciLCAicm93IiwgImNlbGwiLCAicGVyY2VudCIsICJzaGFyZSIsICJjb25maWciLCAiY29uZmlnIl0KfQo=
