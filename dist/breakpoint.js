// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// scenarios/breakpoint.ts
import exec5 from "k6/execution";

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
function defaultTestId(scenario, now, random) {
  const time = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  let suffix = "";
  for (let i = 0; i < 6; i++) suffix += Math.floor(random() * 36).toString(36);
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

// lib/exemplars.ts
var EXEMPLAR_PREFIX = "mythical-k6.exemplar ";
var EXEMPLAR_LIMITS = { burst: 5, refillMs: 2e3, total: 100 };
var TokenBucket = class {
  constructor(limits, now) {
    __publicField(this, "limits", limits);
    __publicField(this, "tokens");
    __publicField(this, "last");
    __publicField(this, "spent", 0);
    this.tokens = limits.burst;
    this.last = now;
  }
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
    __publicField(this, "objectiveMs", objectiveMs);
    __publicField(this, "print", print);
    __publicField(this, "now", now);
    __publicField(this, "limits", limits);
    __publicField(this, "bucket");
  }
  /** Prints the request as an exemplar if it failed or was slow, and the budget allows. */
  record(outcome) {
    if (!outcome.failed && outcome.durationMs <= this.objectiveMs()) return false;
    const now = this.now();
    this.bucket ?? (this.bucket = new TokenBucket(this.limits, now));
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
function randomHex(bytes, random) {
  for (; ; ) {
    const values = random(bytes);
    if (values.some((value) => value !== 0)) {
      return Array.from(values, (value) => value.toString(16).padStart(2, "0")).join("");
    }
  }
}
function traceparent(traceId, spanId) {
  return `00-${traceId}-${spanId}-01`;
}
var IterationTracer = class {
  constructor(random) {
    __publicField(this, "random", random);
    __publicField(this, "iteration", Number.NaN);
    __publicField(this, "traceId", "");
  }
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
var tracer = new IterationTracer((count2) => new Uint8Array(randomBytes(count2)));
function traced(send) {
  const trace = tracer.next(exec2.vu.iterationInInstance);
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
var EXPECTED_STATUS = { GET: 200, POST: 201, DELETE: 204 };
var EXPECTED = {
  GET: http.expectedStatuses(EXPECTED_STATUS.GET),
  POST: http.expectedStatuses(EXPECTED_STATUS.POST),
  DELETE: http.expectedStatuses(EXPECTED_STATUS.DELETE)
};
var MythicalClient = class {
  constructor(baseUrl, run, purpose = "journey") {
    __publicField(this, "baseUrl", baseUrl);
    __publicField(this, "purpose", purpose);
    __publicField(this, "baggage");
    this.baggage = loadMarkers(run.testid, SUITE_VERSION).baggage;
  }
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
    const tags2 = this.purpose === "sweep" ? { name: route, op: "sweep" } : { name: route, beast };
    const body = name === void 0 ? null : JSON.stringify({ name });
    return traced((trace) => {
      const sentAt = Date.now();
      const response = http.request(method, `${this.baseUrl}${route}`, body, {
        headers: {
          traceparent: trace.traceparent,
          baggage: this.baggage,
          ...body === null ? {} : { "Content-Type": "application/json" }
        },
        tags: tags2,
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
  const traceql = spanSelector(scope, kind === "latency" ? `duration > ${thresholdMs}ms` : "status = error");
  const logql = logSelector(scope, kind === "latency" ? "any" : "error");
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
function spanSelector(scope, condition) {
  const terms = [
    `resource.service.name = "${SERVICE_NAME}"`,
    `span.${scope.key} = "${scope.beast}"`,
    // Older OpenTelemetry HTTP instrumentation writes `http.method`, current semantic conventions `http.request.method`.
    `(span.http.method = "${scope.method}" || span.http.request.method = "${scope.method}")`,
    ...condition ? [condition] : []
  ];
  return `{ ${terms.join(" && ")} }`;
}
function logSelector(scope, lines) {
  const level = lines === "error" ? ', level="error"' : "";
  const stream = `{service_name="${SERVICE_NAME}", ${scope.key}="${scope.beast}"${level}}`;
  const methodReliable = !(lines === "error" && scope.method === "POST");
  return methodReliable ? `${stream} |= "http.method=${scope.method}"` : stream;
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
  const pane = {
    datasource: uid,
    queries: [paneQuery(datasource, uid, query)],
    range: { from: String(range.from), to: String(range.to) }
  };
  const panes = encodeURIComponent(JSON.stringify({ mythical: pane }));
  return `${grafana.url}/explore?schemaVersion=1&panes=${panes}&orgId=1`;
}
function paneQuery(datasource, uid, query) {
  switch (datasource) {
    case "tempo":
      return { refId: "A", datasource: { type: "tempo", uid }, queryType: "traceql", query, limit: 20, tableType: "traces" };
    case "loki":
      return { refId: "A", datasource: { type: "loki", uid }, queryType: "range", expr: query };
    case "mimir":
      return { refId: "A", datasource: { type: "prometheus", uid }, expr: query, range: true, instant: false };
  }
}
function runLinks(grafana, testid, range) {
  return {
    tempo: exploreUrl(grafana, "tempo", `{ resource.service.name = "${SERVICE_NAME}" }`, range),
    loki: exploreUrl(grafana, "loki", `{service_name="${SERVICE_NAME}"}`, range),
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
      out.push(`- [trace \`${exemplar.traceId}\`](${exemplar.traceUrl}) — ${exemplar.method} /${exemplar.beast}, status ${exemplar.status}, ${exemplar.durationMs} ms, ${exemplar.time}`);
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
        ...slo2.exemplars.map((e) => `trace ${e.traceId} (${e.method} /${e.beast}, status ${e.status}, ${e.durationMs} ms): ${e.traceUrl}`),
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
    for (const exemplar of slo2.exemplars) {
      out.push(`    trace ${exemplar.traceId}  ${exemplar.method} /${exemplar.beast}  status ${exemplar.status}  ${exemplar.durationMs} ms  ${exemplar.time}`);
      out.push(`      ${exemplar.traceUrl}`);
    }
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
var active;
function sloOptions(config2, defaults) {
  const settings = readSettings((env) => parseSloSettings(env, defaults.mode));
  active = { config: config2, settings, methods: defaults.methods };
  setExemplarObjective(settings.p95Ms);
  const catalog = buildCatalog({ ...config2, methods: defaults.methods, slo: settings });
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
  const elapsedSeconds = (Date.now() - exec5.scenario.startTime) / 1e3;
  exec5.vu.metrics.tags.step = String(stepAt(plan, elapsedSeconds));
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vc2NlbmFyaW9zL2JyZWFrcG9pbnQudHMiLCAiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2NsaWVudC50cyIsICIuLi9saWIvZXhlbXBsYXJzLnRzIiwgIi4uL2xpYi9uYW1lcy50cyIsICIuLi9saWIvdHJhY2luZy9rNi50cyIsICIuLi9saWIvdHJhY2luZy90cmFjZXBhcmVudC50cyIsICIuLi9saWIvdmVyc2lvbi50cyIsICIuLi9saWIvZGF0YS9uYW1lcy50cyIsICIuLi9saWIvcGxhbnMva25vYnMudHMiLCAiLi4vbGliL3BsYW5zL21peC50cyIsICIuLi9saWIvcnVuLWlkLnRzIiwgIi4uL3RocmVzaG9sZHMvY2hlY2tzLnRzIiwgIi4uL3RocmVzaG9sZHMvcXVlcmllcy50cyIsICIuLi90aHJlc2hvbGRzL2NhdGFsb2cudHMiLCAiLi4vbGliL2pvdXJuZXlzL3N3ZWVwLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9taXgudHMiLCAiLi4vbGliL3N5c3RlbS10YWdzLnRzIiwgIi4uL2xpYi9vcHRpb25zLnRzIiwgIi4uL2xpYi9wbGFucy9hcnJpdmFsLnRzIiwgIi4uL3RocmVzaG9sZHMvc2V0dGluZ3MudHMiLCAiLi4vbGliL3BsYW5zL2JyZWFrcG9pbnQudHMiLCAiLi4vdGhyZXNob2xkcy9idWRnZXQudHMiLCAiLi4vdGhyZXNob2xkcy9jb21waWxlLnRzIiwgIi4uL3RocmVzaG9sZHMvbGlua3MudHMiLCAiLi4vdGhyZXNob2xkcy9zdW1tYXJ5LXNjaGVtYS50cyIsICIuLi90aHJlc2hvbGRzL2V2YWx1YXRlLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2p1bml0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2Zvcm1hdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9zbG8tanVuaXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvZmlsZXMudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGFibGUudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGV4dC1zdW1tYXJ5LnRzIiwgIi4uL3RocmVzaG9sZHMvZW5kLW9mLXRlc3QudHMiLCAiLi4vdGhyZXNob2xkcy9rNi50cyIsICIuLi9saWIvd2ViLWRhc2hib2FyZC50cyIsICIuLi9saWIvc3VtbWFyeS50cyJdLAogICJtYXBwaW5ncyI6ICI7Ozs7OztBQU9BLE9BQU9BLFdBQVU7OztBQ1BqQixPQUFPLFVBQVU7OztBQ0tWLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFJckMsWUFBWSxVQUFrQixPQUFlLFVBQWtCO0FBQzdELFVBQU0sR0FBRyxRQUFRLElBQUksVUFBVSxLQUFLLENBQUMsMkJBQTJCLFFBQVEsRUFBRTtBQUg1RTtBQUFBLHdCQUFTO0FBSVAsU0FBSyxPQUFPO0FBQ1osU0FBSyxXQUFXO0FBQUEsRUFDbEI7QUFDRjtBQUdBLFNBQVMsVUFBVSxPQUF1QjtBQUN4QyxRQUFNLFdBQVcsTUFBTSxRQUFRLDZCQUE2QixRQUFRO0FBQ3BFLFNBQU8saUJBQWlCLEtBQUssUUFBUSxJQUFJLFdBQVcsS0FBSyxVQUFVLFFBQVE7QUFDN0U7OztBQ2hCTyxJQUFNLFlBQVk7QUFBQSxFQUN2QixTQUFTLENBQUMsV0FBVyxhQUFhLFlBQVksV0FBVyxVQUFVO0FBQUEsRUFDbkUsUUFBUSxDQUFDLFNBQVMsV0FBVyxXQUFXLFFBQVEsVUFBVSxXQUFXO0FBQ3ZFO0FBTU8sSUFBTSxpQkFBaUIsT0FBTyxLQUFLLFNBQVM7OztBQ0w1QyxJQUFNLGlCQUFnRTtBQUFBLEVBQzNFLE9BQU8sQ0FBQyxPQUFPLFlBQVk7QUFBQSxFQUMzQixNQUFNLENBQUMsUUFBUSxVQUFVO0FBQUEsRUFDekIsUUFBUSxDQUFDLE1BQU07QUFBQSxFQUNmLE9BQU8sQ0FBQyxNQUFNO0FBQUEsRUFDZCxNQUFNLENBQUMsUUFBUSxVQUFVO0FBQUEsRUFDekIsWUFBWSxDQUFDO0FBQ2Y7OztBQ0FPLFNBQVMsVUFBYSxTQUFpQixPQUFxRDtBQUNqRyxRQUFNLFdBQVcsQ0FBQyxLQUFhLGFBQXdCO0FBQ3JELFVBQU0sUUFBUSxNQUFNLEdBQUc7QUFDdkIsUUFBSSxVQUFVLE9BQVcsT0FBTSxJQUFJLFlBQVksVUFBVSxLQUFLLE9BQU87QUFDckUsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPLE9BQU8sT0FBTyxVQUFVLEVBQUUsUUFBUSxDQUFDO0FBQzVDO0FBTU8sU0FBUyxRQUFXLEtBQVUsVUFBa0IsVUFBd0IsVUFBZ0I7QUFDN0YsUUFBTSxNQUFNLElBQUksUUFBUTtBQUN4QixTQUFPLFFBQVEsVUFBYSxJQUFJLEtBQUssTUFBTSxLQUFLLFdBQVcsU0FBUyxJQUFJLEtBQUssR0FBRyxRQUFRO0FBQzFGO0FBR08sU0FBUyxnQkFBbUIsS0FBVSxVQUFrQixVQUF1QztBQUNwRyxTQUFPLFFBQXVCLEtBQUssVUFBVSxVQUFVLE1BQVM7QUFDbEU7QUFFQSxJQUFNLFdBQVc7QUFHVixJQUFNLE1BQXlCLFVBQVUsZ0RBQWdELENBQUMsUUFBUTtBQUN2RyxRQUFNLFFBQVEsU0FBUyxLQUFLLEdBQUc7QUFDL0IsTUFBSSxDQUFDLFNBQVUsTUFBTSxDQUFDLE1BQU0sVUFBYSxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksTUFBUSxRQUFPO0FBQzNFLFNBQU8sSUFBSSxRQUFRLFFBQVEsRUFBRTtBQUMvQixDQUFDO0FBR00sSUFBTSxrQkFBcUMsVUFBVSxnQ0FBZ0MsQ0FBQyxRQUFRO0FBQ25HLE1BQUksQ0FBQyxhQUFhLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDcEMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFNBQVMsS0FBSyxTQUFTLEtBQUssS0FBSyxJQUFJLFFBQVE7QUFDdEQsQ0FBQztBQUVELElBQU0sb0JBQTRDLEVBQUUsR0FBRyxNQUFXLEdBQUcsS0FBUSxHQUFHLEtBQU8sSUFBSSxFQUFFO0FBQzdGLElBQU0sZ0JBQWdCO0FBR2YsU0FBUyxXQUFXQyxPQUFrQztBQUMzRCxRQUFNLFFBQVEsY0FBYyxLQUFLQSxLQUFJO0FBQ3JDLE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsUUFBTSxDQUFDLEVBQUUsR0FBRyxHQUFHLEdBQUcsRUFBRSxJQUFJO0FBQ3hCLFFBQU0sUUFDSixPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLE1BQU0sQ0FBQztBQUNoQixTQUFPLFFBQVEsSUFBSSxRQUFRO0FBQzdCO0FBR08sSUFBTSxXQUE4QjtBQUFBLEVBQVU7QUFBQSxFQUF1QyxDQUFDLFFBQzNGLFdBQVcsR0FBRyxNQUFNLFNBQVksU0FBWTtBQUM5QztBQVVPLElBQU0sT0FBd0IsVUFBVSw2REFBNkQsQ0FBQyxRQUFRO0FBQ25ILFFBQU0sUUFBUSw0QkFBNEIsS0FBSyxHQUFHO0FBQ2xELE1BQUksQ0FBQyxTQUFTLE9BQU8sTUFBTSxDQUFDLENBQUMsSUFBSSxFQUFHLFFBQU87QUFDM0MsU0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQyxHQUFHLFVBQVUsSUFBSSxNQUFNLENBQUMsS0FBSyxHQUFHLEdBQXVCO0FBQ3ZGLENBQUM7QUFHTSxTQUFTLE1BQXdCLFFBQW9DO0FBQzFFLFNBQU87QUFBQSxJQUFVLFVBQVUsT0FBTyxLQUFLLElBQUksQ0FBQztBQUFBLElBQUksQ0FBQyxRQUMvQyxPQUFPLEtBQUssQ0FBQyxVQUFVLE1BQU0sWUFBWSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQUEsRUFDbEU7QUFDRjtBQUdPLFNBQVMsT0FBVSxNQUFvQztBQUM1RCxTQUFPLFVBQVUsNkJBQTZCLEtBQUssT0FBTyxJQUFJLENBQUMsUUFBUTtBQUNyRSxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN0RCxRQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsU0FBUyxFQUFFLEtBQUssSUFBSSxJQUFJLEtBQUssRUFBRSxTQUFTLE1BQU0sT0FBUSxRQUFPO0FBQ3RGLFFBQUk7QUFDRixhQUFPLE1BQU0sSUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEVBQUUsQ0FBQztBQUFBLElBQzNDLFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBR08sSUFBTSxVQUE4QixVQUFVLGlCQUFpQixDQUFDLFFBQVE7QUFDN0UsUUFBTSxPQUFPLElBQUksWUFBWTtBQUM3QixNQUFJLENBQUMsUUFBUSxLQUFLLE9BQU8sSUFBSSxFQUFFLFNBQVMsSUFBSSxFQUFHLFFBQU87QUFDdEQsTUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEtBQUssRUFBRSxTQUFTLElBQUksRUFBRyxRQUFPO0FBQ3ZELFNBQU87QUFDVCxDQUFDO0FBR00sU0FBUyxTQUFTLE1BQWMsU0FBb0M7QUFDekUsU0FBTyxVQUFVLFNBQVMsQ0FBQyxRQUFTLEtBQUssS0FBSyxHQUFHLElBQUksTUFBTSxNQUFVO0FBQ3ZFO0FBR08sSUFBTSxhQUFhO0FBRW5CLElBQU0sYUFBYTtBQU1uQixTQUFTLEtBQUssVUFBZ0U7QUFDbkYsUUFBTSxVQUFVLG9FQUFvRSxTQUFTLEtBQUssSUFBSSxDQUFDO0FBQ3ZHLFNBQU8sVUFBVSxTQUFTLENBQUMsUUFBUTtBQUNqQyxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxNQUFNLEdBQUcsQ0FBQztBQUNqRSxVQUFNLFNBQWlDLENBQUM7QUFDeEMsZUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLFlBQU0sQ0FBQyxLQUFLLEtBQUssSUFBSTtBQUNyQixZQUFNLFFBQVEsV0FBVyxLQUFLLEdBQUcsS0FBSyxDQUFDLFNBQVMsU0FBUyxHQUFHLEtBQUssV0FBVyxLQUFLLEtBQUssS0FBSyxNQUFNLFVBQVU7QUFDM0csVUFBSSxDQUFDLFNBQVMsT0FBTyxPQUFRLFFBQU87QUFDcEMsYUFBTyxHQUFHLElBQUk7QUFBQSxJQUNoQjtBQUNBLFdBQU87QUFBQSxFQUNULENBQUM7QUFDSDs7O0FDNUhPLElBQU0sbUJBQW1CO0FBR3pCLElBQU0scUJBQXFCO0FBRzNCLElBQU0sb0JBQW9CO0FBQUEsRUFDL0I7QUFBQSxFQUFVO0FBQUEsRUFBUTtBQUFBLEVBQVM7QUFBQSxFQUMzQjtBQUFBLEVBQVU7QUFBQSxFQUFVO0FBQUEsRUFBTztBQUFBLEVBQVM7QUFBQSxFQUFTO0FBQUEsRUFBWTtBQUFBLEVBQXFCO0FBQUEsRUFBUztBQUFBLEVBQ3ZGO0FBQUEsRUFBUztBQUFBLEVBQWU7QUFBQSxFQUFZO0FBQUEsRUFBVztBQUFBLEVBQVk7QUFBQSxFQUFpQjtBQUFBLEVBQU07QUFBQSxFQUFRO0FBQzVGO0FBbUNPLElBQU0sb0JBQW9CO0FBRzFCLElBQU0sa0JBQWtCO0FBQUEsRUFDN0IsSUFBSSxPQUFPLFdBQVcsaUJBQWlCLE1BQU0sV0FBVyxPQUFPLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUN6RSxXQUFXLGlCQUFpQjtBQUM5QjtBQUdPLFNBQVMsY0FBYyxVQUFrQixLQUFXLFFBQThCO0FBQ3ZGLFFBQU0sT0FBTyxJQUFJLFlBQVksRUFBRSxRQUFRLFNBQVMsRUFBRSxFQUFFLFFBQVEsV0FBVyxHQUFHO0FBQzFFLE1BQUksU0FBUztBQUNiLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxJQUFLLFdBQVUsS0FBSyxNQUFNLE9BQU8sSUFBSSxFQUFFLEVBQUUsU0FBUyxFQUFFO0FBQzNFLFNBQU8sR0FBRyxTQUFTLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSSxJQUFJLElBQUksTUFBTTtBQUNuRDtBQUdPLFNBQVMsWUFBWSxLQUFVLFNBQW9DO0FBQ3hFLFFBQU0sVUFBVSxRQUFRLEtBQUssWUFBWSxLQUFLLGdCQUFnQjtBQUM5RCxRQUFNLGVBQWUsUUFBUSxLQUFLLGlCQUFpQixNQUFNLGNBQWMsR0FBRyxTQUFTO0FBQ25GLFFBQU0sUUFBMkIsVUFBVSxZQUFZO0FBQ3ZELFFBQU0sU0FBUyxnQkFBZ0IsS0FBSyxVQUFVLE9BQU8sTUFBTSxLQUFLLENBQUMsQ0FBQztBQUNsRSxRQUFNLFNBQVMsU0FBUyxNQUFNLE9BQU8sQ0FBQyxVQUFVLE9BQU8sU0FBUyxLQUFLLENBQUMsSUFBSTtBQUMxRSxRQUFNLE9BQU8sVUFBVSxLQUFLLFFBQVEsUUFBUTtBQUM1QyxRQUFNLFNBQVMsUUFBUSxLQUFLLFVBQVUsaUJBQWlCLGNBQWMsUUFBUSxVQUFVLFFBQVEsS0FBSyxRQUFRLE1BQU0sQ0FBQztBQUNuSCxRQUFNLFlBQVksUUFBUSxLQUFLLFFBQVEsS0FBSyxpQkFBaUIsR0FBRyxDQUFDLENBQUM7QUFHbEUsUUFBTSxZQUFZLFFBQVEsS0FBSyxjQUFjLFNBQVMsZ0JBQWdCLGtCQUFrQixHQUFHLGtCQUFrQjtBQUM3RyxTQUFPLEVBQUUsVUFBVSxRQUFRLFVBQVUsU0FBUyxjQUFjLFFBQVEsTUFBTSxRQUFRLE1BQU0sV0FBVyxVQUFVO0FBQy9HO0FBRUEsU0FBUyxVQUFVLEtBQVUsVUFBaUM7QUFDNUQsUUFBTSxXQUFXLGVBQWUsUUFBUSxLQUFLLENBQUM7QUFDOUMsUUFBTSxPQUFPLENBQUksVUFBb0IsYUFBMEM7QUFDN0UsVUFBTSxRQUFRLGdCQUFnQixLQUFLLFVBQVUsUUFBUTtBQUNyRCxRQUFJLFVBQVUsVUFBYSxDQUFDLFNBQVMsU0FBUyxRQUFRLEdBQUc7QUFDdkQsWUFBTSxRQUFRLFNBQVMsU0FBUyxJQUFJLFFBQVEsU0FBUyxLQUFLLElBQUksQ0FBQyxLQUFLO0FBQ3BFLFlBQU0sSUFBSSxZQUFZLFVBQVUsT0FBTyxJQUFJLFFBQVEsQ0FBQyxFQUFFLEtBQUssR0FBRyxpQkFBaUIsUUFBUSxtQkFBbUIsS0FBSyxFQUFFO0FBQUEsSUFDbkg7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFBQSxJQUNMLEtBQUssS0FBSyxPQUFPLGVBQWU7QUFBQSxJQUNoQyxZQUFZLEtBQUssY0FBYyxlQUFlO0FBQUEsSUFDOUMsVUFBVSxLQUFLLFlBQVksUUFBUTtBQUFBLElBQ25DLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFBQSxFQUN6QjtBQUNGOzs7QUx2R08sU0FBUyxhQUFnQixNQUEwQjtBQUN4RCxNQUFJO0FBQ0YsV0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNuQixTQUFTLE9BQU87QUFDZCxRQUFJLEVBQUUsaUJBQWlCLGFBQWMsT0FBTTtBQUMzQyxZQUFRLE1BQU0sTUFBTSxPQUFPO0FBQzNCLFNBQUssS0FBSyxNQUFNLE1BQU0sT0FBTztBQUM3QixVQUFNO0FBQUEsRUFDUjtBQUNGO0FBR08sU0FBUyxXQUFXLFVBQStCO0FBQ3hELFNBQU8sYUFBYSxDQUFDLFFBQVEsWUFBWSxLQUFLLEVBQUUsVUFBVSxLQUFLLG9CQUFJLEtBQUssR0FBRyxRQUFRLEtBQUssT0FBTyxDQUFDLENBQUM7QUFDbkc7OztBTXpCQSxPQUFPLFVBQXVEOzs7QUNTdkQsSUFBTSxrQkFBa0I7QUF3QnhCLElBQU0sa0JBQWdDLEVBQUUsT0FBTyxHQUFHLFVBQVUsS0FBTSxPQUFPLElBQUk7QUFHN0UsSUFBTSxjQUFOLE1BQWtCO0FBQUEsRUFLdkIsWUFDbUIsUUFDakIsS0FDQTtBQUZpQjtBQUxuQix3QkFBUTtBQUNSLHdCQUFRO0FBQ1Isd0JBQVEsU0FBUTtBQU1kLFNBQUssU0FBUyxPQUFPO0FBQ3JCLFNBQUssT0FBTztBQUFBLEVBQ2Q7QUFBQTtBQUFBLEVBR0EsS0FBSyxLQUFzQjtBQUN6QixVQUFNLFdBQVcsS0FBSyxPQUFPLE1BQU0sS0FBSyxRQUFRLEtBQUssT0FBTyxRQUFRO0FBQ3BFLFFBQUksV0FBVyxHQUFHO0FBQ2hCLFdBQUssU0FBUyxLQUFLLElBQUksS0FBSyxPQUFPLE9BQU8sS0FBSyxTQUFTLFFBQVE7QUFDaEUsV0FBSyxRQUFRLFdBQVcsS0FBSyxPQUFPO0FBQUEsSUFDdEM7QUFDQSxRQUFJLEtBQUssU0FBUyxLQUFLLEtBQUssU0FBUyxLQUFLLE9BQU8sTUFBTyxRQUFPO0FBQy9ELFNBQUssVUFBVTtBQUNmLFNBQUssU0FBUztBQUNkLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFpQk8sSUFBTSxtQkFBTixNQUF1QjtBQUFBLEVBRzVCLFlBQ21CLGFBQ0EsT0FDQSxNQUFvQixLQUFLLEtBQ3pCLFNBQXVCLGlCQUN4QztBQUppQjtBQUNBO0FBQ0E7QUFDQTtBQU5uQix3QkFBUTtBQUFBLEVBT0w7QUFBQTtBQUFBLEVBR0gsT0FBTyxTQUFrQztBQUN2QyxRQUFJLENBQUMsUUFBUSxVQUFVLFFBQVEsY0FBYyxLQUFLLFlBQVksRUFBRyxRQUFPO0FBQ3hFLFVBQU0sTUFBTSxLQUFLLElBQUk7QUFDckIsU0FBSyxXQUFMLEtBQUssU0FBVyxJQUFJLFlBQVksS0FBSyxRQUFRLEdBQUc7QUFDaEQsUUFBSSxDQUFDLEtBQUssT0FBTyxLQUFLLEdBQUcsRUFBRyxRQUFPO0FBQ25DLFNBQUssTUFBTSxtQkFBbUIsT0FBTyxDQUFDO0FBQ3RDLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHTyxTQUFTLG1CQUFtQixTQUFpQztBQUNsRSxRQUFNLE9BQXFCO0FBQUEsSUFDekIsU0FBUyxRQUFRO0FBQUEsSUFDakIsT0FBTyxRQUFRO0FBQUEsSUFDZixRQUFRLFFBQVE7QUFBQSxJQUNoQixNQUFNLFFBQVE7QUFBQSxJQUNkLFFBQVEsUUFBUTtBQUFBLElBQ2hCLFlBQVksS0FBSyxNQUFNLFFBQVEsYUFBYSxHQUFJLElBQUk7QUFBQSxJQUNwRCxNQUFNLElBQUksS0FBSyxRQUFRLE1BQU0sRUFBRSxZQUFZO0FBQUEsRUFDN0M7QUFDQSxTQUFPLEdBQUcsZUFBZSxHQUFHLEtBQUssVUFBVSxJQUFJLENBQUM7QUFDbEQ7QUFrQkEsSUFBSSxxQkFBcUIsT0FBTztBQUd6QixTQUFTLHFCQUFxQixJQUFrQjtBQUNyRCx1QkFBcUI7QUFDdkI7QUFHQSxJQUFNLFdBQVcsSUFBSSxpQkFBaUIsTUFBTSxvQkFBb0IsQ0FBQyxTQUFTLFFBQVEsSUFBSSxJQUFJLENBQUM7QUFHcEYsU0FBUyxlQUFlLFNBQStCO0FBQzVELFdBQVMsT0FBTyxPQUFPO0FBQ3pCOzs7QUM3SU8sSUFBTSxrQkFBa0I7QUFVeEIsU0FBUyxVQUFVLFFBQXdCO0FBQ2hELE1BQUksT0FBTztBQUNYLFdBQVMsSUFBSSxHQUFHLElBQUksT0FBTyxRQUFRLEtBQUs7QUFDdEMsV0FBTyxLQUFLLEtBQUssT0FBTyxPQUFPLFdBQVcsQ0FBQyxHQUFHLFFBQVUsTUFBTTtBQUFBLEVBQ2hFO0FBQ0EsU0FBTyxNQUFNLE9BQU8sTUFBTSxHQUFHLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDNUQ7QUFpQk8sU0FBUyxZQUFZLFFBQWdCLE1BQWMsSUFBWSxXQUEyQjtBQUMvRixRQUFNLE9BQU8sSUFBSSxHQUFHLFNBQVMsRUFBRSxDQUFDLElBQUksVUFBVSxTQUFTLEVBQUUsQ0FBQztBQUMxRCxRQUFNLE9BQU8sa0JBQWtCLE9BQU8sU0FBUyxJQUFJLEtBQUs7QUFDeEQsUUFBTSxZQUFZLEtBQUssTUFBTSxHQUFHLEtBQUssSUFBSSxNQUFNLENBQUMsQ0FBQyxFQUFFLFFBQVEsT0FBTyxFQUFFO0FBQ3BFLFNBQU8sWUFBWSxHQUFHLE1BQU0sSUFBSSxTQUFTLEdBQUcsSUFBSSxLQUFLLEdBQUcsTUFBTSxHQUFHLElBQUk7QUFDdkU7QUFHTyxTQUFTLGFBQWEsTUFBYyxRQUF5QjtBQUNsRSxTQUFPLEtBQUssV0FBVyxHQUFHLE1BQU0sR0FBRztBQUNyQztBQU1PLFNBQVMsY0FBYyxNQUFvQztBQUNoRSxNQUFJO0FBQ0osTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQUk7QUFBQSxFQUN4QixRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLENBQUMsTUFBTSxRQUFRLElBQUksRUFBRyxRQUFPO0FBQ2pDLFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQ0MsU0FBa0JBLE1BQW1DLElBQUk7QUFDakYsU0FBTyxNQUFNLE1BQU0sQ0FBQyxTQUF5QixPQUFPLFNBQVMsUUFBUSxJQUFJLFFBQVE7QUFDbkY7OztBQzVEQSxTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVOzs7QUNNVixTQUFTLFVBQVUsT0FBZSxRQUE2QjtBQUNwRSxhQUFTO0FBQ1AsVUFBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixRQUFJLE9BQU8sS0FBSyxDQUFDLFVBQVUsVUFBVSxDQUFDLEdBQUc7QUFDdkMsYUFBTyxNQUFNLEtBQUssUUFBUSxDQUFDLFVBQVUsTUFBTSxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDLEVBQUUsS0FBSyxFQUFFO0FBQUEsSUFDbkY7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLFlBQVksU0FBaUIsUUFBd0I7QUFDbkUsU0FBTyxNQUFNLE9BQU8sSUFBSSxNQUFNO0FBQ2hDO0FBYU8sSUFBTSxrQkFBTixNQUFzQjtBQUFBLEVBSTNCLFlBQTZCLFFBQXFCO0FBQXJCO0FBSDdCLHdCQUFRLGFBQVksT0FBTztBQUMzQix3QkFBUSxXQUFVO0FBQUEsRUFFaUM7QUFBQTtBQUFBLEVBR25ELEtBQUssV0FBaUM7QUFDcEMsUUFBSSxjQUFjLEtBQUssV0FBVztBQUNoQyxXQUFLLFlBQVk7QUFDakIsV0FBSyxVQUFVLFVBQVUsSUFBSSxLQUFLLE1BQU07QUFBQSxJQUMxQztBQUNBLFVBQU0sU0FBUyxVQUFVLEdBQUcsS0FBSyxNQUFNO0FBQ3ZDLFdBQU8sRUFBRSxTQUFTLEtBQUssU0FBUyxRQUFRLGFBQWEsWUFBWSxLQUFLLFNBQVMsTUFBTSxFQUFFO0FBQUEsRUFDekY7QUFDRjtBQUdPLFNBQVMsWUFBWSxRQUFnQixTQUF5RDtBQUNuRyxTQUFPLEVBQUUsU0FBUyxVQUFVLE1BQU0sSUFBSSxXQUFXLGVBQWUsT0FBTyxZQUFZLE1BQU0sSUFBSTtBQUMvRjs7O0FEaERBLElBQU0sU0FBUyxJQUFJLGdCQUFnQixDQUFDQyxXQUFVLElBQUksV0FBVyxZQUFZQSxNQUFLLENBQUMsQ0FBQztBQU16RSxTQUFTLE9BQVUsTUFBcUM7QUFDN0QsUUFBTSxRQUFRLE9BQU8sS0FBS0MsTUFBSyxHQUFHLG1CQUFtQjtBQUNyRCxFQUFBQSxNQUFLLEdBQUcsUUFBUSxTQUFTLFdBQVcsTUFBTTtBQUMxQyxNQUFJO0FBQ0YsV0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNuQixVQUFFO0FBQ0EsV0FBT0EsTUFBSyxHQUFHLFFBQVEsU0FBUztBQUFBLEVBQ2xDO0FBQ0Y7OztBRWpCTyxJQUFNLGdCQUFnQjs7O0FMU3RCLElBQU0sa0JBQW9ELEVBQUUsS0FBSyxLQUFLLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFHcEcsSUFBTSxXQUFxRTtBQUFBLEVBQ3pFLEtBQUssS0FBSyxpQkFBaUIsZ0JBQWdCLEdBQUc7QUFBQSxFQUM5QyxNQUFNLEtBQUssaUJBQWlCLGdCQUFnQixJQUFJO0FBQUEsRUFDaEQsUUFBUSxLQUFLLGlCQUFpQixnQkFBZ0IsTUFBTTtBQUN0RDtBQWVPLElBQU0saUJBQU4sTUFBcUI7QUFBQSxFQUcxQixZQUNtQixTQUNqQixLQUNpQixVQUFtQixXQUNwQztBQUhpQjtBQUVBO0FBTG5CLHdCQUFpQjtBQU9mLFNBQUssVUFBVSxZQUFZLElBQUksUUFBUSxhQUFhLEVBQUU7QUFBQSxFQUN4RDtBQUFBO0FBQUEsRUFHQSxLQUFLLE9BQXlCO0FBQzVCLFVBQU0sV0FBVyxLQUFLLEtBQUssT0FBTyxPQUFPLFFBQVcsTUFBTTtBQUMxRCxVQUFNLFFBQVEsU0FBUyxXQUFXLGdCQUFnQixPQUFPLFNBQVMsT0FBTyxjQUFjLFNBQVMsSUFBSSxJQUFJO0FBQ3hHLFdBQU8sRUFBRSxVQUFVLE1BQU07QUFBQSxFQUMzQjtBQUFBO0FBQUEsRUFHQSxPQUFPLE9BQWUsTUFBdUM7QUFDM0QsV0FBTyxLQUFLLEtBQUssUUFBUSxPQUFPLE1BQU0sTUFBTTtBQUFBLEVBQzlDO0FBQUE7QUFBQSxFQUdBLE9BQU8sT0FBZSxNQUF1QztBQUMzRCxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxNQUFNO0FBQUEsRUFDaEQ7QUFBQSxFQUVRLEtBQThCLFFBQWdCLE9BQWUsTUFBMEIsY0FBa0I7QUFDL0csVUFBTSxRQUFRLElBQUksS0FBSztBQUN2QixVQUFNQyxRQUNKLEtBQUssWUFBWSxVQUFVLEVBQUUsTUFBTSxPQUFPLElBQUksUUFBUSxJQUFJLEVBQUUsTUFBTSxPQUFPLE1BQU07QUFDakYsVUFBTSxPQUFPLFNBQVMsU0FBWSxPQUFPLEtBQUssVUFBVSxFQUFFLEtBQUssQ0FBQztBQUNoRSxXQUFPLE9BQU8sQ0FBQyxVQUFVO0FBQ3ZCLFlBQU0sU0FBUyxLQUFLLElBQUk7QUFDeEIsWUFBTSxXQUFXLEtBQUssUUFBWSxRQUFRLEdBQUcsS0FBSyxPQUFPLEdBQUcsS0FBSyxJQUFJLE1BQU07QUFBQSxRQUN6RSxTQUFTO0FBQUEsVUFDUCxhQUFhLE1BQU07QUFBQSxVQUNuQixTQUFTLEtBQUs7QUFBQSxVQUNkLEdBQUksU0FBUyxPQUFPLENBQUMsSUFBSSxFQUFFLGdCQUFnQixtQkFBbUI7QUFBQSxRQUNoRTtBQUFBLFFBQ0EsTUFBQUE7QUFBQSxRQUNBO0FBQUEsUUFDQSxrQkFBa0IsU0FBUyxNQUFNO0FBQUEsTUFDbkMsQ0FBQztBQUNELFVBQUksS0FBSyxZQUFZLFdBQVc7QUFDOUIsY0FBTSxFQUFFLFFBQVEsUUFBUSxJQUFJO0FBQzVCLGNBQU0sU0FBUyxXQUFXLGdCQUFnQixNQUFNO0FBQ2hELHVCQUFlLEVBQUUsU0FBUyxNQUFNLFNBQVMsT0FBTyxRQUFRLE1BQU0sT0FBTyxRQUFRLFFBQVEsWUFBWSxRQUFRLFVBQVUsT0FBTyxDQUFDO0FBQUEsTUFDN0g7QUFDQSxhQUFPO0FBQUEsSUFDVCxDQUFDO0FBQUEsRUFDSDtBQUNGOzs7QU1yRkEsU0FBUyxtQkFBbUI7QUFDNUIsT0FBT0MsV0FBVTtBQVFqQixJQUFNLFFBQVEsSUFBSSxZQUFZLHFCQUFxQixNQUFnQixLQUFLLE1BQU0sS0FBSyxtQkFBbUIsQ0FBQyxDQUFDO0FBTWpHLFNBQVMsY0FBYyxLQUFvQjtBQUNoRCxRQUFNLEtBQUtDLE1BQUssR0FBRztBQUNuQixRQUFNLFlBQVlBLE1BQUssR0FBRztBQUUxQixRQUFNLE9BQU8sT0FBTyxLQUFLLE9BQU8sYUFBYSxNQUFNLE1BQU07QUFDekQsU0FBTyxZQUFZLElBQUksUUFBUSxNQUFNLElBQUksU0FBUztBQUNwRDs7O0FDbEJPLElBQU0sU0FBNEIsVUFBVSxzREFBc0QsQ0FBQyxRQUFRO0FBQ2hILFFBQU0sUUFBUSx3QkFBd0IsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDaEUsU0FBTyxRQUFRLEtBQUssU0FBUyxNQUFNLFFBQVE7QUFDN0MsQ0FBQztBQUdNLElBQU0sUUFBMkIsVUFBVSxxQ0FBcUMsQ0FBQyxRQUFRO0FBQzlGLFFBQU0sUUFBUSwyQ0FBMkMsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDbkYsU0FBTyxTQUFTLEtBQUssU0FBUyxJQUFJLFFBQVE7QUFDNUMsQ0FBQztBQUdNLFNBQVMsS0FBSyxLQUFnQztBQUNuRCxTQUFPLFVBQVUsNEJBQTRCLEdBQUcsSUFBSSxDQUFDLFFBQVE7QUFDM0QsVUFBTSxRQUFRLFlBQVksS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDcEQsV0FBTyxTQUFTLEtBQUssU0FBUyxNQUFNLFFBQVE7QUFBQSxFQUM5QyxDQUFDO0FBQ0g7QUFHTyxJQUFNLGdCQUFnQjtBQWlCdEIsU0FBUyxXQUFXLEtBQVUsVUFBMEI7QUFDN0QsU0FBTyxRQUFRLEtBQUssV0FBVyxLQUFLLGFBQWEsR0FBRyxRQUFRO0FBQzlEO0FBR08sU0FBUyxhQUFhLEtBQVUsVUFBa0IsVUFBMEI7QUFDakYsU0FBTyxRQUFRLEtBQUssVUFBVSxVQUFVLFFBQVE7QUFDbEQ7QUFHTyxJQUFNLGVBQWtDO0FBQUEsRUFBVTtBQUFBLEVBQTJDLENBQUMsUUFDbkcsaUJBQWlCLEtBQUssR0FBRyxLQUFLLFdBQVcsR0FBRyxNQUFNLFNBQVksTUFBTTtBQUN0RTtBQUdPLFNBQVMsU0FBUyxLQUFVLFVBQWtCLFVBQTBCO0FBQzdFLFNBQU8sUUFBUSxLQUFLLFVBQVUsY0FBYyxRQUFRO0FBQ3REOzs7QUMxQ08sU0FBUyxXQUFXLEtBQWU7QUFDeEMsU0FBTztBQUFBLElBQ0wsV0FBVyxRQUFRLEtBQUssWUFBWSxPQUFPLEdBQUc7QUFBQSxJQUM5QyxZQUFZLFFBQVEsS0FBSyxtQkFBbUIsS0FBSyxHQUFHLEdBQUcsQ0FBQztBQUFBLEVBQzFEO0FBQ0Y7QUFPTyxTQUFTLFlBQVksR0FBVyxTQUFpQixLQUFpQjtBQUN2RSxNQUFJLElBQUksSUFBSSxVQUFXLFFBQU87QUFDOUIsTUFBSSxZQUFZLEVBQUcsUUFBTztBQUMxQixNQUFJLFdBQVcsSUFBSSxXQUFZLFFBQU87QUFDdEMsU0FBTyxJQUFJLElBQUksYUFBYSxJQUFJLElBQUksYUFBYSxJQUFJLFdBQVc7QUFDbEU7QUFHTyxTQUFTLFlBQVksR0FBVyxRQUFtQztBQUN4RSxTQUFPLE9BQU8sS0FBSyxJQUFJLE9BQU8sU0FBUyxHQUFHLEtBQUssTUFBTSxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUU7OztBQ3JDQSxPQUFPQyxXQUFVO0FBV2pCLElBQUk7QUFPRyxTQUFTLE1BQU1DLFNBQTRCO0FBQ2hELE1BQUksQ0FBQyxTQUFTO0FBQ1osVUFBTSxTQUFTQyxNQUFLLEtBQUssUUFBUSxNQUFNLFVBQVVELFFBQU87QUFDeEQsY0FBVSxFQUFFLFFBQVEsUUFBUSxVQUFVLE1BQU0sRUFBRTtBQUFBLEVBQ2hEO0FBQ0EsU0FBTztBQUNUOzs7QUN4QkEsU0FBUyxhQUFhO0FBQ3RCLFNBQVMsZUFBZTs7O0FDV2pCLElBQU0sZUFBZTtBQU9yQixTQUFTLFdBQVcsTUFBZSxVQUF5QixhQUFxQixPQUErQjtBQUNySCxRQUFNLFVBQVUsYUFBYSxPQUFPLFNBQVMsWUFBWSxjQUFjLFdBQVcsT0FBTyxnQkFBZ0I7QUFDekcsUUFBTSxRQUFRLFlBQVksT0FBTyxTQUFTLFlBQVksUUFBUSxPQUFPO0FBQ3JFLE1BQUksU0FBUyxXQUFXO0FBQ3RCLFVBQU0sSUFBSSxZQUFZO0FBQ3RCLFVBQU0sV0FBVyxhQUFhLE9BQU8sQ0FBQyxDQUFDO0FBQ3ZDLFdBQU87QUFBQSxNQUNMLFFBQVEsc0JBQXNCLENBQUMscUNBQXFDLFFBQVE7QUFBQSxNQUM1RSxrQkFBa0IsNkJBQTZCLEtBQUssTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLFFBQVE7QUFBQSxNQUM3RTtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sU0FDSixTQUFTLGlCQUNMLFdBQVcsc0JBQXNCLE9BQU8sRUFBRSxtQkFBbUIsUUFBUSxDQUFDLElBQ3RFLFdBQVcsNEJBQTRCLE9BQU8sRUFBRSxRQUFRLE9BQU8sQ0FBQztBQUN0RSxTQUFPLEVBQUUsUUFBUSxrQkFBa0IsUUFBUSxTQUFTLE1BQU07QUFDNUQ7QUFHQSxTQUFTLFdBQVcsU0FBaUIsT0FBbUIsTUFBc0M7QUFDNUYsU0FBTyxRQUFRLE9BQU8sR0FBRyxhQUFhLE9BQU8sSUFBSSxDQUFDLHlCQUF5QixPQUFPLEdBQUcsYUFBYSxPQUFPLENBQUMsQ0FBQyxDQUFDO0FBQzlHO0FBRUEsU0FBUyxhQUFhLE9BQW1CLE9BQXVDO0FBQzlFLFFBQU0sU0FBUyxFQUFFLFFBQVEsTUFBTSxRQUFRLE9BQU8sTUFBTSxPQUFPLFFBQVEsTUFBTSxRQUFRLEdBQUcsTUFBTTtBQUMxRixTQUFPLElBQUksT0FBTyxRQUFRLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxHQUFHLENBQUMsS0FBSyxDQUFDLEdBQUcsRUFBRSxLQUFLLElBQUksQ0FBQztBQUM3RTtBQUdPLFNBQVMsYUFBYSxPQUFtQyxXQUE0QjtBQUMxRixRQUFNLFFBQVE7QUFBQSxJQUNaLDRCQUE0QixZQUFZO0FBQUEsSUFDeEMsUUFBUSxNQUFNLEdBQUcsT0FBTyxNQUFNLEtBQUs7QUFBQTtBQUFBLElBRW5DLHdCQUF3QixNQUFNLE1BQU0sb0NBQW9DLE1BQU0sTUFBTTtBQUFBLElBQ3BGLEdBQUksWUFBWSxDQUFDLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDakM7QUFDQSxTQUFPLEtBQUssTUFBTSxLQUFLLE1BQU0sQ0FBQztBQUNoQztBQU9PLFNBQVMsWUFBWSxPQUFtQyxPQUFnQztBQUM3RixRQUFNLFFBQVEsVUFBVSxVQUFVLG9CQUFvQjtBQUN0RCxRQUFNLFNBQVMsa0JBQWtCLFlBQVksTUFBTSxNQUFNLEdBQUcsS0FBSyxNQUFNLEtBQUssSUFBSSxLQUFLO0FBQ3JGLFFBQU0saUJBQWlCLEVBQUUsVUFBVSxXQUFXLE1BQU0sV0FBVztBQUMvRCxTQUFPLGlCQUFpQixHQUFHLE1BQU0sb0JBQW9CLE1BQU0sTUFBTSxNQUFNO0FBQ3pFOzs7QUNqRU8sSUFBTSxVQUFVLENBQUMsT0FBTyxRQUFRLFFBQVE7QUFLeEMsSUFBTSxpQkFBaUI7QUFNdkIsSUFBTSwrQkFBK0I7QUE4QnJDLFNBQVMsYUFBYSxPQUE0QjtBQUN2RCxRQUFNLFlBQVksYUFBYSxNQUFNLEdBQUc7QUFDeEMsUUFBTSxNQUFNLE1BQU0saUJBQWlCLFdBQVcsYUFBYTtBQUMzRCxRQUFNLE9BQWMsQ0FBQztBQUNyQixhQUFXLFNBQVMsTUFBTSxRQUFRO0FBQ2hDLGVBQVcsVUFBVSxNQUFNLFdBQVcsU0FBUztBQUM3QyxZQUFNLFFBQVEsR0FBRyxNQUFNLEtBQUssS0FBSztBQUNqQyxZQUFNLFFBQW9CLEVBQUUsUUFBUSxNQUFNLFFBQVEsT0FBTyxRQUFRLElBQUk7QUFDckUsaUJBQVcsWUFBWSxVQUFVLE9BQU8sQ0FBQyxjQUFjLFVBQVUsU0FBUyxTQUFTLE1BQU0sS0FBSyxJQUFJLEdBQUc7QUFDbkcsY0FBTSxZQUFZLFNBQVMsVUFBVSxNQUFNO0FBQzNDLGFBQUssS0FBSztBQUFBLFVBQ1IsSUFBSSxHQUFHLFNBQVMsUUFBUSxJQUFJLE9BQU8sWUFBWSxDQUFDLElBQUksS0FBSztBQUFBLFVBQ3pELGFBQWEsU0FBUyxZQUFZLE9BQU8sTUFBTTtBQUFBLFVBQy9DLE1BQU0sU0FBUztBQUFBLFVBQ2YsUUFBUSxTQUFTO0FBQUEsVUFDakIsTUFBTSxFQUFFLE9BQU8sT0FBTztBQUFBLFVBQ3RCLE1BQU0sU0FBUztBQUFBLFVBQ2Y7QUFBQSxVQUNBLFNBQVMsV0FBVyxTQUFTLE1BQU0sV0FBVyxTQUFTLElBQUksR0FBRyxVQUFVLE9BQU8sS0FBSztBQUFBLFVBQ3BGO0FBQUEsVUFDQSxPQUFPLFNBQVM7QUFBQSxRQUNsQixDQUFDO0FBQUEsTUFDSDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxhQUFhRSxNQUF5QztBQUM3RCxRQUFNLGlCQUFpQixDQUFDLFdBQW1CLGNBQWNBLEtBQUksU0FBUyxRQUFRQSxLQUFJLFlBQVk7QUFDOUYsUUFBTSxXQUFXLENBQUMsV0FDaEJBLEtBQUksWUFBWSxhQUFhLFdBQVcsU0FBUyxxREFBcUQ7QUFDeEcsUUFBTSxVQUFVLENBQUMsTUFBeUIsUUFBNkI7QUFBQSxJQUNyRSxNQUFNO0FBQUEsSUFDTixVQUFVLFdBQVcsS0FBSyxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQUEsSUFDOUMsUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBLE9BQU87QUFBQSxJQUNQLFdBQVcsT0FBTyxFQUFFLElBQUksS0FBSyxPQUFPLElBQUksTUFBTSxLQUFLO0FBQUEsSUFDbkQsYUFBYSxDQUFDLFVBQVUsR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsUUFBUSxLQUFLLDJCQUEyQixFQUFFO0FBQUEsRUFDeEY7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsTUFBTTtBQUFBLE1BQ04sVUFBVTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsV0FBVyxDQUFDLFlBQVksRUFBRSxJQUFJLEtBQUssT0FBTyxlQUFlLE1BQU0sR0FBRyxNQUFNLFFBQVE7QUFBQSxNQUNoRixhQUFhLENBQUMsT0FBTyxXQUFXLEdBQUcsUUFBUSxJQUFJLGVBQWUsTUFBTSxDQUFDLENBQUMsT0FBTyxLQUFLLG9CQUFvQixTQUFTLE1BQU0sQ0FBQztBQUFBLElBQ3hIO0FBQUEsSUFDQSxRQUFRLFNBQVNBLEtBQUksS0FBSztBQUFBLElBQzFCLFFBQVEsU0FBU0EsS0FBSSxLQUFLO0FBQUEsSUFDMUI7QUFBQTtBQUFBO0FBQUEsTUFHRSxNQUFNO0FBQUEsTUFDTixTQUFTLENBQUMsS0FBSztBQUFBLE1BQ2YsVUFBVTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsV0FBVyxPQUFPLEVBQUUsSUFBSSxLQUFLLE9BQU8sTUFBTUEsS0FBSSxNQUFNLEdBQUcsTUFBTSxRQUFRO0FBQUEsTUFDckUsYUFBYSxDQUFDLFVBQVUsR0FBRyxRQUFRQSxLQUFJLE1BQU0sQ0FBQyxxQkFBcUIsS0FBSztBQUFBLElBQzFFO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxjQUFjLFNBQXFCLFFBQWdCLFdBQTJCO0FBQ3JGLFFBQU0sU0FBUyxNQUFNLElBQUksU0FBUztBQUNsQyxTQUFPLFlBQVksYUFBYSxXQUFXLFNBQVMsS0FBSyxJQUFJLFFBQVEsNEJBQTRCLElBQUk7QUFDdkc7QUFFQSxTQUFTLFdBQVcsTUFBOEI7QUFDaEQsU0FBTyxTQUFTLFNBQVMsT0FBTyxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJO0FBQzlEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJO0FBQ25DO0FBRUEsU0FBUyxRQUFRQyxRQUF1QjtBQUN0QyxTQUFPLEdBQUcsTUFBTUEsU0FBUSxHQUFHLENBQUM7QUFDOUI7OztBRjNIQSxJQUFNLGdCQUFnQixJQUFJLFFBQVEsY0FBYztBQU16QyxTQUFTLFFBQVcsT0FBVSxNQUE2Q0MsT0FBa0Q7QUFDbEksTUFBSSxNQUFNO0FBQ1YsYUFBVyxDQUFDLE1BQU0sU0FBUyxLQUFLLE9BQU8sUUFBUSxJQUFJLEdBQUc7QUFDcEQsVUFBTSxTQUFTLE1BQU0sT0FBTyxFQUFFLENBQUMsSUFBSSxHQUFHLFVBQVUsR0FBR0EsS0FBSTtBQUN2RCxrQkFBYyxJQUFJLEdBQUcsRUFBRSxHQUFHQSxPQUFNLFFBQVEsT0FBTyxNQUFNLEVBQUUsQ0FBQztBQUN4RCxVQUFNLE9BQU87QUFBQSxFQUNmO0FBQ0EsU0FBTztBQUNUOzs7QUdkTyxTQUFTLFNBQVMsU0FBaUIsS0FBWSxRQUFtQztBQUN2RixRQUFNLFNBQVMsSUFBSSxlQUFlLFNBQVMsS0FBSyxPQUFPO0FBQ3ZELE1BQUksVUFBVTtBQUNkLGFBQVcsU0FBUyxRQUFRO0FBQzFCLFVBQU0sRUFBRSxVQUFVLE1BQU0sSUFBSSxPQUFPLEtBQUssS0FBSztBQUM3QyxRQUFJLENBQUMsT0FBTztBQUNWLGNBQVEsS0FBSyxlQUFlLEtBQUssYUFBYSxTQUFTLE1BQU0sZ0JBQWdCLElBQUksTUFBTSxlQUFlO0FBQ3RHO0FBQUEsSUFDRjtBQUNBLGVBQVcsUUFBUSxNQUFNLE9BQU8sQ0FBQ0MsU0FBUSxhQUFhQSxNQUFLLElBQUksTUFBTSxDQUFDLEdBQUc7QUFDdkUsVUFBSSxPQUFPLE9BQU8sT0FBTyxJQUFJLEVBQUUsV0FBVyxnQkFBZ0IsT0FBUTtBQUFBLElBQ3BFO0FBQUEsRUFDRjtBQUNBLE1BQUksVUFBVSxFQUFHLFNBQVEsS0FBSyxrQkFBa0IsT0FBTyxpQkFBaUIsSUFBSSxNQUFNLEVBQUU7QUFDcEYsU0FBTztBQUNUOzs7QUNHTyxTQUFTLGFBQWFDLFNBQXFCLEtBQXdCO0FBQ3hFLFFBQU0sVUFBaUIsQ0FBQztBQUN4QixNQUFJO0FBQ0osU0FBTztBQUFBLElBQ0wsUUFBYztBQUNaLFlBQU0sTUFBTSxNQUFNQSxPQUFNO0FBQ3hCLDBCQUFXLElBQUksZUFBZUEsUUFBTyxTQUFTLEdBQUc7QUFDakQsWUFBTSxRQUFRLFlBQVksS0FBSyxPQUFPLEdBQUcsUUFBUSxRQUFRLEdBQUc7QUFDNUQsVUFBSSxVQUFVLFVBQVU7QUFDdEIsY0FBTUMsT0FBTSxRQUFRLE1BQU07QUFDMUIsZUFBTyxPQUFPQSxLQUFJLE9BQU9BLEtBQUksSUFBSTtBQUNqQztBQUFBLE1BQ0Y7QUFDQSxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBR0QsUUFBTyxNQUFNO0FBQ3RELFVBQUksVUFBVSxRQUFRO0FBQ3BCLGNBQU0sT0FBTyxPQUFPLEtBQUssS0FBSztBQUU5QixZQUFJLEtBQUssU0FBUyxXQUFXLGdCQUFnQixLQUFLO0FBQ2hELGtCQUFRLE1BQU0sRUFBRSxnQ0FBZ0MsQ0FBQyxXQUFXLE9BQU8sVUFBVSxPQUFVLEdBQUcsRUFBRSxPQUFPLFFBQVEsTUFBTSxDQUFDO0FBQUEsUUFDcEg7QUFDQTtBQUFBLE1BQ0Y7QUFDQSxZQUFNLE9BQU8sY0FBYyxHQUFHO0FBRzlCLFVBQUksT0FBTyxPQUFPLE9BQU8sSUFBSSxFQUFFLFdBQVcsZ0JBQWdCLEtBQU0sU0FBUSxLQUFLLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUM5RjtBQUFBLElBQ0EsUUFBYztBQUNaLGVBQVNBLFFBQU8sU0FBUyxNQUFNQSxPQUFNLEdBQUdBLFFBQU8sTUFBTTtBQUFBLElBQ3ZEO0FBQUEsRUFDRjtBQUNGOzs7QUNuRE8sSUFBTSxjQUFjO0FBQUEsRUFDekI7QUFBQSxFQUFTO0FBQUEsRUFBWTtBQUFBLEVBQVU7QUFBQSxFQUFVO0FBQUEsRUFBUTtBQUFBLEVBQVM7QUFBQSxFQUFTO0FBQUEsRUFDbkU7QUFBQSxFQUFlO0FBQUEsRUFBWTtBQUFBLEVBQVc7QUFDeEM7OztBQ0hPLFNBQVMsWUFBWUUsU0FBOEI7QUFDeEQsU0FBTztBQUFBLElBQ0wsTUFBTSxFQUFFLEdBQUdBLFFBQU8sTUFBTSxRQUFRQSxRQUFPLE9BQU87QUFBQSxJQUM5QyxZQUFZO0FBQUEsSUFDWixXQUFXLFlBQVlBLFFBQU8sUUFBUSxhQUFhLEVBQUU7QUFBQTtBQUFBLElBRXJELHVCQUF1QjtBQUFBLElBQ3ZCLGNBQWM7QUFBQSxJQUNkLGlCQUFpQjtBQUFBLEVBQ25CO0FBQ0Y7OztBQ2dCTyxJQUFNLG9CQUFzRCxFQUFFLE1BQU0sR0FBRyxNQUFNLElBQUksTUFBTSxLQUFLO0FBRzVGLFNBQVMsUUFBUUMsV0FBMEI7QUFFaEQsVUFBUSxXQUFXQSxTQUFRLEtBQUssS0FBSztBQUN2QztBQWdDQSxJQUFNLG9CQUFvQjtBQU9uQixTQUFTLE9BQU8sZUFBdUIsUUFBNkQ7QUFDekcsUUFBTSxTQUFTLEtBQUssS0FBSyxnQkFBZ0Isb0JBQW9CLENBQUM7QUFDOUQsU0FBTyxFQUFFLGlCQUFpQixLQUFLLElBQUksUUFBUSxLQUFLLElBQUksR0FBRyxNQUFNLENBQUMsR0FBRyxPQUFPO0FBQzFFO0FBR08sU0FBUyxVQUFVQyxPQUFvQjtBQUM1QyxTQUFPQSxNQUFLLE9BQU8sa0JBQWtCQSxNQUFLLFFBQVE7QUFDcEQ7OztBQ3ZFTyxJQUFNLGVBQXNDLENBQUMsV0FBVyxnQkFBZ0I7QUFReEUsSUFBTSxZQUFnQyxDQUFDLFFBQVEsUUFBUSxRQUFRO0FBNEIvRCxJQUFNLGlCQUFpQjtBQUV2QixJQUFNLGlCQUFpQjtBQUV2QixJQUFNLHVCQUF1QjtBQUU3QixJQUFNLHNCQUFzQjtBQUduQyxJQUFNLFFBQTJCLFVBQVUsd0NBQXdDLENBQUMsUUFBUTtBQUMxRixNQUFJLENBQUMsZ0JBQWdCLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDdkMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFFBQVEsS0FBSyxRQUFRLElBQUksUUFBUTtBQUMxQyxDQUFDO0FBR0QsU0FBUyxRQUFRLE9BQWUsV0FBc0M7QUFDcEUsU0FBTyxVQUFVLDhCQUE4QixLQUFLLEtBQUssU0FBUyxLQUFLLENBQUMsUUFBUTtBQUM5RSxVQUFNLFFBQVEsYUFBYSxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNyRCxXQUFPLFNBQVMsU0FBUyxTQUFTLEtBQUssS0FBSyxJQUFJLFFBQVE7QUFBQSxFQUMxRCxDQUFDO0FBQ0g7QUFHQSxJQUFNLGdCQUFnQixTQUFTLHlCQUF5Qiw4Q0FBOEM7QUFNL0YsU0FBUyxpQkFBaUIsS0FBVSxhQUFtQztBQUM1RSxRQUFNLFFBQVEsUUFBUSxLQUFLLGNBQWMsaUJBQWlCLGNBQWM7QUFDeEUsU0FBTztBQUFBLElBQ0wsU0FBUyxRQUFRLEtBQUssZUFBZSxNQUFNLFlBQVksR0FBRyxTQUFTO0FBQUEsSUFDbkUsTUFBTSxRQUFRLEtBQUssWUFBWSxNQUFNLFNBQVMsR0FBRyxXQUFXO0FBQUEsSUFDNUQ7QUFBQSxJQUNBLE9BQU8sUUFBUSxLQUFLLGNBQWMsUUFBUSxPQUFPLFlBQVksR0FBRyxLQUFLLElBQUksZ0JBQWdCLEtBQUssQ0FBQztBQUFBLElBQy9GLGNBQWMsUUFBUSxLQUFLLG9CQUFvQixPQUFPLG9CQUFvQjtBQUFBLElBQzFFLFFBQVEsUUFBUSxLQUFLLGNBQWMsT0FBTyxvQkFBb0I7QUFBQSxJQUM5RCxZQUFZLFFBQVEsS0FBSyxtQkFBbUIsVUFBVSxtQkFBbUI7QUFBQSxJQUN6RSxTQUFTO0FBQUEsTUFDUCxLQUFLLFFBQVEsS0FBSyxlQUFlLEtBQUssdUJBQXVCO0FBQUEsTUFDN0QsVUFBVSxRQUFRLEtBQUsscUJBQXFCLGVBQWUsT0FBTztBQUFBLE1BQ2xFLFNBQVMsUUFBUSxLQUFLLG9CQUFvQixlQUFlLE1BQU07QUFBQSxNQUMvRCxVQUFVLFFBQVEsS0FBSyxxQkFBcUIsZUFBZSxPQUFPO0FBQUEsSUFDcEU7QUFBQSxFQUNGO0FBQ0Y7OztBQzVGTyxJQUFNLHVCQUF1QjtBQXNCN0IsU0FBUyxlQUFlLEtBQTBCO0FBQ3ZELFFBQU0sUUFBUSxRQUFjLEtBQUssZUFBZSxNQUFlLEVBQUUsTUFBTSxJQUFJLFVBQVUsS0FBSyxDQUFDO0FBQzNGLFFBQU0sWUFBWSxRQUFRLEtBQUssY0FBYyxLQUFLLEdBQVMsR0FBRyxFQUFFO0FBQ2hFLFFBQU0sUUFBUSxRQUFRLEtBQUssZUFBZSxLQUFLLG9CQUFvQixHQUFHLEVBQUU7QUFDeEUsUUFBTSxPQUFPLGFBQWEsS0FBSyxpQkFBaUIsSUFBSTtBQUNwRCxRQUFNLE9BQU8sU0FBUyxLQUFLLGFBQWEsSUFBSTtBQUM1QyxRQUFNLFNBQVMsV0FBVyxLQUFLLEdBQUk7QUFDbkMsUUFBTSxZQUFZLE1BQU0sS0FBSyxFQUFFLFFBQVEsTUFBTSxHQUFHLENBQUMsR0FBRyxNQUFNLE1BQU0sT0FBTyxJQUFJLFNBQVM7QUFDcEYsUUFBTSxTQUFrQixDQUFDLEVBQUUsVUFBVSxNQUFNLFFBQVEsVUFBVSxDQUFDLEVBQUUsQ0FBQztBQUNqRSxhQUFXLFVBQVUsVUFBVSxNQUFNLENBQUMsRUFBRyxRQUFPLEtBQUssRUFBRSxVQUFVLE1BQU0sT0FBTyxHQUFHLEVBQUUsVUFBVSxNQUFNLE9BQU8sQ0FBQztBQUMzRyxRQUFNLE9BQU8sVUFBVSxFQUFFLE1BQU0sVUFBVSxRQUFRLENBQUMsR0FBRyxVQUFVLE1BQU0sU0FBUyxDQUFDO0FBQy9FLFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxNQUNSLFVBQVU7QUFBQSxNQUNWLFdBQVcsVUFBVSxDQUFDO0FBQUEsTUFDdEIsVUFBVSxNQUFNO0FBQUEsTUFDaEI7QUFBQSxNQUNBLEdBQUcsT0FBTyxNQUFNLE1BQU07QUFBQSxNQUN0QixjQUFjO0FBQUEsSUFDaEI7QUFBQSxJQUNBO0FBQUEsSUFDQSxVQUFVLE1BQU07QUFBQSxJQUNoQixhQUFhLFFBQVEsSUFBSTtBQUFBLElBQ3pCLGFBQWEsUUFBUSxJQUFJO0FBQUE7QUFBQSxJQUV6QixPQUFPLGlCQUFpQixLQUFLLFFBQVEsRUFBRTtBQUFBLElBQ3ZDLGNBQWMsUUFBUSxLQUFLLG9CQUFvQixPQUFPLElBQUk7QUFBQSxFQUM1RDtBQUNGO0FBR08sU0FBUyxPQUFPQyxPQUFzQixnQkFBZ0M7QUFDM0UsTUFBSSxpQkFBaUJBLE1BQUssWUFBYSxRQUFPO0FBQzlDLFFBQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxpQkFBaUJBLE1BQUssZ0JBQWdCQSxNQUFLLGNBQWNBLE1BQUssWUFBWTtBQUN2RyxTQUFPLEtBQUssSUFBSSxNQUFNQSxNQUFLLFVBQVUsU0FBUyxDQUFDO0FBQ2pEO0FBR08sU0FBUyxXQUFXLFFBQStELE1BQXNCO0FBQzlHLFNBQU8sR0FBRyxNQUFNLFNBQVMsSUFBSTtBQUMvQjtBQVVPLFNBQVMsZUFBZUEsT0FBdUQ7QUFDcEYsUUFBTSxhQUE4QyxDQUFDO0FBQ3JELEVBQUFBLE1BQUssVUFBVSxRQUFRLENBQUMsR0FBRyxTQUFTO0FBQ2xDLGVBQVcsV0FBVyxxQkFBcUIsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLFdBQVcsU0FBU0EsTUFBSyxLQUFLLElBQUksYUFBYSxLQUFLLENBQUM7QUFDNUcsZUFBVyxXQUFXLG1CQUFtQixJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsV0FBVyxRQUFRQSxNQUFLLFlBQVksSUFBSSxhQUFhLEtBQUssQ0FBQztBQUNoSCxlQUFXLFdBQVcsYUFBYSxJQUFJLENBQUMsSUFBSSxDQUFDLFVBQVU7QUFBQSxFQUN6RCxDQUFDO0FBQ0QsU0FBTztBQUNUO0FBR08sU0FBUyxZQUFZQSxPQUFzQixTQUF1RjtBQUN2SSxTQUFPQSxNQUFLLFVBQVUsSUFBSSxDQUFDLEdBQUcsU0FBUztBQUNyQyxVQUFNLFdBQVcsUUFBUSxXQUFXLGFBQWEsSUFBSSxDQUFDLEdBQUcsT0FBTyxTQUFTO0FBQ3pFLFVBQU0sUUFBUSxDQUFDLFFBQWlELFNBQzlELFdBQVcsSUFBSyxRQUFRLFdBQVcsUUFBUSxJQUFJLENBQUMsR0FBRyxPQUFPLElBQUksS0FBSyxPQUFRO0FBQzdFLFdBQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxxQkFBcUIsT0FBTyxHQUFHLFdBQVcsTUFBTSxtQkFBbUIsTUFBTSxHQUFHLFNBQVM7QUFBQSxFQUNuSCxDQUFDO0FBQ0g7QUFHTyxTQUFTLGVBQWUsUUFBa0M7QUFDL0QsTUFBSSxPQUFPLGVBQWUsTUFBTTtBQUM5QixXQUFPLDhDQUE4QyxPQUFPLGVBQWUsQ0FBQyxlQUFlLE9BQU8sUUFBUTtBQUFBLEVBQzVHO0FBQ0EsUUFBTSxPQUFPLE9BQU8sZ0JBQWdCLE9BQU8saUNBQWlDLHdCQUF3QixPQUFPLFdBQVc7QUFDdEgsU0FBTyx3QkFBd0IsT0FBTyxVQUFVLGdCQUFnQixPQUFPLFdBQVcsS0FBSyxPQUFPLE1BQU0sTUFBTSxJQUFJO0FBQ2hIO0FBMEJPLFNBQVMsV0FBV0EsT0FBc0IsT0FBdUM7QUFDdEYsUUFBTSxNQUFNLENBQUMsU0FBaUIsVUFBVSxFQUFFLE1BQU1BLE1BQUssVUFBVSxJQUFJLEdBQUcsVUFBVUEsTUFBSyxTQUFTLENBQUM7QUFDL0YsUUFBTSxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLENBQUM7QUFDOUMsYUFBVyxLQUFLLEtBQUs7QUFDbkIsVUFBTSxPQUFPLEVBQUUsVUFBVSxRQUFRLEVBQUUsU0FBU0EsTUFBSztBQUNqRCxVQUFNLFVBQVUsRUFBRSxjQUFjLFFBQVEsRUFBRSxhQUFhQSxNQUFLO0FBQzVELFFBQUksUUFBUSxTQUFTO0FBQ25CLFlBQU0sU0FBUyxPQUNYLE9BQU8sRUFBRSxNQUFPLFFBQVEsQ0FBQyxDQUFDLFNBQVNBLE1BQUssS0FBSyxRQUM3QyxlQUFlLEVBQUUsWUFBYSxLQUFLLFFBQVEsQ0FBQyxDQUFDLFFBQVFBLE1BQUssZUFBZSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzVGLGFBQU87QUFBQSxRQUNMLGFBQWEsRUFBRTtBQUFBLFFBQ2YsWUFBWSxJQUFJLEVBQUUsSUFBSTtBQUFBLFFBQ3RCLGFBQWEsRUFBRSxPQUFPLElBQUksSUFBSSxFQUFFLE9BQU8sQ0FBQyxJQUFJO0FBQUEsUUFDNUM7QUFBQSxRQUNBLFVBQVUsSUFBSTtBQUFBLFFBQ2Q7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLE9BQU8sSUFBSSxTQUFTLElBQUksSUFBSSxTQUFTLENBQUMsRUFBRSxPQUFPO0FBQ3JELFNBQU8sRUFBRSxhQUFhLE1BQU0sWUFBWSxNQUFNLGFBQWEsU0FBUyxPQUFPLE9BQU8sSUFBSSxJQUFJLEdBQUcsUUFBUSxNQUFNLFVBQVUsSUFBSSxRQUFRLE1BQU07QUFDekk7OztBQzFJTyxTQUFTLFdBQVcsTUFBZSxXQUF5QixVQUFrQixPQUE2QjtBQUNoSCxNQUFJLFNBQVMsUUFBUTtBQUNuQixVQUFNLGVBQWUsVUFBVSxHQUFHLFdBQVcsR0FBRyxJQUFJLFdBQVcsSUFBSTtBQUNuRSxVQUFNQyxXQUFVLFVBQVUsR0FBRyxXQUFXLEdBQUcsSUFBSSxVQUFVLFFBQVEsSUFBSSxVQUFVO0FBQy9FLFdBQU9BLFdBQVUsSUFBSSxlQUFlQSxXQUFVLGVBQWUsSUFBSSxXQUFXO0FBQUEsRUFDOUU7QUFDQSxRQUFNLFVBQVUsSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJO0FBQ2hELFNBQU8sWUFBWSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEdBQUcsU0FBUyxHQUFHLFVBQVUsS0FBSyxJQUFJO0FBQ3ZFO0FBR08sU0FBUyxZQUFZLE9BQW9CLE9BQXVCO0FBQ3JFLFFBQU0sU0FBa0M7QUFBQSxJQUN0QyxDQUFDLE9BQU8sQ0FBQztBQUFBLElBQ1QsQ0FBQyxPQUFPLEdBQUc7QUFBQSxJQUNYLENBQUMsU0FBUyxHQUFHO0FBQUEsSUFDYixDQUFDLFNBQVMsSUFBSTtBQUFBLElBQ2QsQ0FBQyxTQUFTLElBQUk7QUFBQSxJQUNkLENBQUMsT0FBTyxDQUFDO0FBQUEsRUFDWCxFQUNHLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxPQUFPLE1BQU0sSUFBYyxNQUFNLFFBQVEsRUFDNUQsSUFBSSxDQUFDLENBQUMsTUFBTSxJQUFJLE1BQU0sQ0FBQyxNQUFNLElBQWMsR0FBRyxJQUFjLENBQUM7QUFDaEUsTUFBSSxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hDLE1BQUksUUFBUSxPQUFPLENBQUMsRUFBRSxDQUFDLEVBQUcsUUFBTyxJQUFJLE9BQU8sQ0FBQyxFQUFFLENBQUM7QUFDaEQsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLFFBQVEsS0FBSztBQUN0QyxVQUFNLENBQUMsVUFBVSxPQUFPLElBQUksT0FBTyxJQUFJLENBQUM7QUFDeEMsVUFBTSxDQUFDLFdBQVcsUUFBUSxJQUFJLE9BQU8sQ0FBQztBQUN0QyxRQUFJLFFBQVEsV0FBVztBQUNyQixZQUFNLE9BQU8sY0FBYyxXQUFXLFVBQVUsV0FBWSxRQUFRLGFBQWEsWUFBWSxhQUFjLFdBQVc7QUFDdEgsYUFBTyxJQUFJO0FBQUEsSUFDYjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLElBQUksT0FBTyxPQUFPLFNBQVMsQ0FBQyxFQUFFLENBQUM7QUFDeEM7OztBQ3RDTyxTQUFTLGFBQWEsUUFBZ0JDLE9BQXNDO0FBQ2pGLFFBQU0sU0FBUyxPQUFPLFFBQVFBLEtBQUksRUFBRSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLEVBQUU7QUFDM0UsU0FBTyxPQUFPLFNBQVMsR0FBRyxNQUFNLElBQUksT0FBTyxLQUFLLEdBQUcsQ0FBQyxNQUFNO0FBQzVEO0FBR08sU0FBUyxvQkFBb0JDLE1BQThDO0FBQ2hGLFNBQU8sR0FBR0EsS0FBSSxJQUFJLEdBQUdBLEtBQUksVUFBVSxFQUFFLEdBQUdBLEtBQUksVUFBVSxLQUFLO0FBQzdEO0FBR08sSUFBTSxtQkFBbUI7QUFNaEMsU0FBUyxZQUFZQSxNQUFrQjtBQUNyQyxTQUFPLEdBQUdBLEtBQUksSUFBSTtBQUNwQjtBQVFPLFNBQVMsa0JBQ2QsU0FDQSxVQUM2QjtBQUM3QixRQUFNLGFBQTBDLENBQUM7QUFDakQsUUFBTUMsT0FBTSxDQUFDLEtBQWEsY0FBK0I7QUFDdkQsVUFBTSxPQUFRLHNDQUFvQixDQUFDO0FBQ25DLFFBQUksQ0FBQyxLQUFLLEtBQUssQ0FBQyxhQUFhLEtBQUssVUFBVSxRQUFRLE1BQU0sS0FBSyxVQUFVLFNBQVMsQ0FBQyxFQUFHLE1BQUssS0FBSyxTQUFTO0FBQUEsRUFDM0c7QUFDQSxhQUFXRCxRQUFPLFNBQVM7QUFDekIsSUFBQUMsS0FBSSxhQUFhRCxLQUFJLFFBQVFBLEtBQUksSUFBSSxHQUFHLE9BQU9BLE1BQUssU0FBUyxNQUFNLFNBQVMsVUFBVSxDQUFDO0FBQ3ZGLElBQUFDLEtBQUksYUFBYUQsS0FBSSxPQUFPQSxLQUFJLElBQUksR0FBRyxTQUFTLFNBQVMsV0FBVyxhQUFhLGdCQUFnQjtBQUFBLEVBQ25HO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxPQUFPQSxNQUFVLE1BQWUsWUFBK0I7QUFDdEUsTUFBSSxTQUFTLFNBQVUsUUFBTyxZQUFZQSxJQUFHO0FBQzdDLFFBQU0sWUFBWSxvQkFBb0JBLElBQUc7QUFDekMsU0FBTyxTQUFTLFNBQVMsRUFBRSxXQUFXLGFBQWEsTUFBTSxnQkFBZ0IsV0FBVyxJQUFJO0FBQzFGO0FBTU8sSUFBTSxzQkFBc0IsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxTQUFTLE9BQU87OztBQ2pEM0YsSUFBTSxvQkFBb0I7QUFHMUIsU0FBUyxhQUFhLE9BQWUsS0FBd0I7QUFDbEUsU0FBTyxFQUFFLE1BQU0sS0FBSyxNQUFNLEtBQUssSUFBSSxtQkFBbUIsSUFBSSxLQUFLLE1BQU0sR0FBRyxJQUFJLGtCQUFrQjtBQUNoRztBQVFPLFNBQVMsV0FBVyxTQUEwQixZQUF3QixPQUFlLE9BQTBCO0FBQ3BILFFBQU0sTUFBTSxFQUFFLE9BQU8sUUFBUSxVQUFVLE1BQU0sUUFBUSxTQUFTLE9BQU8sUUFBUSxTQUFTLEVBQUUsVUFBVTtBQUNsRyxRQUFNLE9BQU87QUFBQSxJQUNYLFlBQVk7QUFBQSxJQUNaLFNBQVMsQ0FBQyxVQUFVLFlBQVksS0FBSyxLQUFLLENBQUM7QUFBQSxJQUMzQyxPQUFPLEVBQUUsTUFBTSxPQUFPLE1BQU0sSUFBSSxHQUFHLElBQUksT0FBTyxNQUFNLEVBQUUsRUFBRTtBQUFBLEVBQzFEO0FBQ0EsUUFBTSxRQUFRLG1CQUFtQixLQUFLLFVBQVUsRUFBRSxVQUFVLEtBQUssQ0FBQyxDQUFDO0FBQ25FLFNBQU8sR0FBRyxRQUFRLEdBQUcsa0NBQWtDLEtBQUs7QUFDOUQ7QUFFQSxTQUFTLFVBQVUsWUFBd0IsS0FBYSxPQUF3QztBQUM5RixVQUFRLFlBQVk7QUFBQSxJQUNsQixLQUFLO0FBQ0gsYUFBTyxFQUFFLE9BQU8sS0FBSyxZQUFZLEVBQUUsTUFBTSxTQUFTLElBQUksR0FBRyxXQUFXLFdBQVcsT0FBTyxPQUFPLElBQUksV0FBVyxTQUFTO0FBQUEsSUFDdkgsS0FBSztBQUNILGFBQU8sRUFBRSxPQUFPLEtBQUssWUFBWSxFQUFFLE1BQU0sUUFBUSxJQUFJLEdBQUcsV0FBVyxTQUFTLE1BQU0sTUFBTTtBQUFBLElBQzFGLEtBQUs7QUFDSCxhQUFPLEVBQUUsT0FBTyxLQUFLLFlBQVksRUFBRSxNQUFNLGNBQWMsSUFBSSxHQUFHLE1BQU0sT0FBTyxPQUFPLE1BQU0sU0FBUyxNQUFNO0FBQUEsRUFDM0c7QUFDRjtBQWFPLFNBQVMsU0FBUyxTQUEwQixRQUFnQixPQUF5QjtBQUMxRixTQUFPO0FBQUEsSUFDTCxPQUFPLFdBQVcsU0FBUyxTQUFTLDhCQUE4QixZQUFZLE9BQU8sS0FBSztBQUFBLElBQzFGLE1BQU0sV0FBVyxTQUFTLFFBQVEsa0JBQWtCLFlBQVksTUFBTSxLQUFLO0FBQUEsSUFDM0UsT0FBTztBQUFBLE1BQ0w7QUFBQSxNQUNBO0FBQUEsTUFDQSwyREFBMkQsTUFBTTtBQUFBLE1BQ2pFO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjs7O0FDcEVPLElBQU0saUJBQWlCO0FBRXZCLElBQU0sa0JBQWtCOzs7QUM4QnhCLFNBQVMsZ0JBQWdCLE1BQXFCLFNBQXlCLEtBQTRCO0FBQ3hHLFFBQU0sTUFBTSxJQUFJLElBQUksWUFBWTtBQUNoQyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUksSUFBSSxRQUFRLElBQUksS0FBSyxNQUFNLGlCQUFpQixFQUFFLFlBQVk7QUFDckYsUUFBTSxRQUFRLGFBQWEsT0FBTyxHQUFHO0FBQ3JDLFFBQU0sT0FBTyxRQUFRLElBQUksQ0FBQ0UsU0FBUSxTQUFTLE1BQU1BLE1BQUssSUFBSSxJQUFJLFNBQVMsS0FBSyxDQUFDO0FBQzdFLFFBQU0sU0FBUyxDQUFDLFFBQWdCLEtBQUssUUFBUSxHQUFHLEdBQUcsVUFBVSxDQUFDO0FBQzlELFNBQU87QUFBQSxJQUNMLFFBQVE7QUFBQSxJQUNSLFNBQVM7QUFBQSxJQUNULFFBQVEsSUFBSTtBQUFBLElBQ1osVUFBVSxJQUFJO0FBQUEsSUFDZCxTQUFTLElBQUksSUFBSTtBQUFBLElBQ2pCLE1BQU0sSUFBSSxJQUFJO0FBQUEsSUFDZCxTQUFTLElBQUk7QUFBQSxJQUNiLFFBQVEsRUFBRSxPQUFPLElBQUk7QUFBQSxJQUNyQixRQUFRO0FBQUEsTUFDTixVQUFVLE9BQU8sV0FBVyxFQUFFLFNBQVM7QUFBQSxNQUN2QyxZQUFZLE9BQU8sWUFBWSxFQUFFLFNBQVM7QUFBQSxNQUMxQyxpQkFBaUIsS0FBSyxNQUFNLG9CQUFvQjtBQUFBLE1BQ2hELGNBQWMsT0FBTyxRQUFRLEVBQUUsVUFBVTtBQUFBLE1BQ3pDLGNBQWMsT0FBTyxRQUFRLEVBQUUsU0FBUztBQUFBLElBQzFDO0FBQUEsSUFDQSxNQUFNLFlBQVksTUFBTSxPQUFPO0FBQUEsSUFDL0I7QUFBQSxJQUNBLE9BQU8sU0FBUyxJQUFJLElBQUksU0FBUyxJQUFJLFFBQVEsS0FBSztBQUFBLElBQ2xELFFBQVEsS0FBSyxNQUFNLENBQUNBLFNBQVFBLEtBQUksWUFBWSxNQUFNO0FBQUEsRUFDcEQ7QUFDRjtBQUVBLFNBQVMsU0FBUyxNQUFxQkEsTUFBVSxTQUEwQixPQUE2QjtBQUN0RyxRQUFNLE1BQU0sYUFBYUEsS0FBSSxRQUFRQSxLQUFJLElBQUk7QUFDN0MsUUFBTSxTQUFTLEtBQUssUUFBUSxHQUFHO0FBQy9CLFFBQU0sWUFBWSxvQkFBb0JBLElBQUc7QUFDekMsUUFBTSxVQUFVLEtBQUssUUFBUSxhQUFhQSxLQUFJLE9BQU9BLEtBQUksSUFBSSxDQUFDLEdBQUcsT0FBTyxTQUFTO0FBQ2pGLFFBQU0sV0FBVyxVQUFVLElBQUssUUFBUSxPQUFPQSxLQUFJLElBQUksS0FBSyxPQUFRO0FBQ3BFLFFBQU0sVUFBVSxNQUFNLFNBQVMsVUFBVUEsS0FBSSxXQUFXLFFBQVEsYUFBYSxTQUFTLEdBQUcsRUFBRTtBQUMzRixTQUFPO0FBQUEsSUFDTCxJQUFJQSxLQUFJO0FBQUEsSUFDUixhQUFhQSxLQUFJO0FBQUEsSUFDakIsTUFBTUEsS0FBSTtBQUFBLElBQ1YsUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBLFdBQVdBLEtBQUk7QUFBQSxJQUNmO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFlBQVksWUFBWSxhQUFhLGFBQWEsT0FBTyxPQUFPLFdBQVdBLEtBQUksTUFBTUEsS0FBSSxXQUFXLFVBQVUsUUFBUSxNQUFNO0FBQUEsSUFDNUgsV0FBVyxDQUFDO0FBQUEsSUFDWixPQUFPO0FBQUEsTUFDTCxPQUFPLFdBQVcsU0FBUyxTQUFTQSxLQUFJLFFBQVEsU0FBUyxLQUFLO0FBQUEsTUFDOUQsTUFBTSxXQUFXLFNBQVMsUUFBUUEsS0FBSSxRQUFRLE9BQU8sS0FBSztBQUFBLE1BQzFELE9BQU8sV0FBVyxTQUFTLFNBQVNBLEtBQUksUUFBUSxRQUFRLEtBQUs7QUFBQSxJQUMvRDtBQUFBLElBQ0EsU0FBU0EsS0FBSTtBQUFBLEVBQ2Y7QUFDRjtBQU1BLFNBQVMsTUFBTSxTQUFpQixVQUF5QixXQUF5QixNQUFvQztBQUNwSCxNQUFJLFlBQVksRUFBRyxRQUFPO0FBQzFCLE1BQUksU0FBUyxPQUFXLFFBQU8sT0FBTyxTQUFTO0FBQy9DLFNBQU8sYUFBYSxRQUFRLE1BQU0sVUFBVSxTQUFTLElBQUksU0FBUztBQUNwRTtBQUdPLFNBQVMsTUFBTSxVQUFrQixXQUFrQztBQUN4RSxVQUFRLFVBQVUsSUFBSTtBQUFBLElBQ3BCLEtBQUs7QUFDSCxhQUFPLFdBQVcsVUFBVTtBQUFBLElBQzlCLEtBQUs7QUFDSCxhQUFPLFlBQVksVUFBVTtBQUFBLElBQy9CLEtBQUs7QUFDSCxhQUFPLFdBQVcsVUFBVTtBQUFBLElBQzlCLEtBQUs7QUFDSCxhQUFPLFlBQVksVUFBVTtBQUFBLEVBQ2pDO0FBQ0Y7QUFHQSxTQUFTLFlBQVksTUFBcUIsU0FBOEM7QUFySHhGO0FBc0hFLFFBQU0sT0FBNEIsRUFBRSxLQUFLLElBQUksTUFBTSxDQUFDLENBQUMsRUFBRTtBQUN2RCxhQUFXQSxRQUFPLFFBQVMsV0FBS0EsS0FBSSxXQUFULFdBQW9CLElBQUksTUFBTUEsS0FBSSxJQUFJO0FBQ2pFLFNBQU87QUFDVDtBQUVBLFNBQVMsSUFBSSxNQUFxQkMsT0FBbUM7QUFDbkUsUUFBTSxTQUFTLENBQUMsV0FBbUIsS0FBSyxRQUFRLGFBQWEsUUFBUUEsS0FBSSxDQUFDLEdBQUcsVUFBVSxDQUFDO0FBQ3hGLFFBQU0sV0FBVyxPQUFPLFdBQVcsRUFBRSxTQUFTO0FBQzlDLFFBQU1DLFlBQVcsT0FBTyxtQkFBbUI7QUFDM0MsUUFBTSxVQUFVLENBQUMsVUFBK0IsV0FBVyxLQUFLLFVBQVUsU0FBWSxRQUFRO0FBQzlGLFNBQU87QUFBQSxJQUNMLE9BQU8sUUFBUUEsVUFBUyxPQUFPLENBQUM7QUFBQSxJQUNoQyxPQUFPLFFBQVFBLFVBQVMsT0FBTyxDQUFDO0FBQUEsSUFDaEMsV0FBVyxRQUFRLE9BQU8saUJBQWlCLEVBQUUsSUFBSTtBQUFBLElBQ2pELEtBQUssUUFBUSxPQUFPLFdBQVcsRUFBRSxJQUFJO0FBQUEsSUFDckM7QUFBQSxFQUNGO0FBQ0Y7OztBQ3ZHTyxTQUFTLFlBQVksUUFBc0IsT0FBTyxlQUF1QjtBQUM5RSxRQUFNLFNBQVMsT0FBTyxJQUFJLEtBQUssRUFBRSxPQUFPLEtBQUssRUFBRSxPQUFPLEdBQUcsVUFBVSxHQUFHLFNBQVMsRUFBRSxDQUFDO0FBQ2xGLFFBQU0sT0FBTyxPQUFPLE9BQU8sQ0FBQyxLQUFLLFVBQVUsT0FBTyxNQUFNLFFBQVEsSUFBSSxDQUFDO0FBQ3JFLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxxQkFBcUIsS0FBSyxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXQyxTQUFRLElBQUksQ0FBQztBQUFBLElBQ3BKLEdBQUcsT0FBTyxJQUFJLFdBQVc7QUFBQSxJQUN6QjtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7QUFRQSxTQUFTLE1BQU0sT0FBMkI7QUFDeEMsU0FBTztBQUFBLElBQ0wsT0FBTyxNQUFNLE1BQU07QUFBQSxJQUNuQixVQUFVLE1BQU0sTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRTtBQUFBLElBQy9DLFNBQVMsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxXQUFXLEVBQUUsWUFBWSxNQUFTLEVBQUU7QUFBQSxFQUM1RTtBQUNGO0FBRUEsU0FBUyxJQUFJLEdBQVcsR0FBbUI7QUFDekMsU0FBTyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsT0FBTyxVQUFVLEVBQUUsV0FBVyxFQUFFLFVBQVUsU0FBUyxFQUFFLFVBQVUsRUFBRSxRQUFRO0FBQ3ZHO0FBRUEsU0FBUyxZQUFZLE9BQTJCO0FBQzlDLFFBQU0sU0FBUyxNQUFNLEtBQUs7QUFDMUIsUUFBTSxZQUFZLE1BQU0sWUFBWSxlQUFlLEtBQUssTUFBTSxTQUFTLENBQUMsTUFBTTtBQUM5RSxRQUFNQyxRQUFPLHNCQUFzQixLQUFLLE1BQU0sSUFBSSxDQUFDLFlBQVksT0FBTyxLQUFLLGVBQWUsT0FBTyxRQUFRLHlCQUF5QixPQUFPLE9BQU8sV0FBV0QsU0FBUSxNQUFNLFFBQVEsQ0FBQyxDQUFDLElBQUksU0FBUztBQUNoTSxRQUFNLGFBQWEsT0FBTyxRQUFRLE1BQU0sY0FBYyxDQUFDLENBQUM7QUFDeEQsUUFBTSxnQkFBZ0IsV0FBVyxTQUM3QixDQUFDLG9CQUFvQixHQUFHLFdBQVcsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0seUJBQXlCLEtBQUssQ0FBQyxDQUFDLFlBQVksS0FBSyxDQUFDLENBQUMsS0FBSyxHQUFHLG1CQUFtQixJQUNqSSxDQUFDO0FBQ0wsU0FBTyxDQUFDQyxPQUFNLEdBQUcsZUFBZSxHQUFHLE1BQU0sTUFBTSxJQUFJLFVBQVUsR0FBRyxnQkFBZ0IsRUFBRSxLQUFLLElBQUk7QUFDN0Y7QUFFQSxTQUFTLFdBQVcsVUFBNkI7QUFDL0MsUUFBTUEsUUFBTyx1QkFBdUIsS0FBSyxTQUFTLElBQUksQ0FBQyxnQkFBZ0IsS0FBSyxTQUFTLFNBQVMsQ0FBQyxXQUFXRCxTQUFRLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDckksUUFBTSxXQUFxQixDQUFDO0FBQzVCLE1BQUksU0FBUyxTQUFTO0FBQ3BCLFVBQU0sRUFBRSxTQUFTLE1BQU0sS0FBSyxJQUFJLFNBQVM7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLE9BQU8sQ0FBQyxXQUFXLEtBQUssSUFBSSxDQUFDLEtBQUssS0FBSyxJQUFJLENBQUMsWUFBWTtBQUFBLEVBQ3hHLFdBQVcsU0FBUyxZQUFZLFFBQVc7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLFNBQVMsT0FBTyxDQUFDLEtBQUs7QUFBQSxFQUN0RTtBQUNBLE1BQUksU0FBUyxVQUFXLFVBQVMsS0FBSyxxQkFBcUIsS0FBSyxTQUFTLFNBQVMsQ0FBQyxlQUFlO0FBQ2xHLFNBQU8sU0FBUyxTQUFTLENBQUMsR0FBR0MsS0FBSSxLQUFLLEdBQUcsVUFBVSxpQkFBaUIsRUFBRSxLQUFLLElBQUksSUFBSSxHQUFHQSxLQUFJO0FBQzVGO0FBRUEsU0FBU0QsU0FBUSxPQUF1QjtBQUN0QyxTQUFPLE9BQU8sU0FBUyxLQUFLLElBQUksTUFBTSxRQUFRLENBQUMsSUFBSTtBQUNyRDtBQUdBLFNBQVMsTUFBTSxPQUF1QjtBQUNwQyxTQUFPLE1BQU0sUUFBUSx5REFBeUQsRUFBRTtBQUNsRjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLE1BQU0sS0FBSyxFQUFFLFFBQVEsTUFBTSxPQUFPLEVBQUUsUUFBUSxNQUFNLE1BQU0sRUFBRSxRQUFRLE1BQU0sTUFBTTtBQUN2RjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLEtBQUssS0FBSyxFQUFFLFFBQVEsTUFBTSxRQUFRLEVBQUUsUUFBUSxPQUFPLE9BQU8sRUFBRSxRQUFRLE9BQU8sT0FBTyxFQUFFLFFBQVEsT0FBTyxNQUFNO0FBQ2xIOzs7QUN6Rk8sSUFBTSxpQkFBb0QsRUFBRSxNQUFNLFFBQVEsTUFBTSxRQUFRLFdBQVcsVUFBVTtBQUc3RyxTQUFTLE9BQU9FLE1BQXdCO0FBQzdDLFNBQU87QUFBQSxJQUNMLElBQUlBLEtBQUk7QUFBQSxJQUNSLFdBQVcsZ0JBQWdCQSxJQUFHO0FBQUEsSUFDOUIsVUFBVUEsS0FBSSxhQUFhLE9BQU8sTUFBTSxZQUFZQSxNQUFLQSxLQUFJLFFBQVE7QUFBQSxJQUNyRSxTQUFTLGVBQWVBLEtBQUksT0FBTztBQUFBLElBQ25DLFFBQVFBLEtBQUksZUFBZSxPQUFPLE1BQU0sWUFBWUEsS0FBSSxVQUFVO0FBQUEsRUFDcEU7QUFDRjtBQUdPLFNBQVMsZ0JBQWdCQSxNQUFrRTtBQUNoRyxRQUFNLEVBQUUsR0FBRyxJQUFJQSxLQUFJO0FBQ25CLFFBQU0sVUFBVUEsS0FBSSxTQUFTLFlBQVlBLEtBQUksVUFBVSxNQUFNLEdBQUdBLEtBQUksVUFBVSxRQUFRLEVBQUUsQ0FBQyxJQUFJQSxLQUFJLFNBQVMsV0FBVyxXQUFXO0FBQ2hJLFNBQU8sR0FBRyxPQUFPLElBQUksRUFBRSxJQUFJLFlBQVlBLE1BQUtBLEtBQUksVUFBVSxLQUFLLENBQUM7QUFDbEU7QUFFQSxTQUFTLFlBQVlBLE1BQW1DLE9BQXVCO0FBQzdFLFNBQU9BLEtBQUksVUFBVSxTQUFTLE9BQU8sR0FBR0MsT0FBTSxPQUFPLENBQUMsQ0FBQyxRQUFRLFlBQVksS0FBSztBQUNsRjtBQUdPLFNBQVMsWUFBWUMsUUFBdUI7QUFDakQsTUFBSSxDQUFDLE9BQU8sU0FBU0EsTUFBSyxFQUFHLFFBQU87QUFDcEMsU0FBTyxHQUFHRCxPQUFNQyxTQUFRLEtBQUssQ0FBQyxDQUFDO0FBQ2pDO0FBRUEsU0FBU0QsT0FBTSxPQUFlLFVBQTBCO0FBQ3RELFNBQU8sT0FBTyxLQUFLLE1BQU0sUUFBUSxNQUFNLFFBQVEsSUFBSSxNQUFNLFFBQVE7QUFDbkU7QUFHTyxTQUFTLFdBQVcsU0FBaUM7QUFDMUQsU0FBTyxRQUFRLEtBQUssT0FBTyxDQUFDRCxTQUFRQSxLQUFJLFlBQVksTUFBTTtBQUM1RDtBQUdPLFNBQVMsU0FBUyxTQUE0QjtBQUNuRCxRQUFNLFdBQVcsUUFBUSxLQUFLLE9BQU8sQ0FBQ0EsU0FBUUEsS0FBSSxZQUFZLE1BQU0sRUFBRTtBQUN0RSxRQUFNLFNBQVMsUUFBUSxLQUFLLE9BQU8sQ0FBQ0EsU0FBUUEsS0FBSSxZQUFZLFNBQVMsRUFBRTtBQUN2RSxNQUFJLFdBQVcsV0FBVyxFQUFHLFFBQU8sT0FBTyxRQUFRLEtBQUssTUFBTTtBQUM5RCxTQUFPLEdBQUcsV0FBVyxNQUFNLE9BQU8sUUFBUSxLQUFLLE1BQU0saUJBQWlCLFFBQVEsY0FBYyxNQUFNO0FBQ3BHO0FBR08sSUFBTSxvQkFBb0I7QUFHMUIsU0FBUyxlQUFlQSxNQUF3QjtBQUNyRCxRQUFNRyxPQUFNLE9BQU9ILElBQUc7QUFDdEIsU0FBT0EsS0FBSSxZQUFZLFlBQ25CLDhDQUE4Q0csS0FBSSxTQUFTLDhCQUMzRCxZQUFZQSxLQUFJLFFBQVEsYUFBYUEsS0FBSSxTQUFTLHVCQUF1QkEsS0FBSSxNQUFNO0FBQ3pGOzs7QUM1RE8sU0FBUyxlQUFlLFNBQTRCO0FBQ3pELFFBQU0sT0FBTyxRQUFRLFNBQVMsTUFBTTtBQUNwQyxRQUFNLE1BQU07QUFBQSxJQUNWLE9BQU8sSUFBSSxjQUFjLFFBQVEsTUFBTSxPQUFPLFFBQVEsUUFBUSxNQUFNLFNBQVMsT0FBTyxDQUFDO0FBQUEsSUFDckY7QUFBQSxJQUNBLGFBQWEsUUFBUSxPQUFPLGNBQWMsUUFBUSxJQUFJLE9BQU8sUUFBUSxPQUFPLFFBQVEsZ0JBQWdCLFFBQVEsT0FBTyxnQkFBZ0IsUUFBUSxDQUFDLENBQUMsY0FBYyxRQUFRLE9BQU87QUFBQSxJQUMxSztBQUFBLElBQ0EsR0FBSSxRQUFRLGFBQWEsQ0FBQyxNQUFNLGlCQUFpQixPQUFPLFFBQVEsVUFBVSxNQUFNLEVBQUUsSUFBSSxDQUFDO0FBQUEsRUFDekY7QUFDQSxhQUFXQyxRQUFPLFdBQVcsT0FBTyxHQUFHO0FBQ3JDLFFBQUksS0FBSyxVQUFVQSxLQUFJLEVBQUUsSUFBSSxJQUFJLEdBQUdBLEtBQUksV0FBVyxLQUFLLGVBQWVBLElBQUcsQ0FBQyxLQUFLLEVBQUU7QUFDbEYsZUFBVyxZQUFZQSxLQUFJLFdBQVc7QUFDcEMsVUFBSSxLQUFLLGNBQWMsU0FBUyxPQUFPLE9BQU8sU0FBUyxRQUFRLE9BQU8sU0FBUyxNQUFNLEtBQUssU0FBUyxLQUFLLFlBQVksU0FBUyxNQUFNLEtBQUssU0FBUyxVQUFVLFFBQVEsU0FBUyxJQUFJLEVBQUU7QUFBQSxJQUNwTDtBQUNBLFFBQUksS0FBSyxpQkFBaUJBLEtBQUksTUFBTSxJQUFJLGdCQUFnQkEsS0FBSSxNQUFNLEtBQUssc0JBQXNCQSxLQUFJLE1BQU0sS0FBSyxLQUFLLEVBQUU7QUFBQSxFQUNySDtBQUNBLE1BQUk7QUFBQSxJQUNGLHlCQUF5QixRQUFRLEtBQUssTUFBTTtBQUFBLElBQzVDO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLEdBQUcsUUFBUSxLQUFLLElBQUksTUFBTSxFQUFFLElBQUksQ0FBQ0MsU0FBUSxPQUFPQSxLQUFJLEVBQUUsUUFBUSxLQUFLQSxLQUFJLFNBQVMsQ0FBQyxNQUFNLEtBQUtBLEtBQUksUUFBUSxDQUFDLE1BQU1BLEtBQUksT0FBTyxNQUFNQSxLQUFJLE1BQU0sSUFBSTtBQUFBLElBQzlJO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLGNBQWMsUUFBUSxPQUFPLEtBQUssTUFBTSxRQUFRLE9BQU8sR0FBRyxjQUFjLFFBQVEsTUFBTSxLQUFLLGNBQWMsUUFBUSxNQUFNLElBQUksaUJBQWlCLFFBQVEsTUFBTSxLQUFLO0FBQUEsSUFDL0o7QUFBQSxFQUNGO0FBQ0EsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0QjtBQUVBLFNBQVMsS0FBS0MsT0FBc0I7QUFDbEMsU0FBT0EsTUFBSyxRQUFRLE9BQU8sS0FBSztBQUNsQzs7O0FDcENPLFNBQVMsY0FBYyxTQUFnQztBQUM1RCxTQUFPO0FBQUEsSUFDTCxNQUFNLG9CQUFvQixRQUFRLFFBQVEsSUFBSSxRQUFRLE1BQU07QUFBQSxJQUM1RCxXQUFXLFFBQVEsT0FBTztBQUFBLElBQzFCLE1BQU0sUUFBUSxPQUFPO0FBQUEsSUFDckIsWUFBWSxFQUFFLFFBQVEsUUFBUSxRQUFRLFVBQVUsUUFBUSxVQUFVLFNBQVMsUUFBUSxTQUFTLE1BQU0sUUFBUSxLQUFLO0FBQUEsSUFDL0csT0FBTyxRQUFRLEtBQUssSUFBSSxDQUFDQyxTQUFRO0FBQy9CLFlBQU1DLE9BQU0sT0FBT0QsSUFBRztBQUN0QixZQUFNLFVBQVU7QUFBQSxRQUNkQSxLQUFJO0FBQUEsUUFDSixjQUFjQyxLQUFJLFNBQVM7QUFBQSxRQUMzQixhQUFhQSxLQUFJLFFBQVE7QUFBQSxRQUN6QixZQUFZQSxLQUFJLE9BQU87QUFBQSxRQUN2QixzQkFBc0JBLEtBQUksTUFBTTtBQUFBLFFBQ2hDLFlBQVlELEtBQUksT0FBTztBQUFBLFFBQ3ZCLEdBQUdBLEtBQUksVUFBVSxJQUFJLENBQUMsTUFBTSxTQUFTLEVBQUUsT0FBTyxLQUFLLEVBQUUsTUFBTSxLQUFLLEVBQUUsS0FBSyxZQUFZLEVBQUUsTUFBTSxLQUFLLEVBQUUsVUFBVSxTQUFTLEVBQUUsUUFBUSxFQUFFO0FBQUEsUUFDakksU0FBU0EsS0FBSSxNQUFNLElBQUk7QUFBQSxRQUN2QixXQUFXQSxLQUFJLE1BQU0sS0FBSztBQUFBLFFBQzFCLFFBQVFBLEtBQUksTUFBTSxLQUFLO0FBQUEsTUFDekIsRUFBRSxLQUFLLElBQUk7QUFDWCxhQUFPO0FBQUEsUUFDTCxNQUFNQSxLQUFJO0FBQUEsUUFDVixXQUFXLG1CQUFtQkEsS0FBSSxJQUFJO0FBQUEsUUFDdEMsR0FBSUEsS0FBSSxZQUFZLFNBQVMsQ0FBQyxJQUFJLEVBQUUsU0FBUyxFQUFFLFNBQVMsZUFBZUEsSUFBRyxHQUFHLE1BQU1BLEtBQUksU0FBUyxNQUFNLFFBQVEsRUFBRTtBQUFBLFFBQ2hILFdBQVc7QUFBQSxNQUNiO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUNGOzs7QUMzQk8sU0FBUyxXQUFXLFdBQW1CLE1BQXNCO0FBQ2xFLFNBQU8sR0FBRyxVQUFVLFFBQVEsUUFBUSxFQUFFLENBQUMsSUFBSSxJQUFJO0FBQ2pEO0FBR08sU0FBUyxZQUFZLFNBQW9CLFdBQTJDO0FBQ3pGLFNBQU87QUFBQSxJQUNMLENBQUMsV0FBVyxXQUFXLGNBQWMsQ0FBQyxHQUFHLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFBQTtBQUFBLElBQzVFLENBQUMsV0FBVyxXQUFXLFdBQVcsQ0FBQyxHQUFHLFlBQVksQ0FBQyxjQUFjLE9BQU8sQ0FBQyxDQUFDO0FBQUEsSUFDMUUsQ0FBQyxXQUFXLFdBQVcsV0FBVyxDQUFDLEdBQUcsZUFBZSxPQUFPO0FBQUEsRUFDOUQ7QUFDRjs7O0FDZEEsSUFBTSxVQUF5QztBQUFBLEVBQzdDLENBQUMsTUFBTSxLQUFLO0FBQUEsRUFDWixDQUFDLGFBQWEsV0FBVztBQUFBLEVBQ3pCLENBQUMsWUFBWSxVQUFVO0FBQUEsRUFDdkIsQ0FBQyxXQUFXLFNBQVM7QUFBQSxFQUNyQixDQUFDLFVBQVUsYUFBYTtBQUMxQjtBQU1PLFNBQVMsZUFBZSxTQUE0QjtBQUN6RCxRQUFNLE9BQU8sUUFBUSxLQUFLLElBQUksTUFBTTtBQUNwQyxRQUFNLFNBQVMsUUFBUSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxLQUFLLElBQUksTUFBTSxRQUFRLEdBQUcsS0FBSyxJQUFJLENBQUNFLFNBQVFBLEtBQUksR0FBRyxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQzFHLFFBQU0sT0FBTyxDQUFDLFVBQW9CLEtBQUssTUFBTSxJQUFJLENBQUNDLE9BQU0sTUFBTUEsTUFBSyxPQUFPLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFHLFFBQVE7QUFDM0csUUFBTSxNQUFNO0FBQUEsSUFDVixhQUFhLFFBQVEsTUFBTSxNQUFNLFNBQVMsT0FBTyxDQUFDLGFBQWEsUUFBUSxPQUFPLFVBQVUsUUFBUSxJQUFJO0FBQUEsSUFDcEc7QUFBQSxJQUNBLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxFQUFFLEtBQUssTUFBTSxLQUFLLENBQUM7QUFBQSxJQUN0QyxHQUFHLEtBQUssSUFBSSxDQUFDRCxTQUFRLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxHQUFHLE1BQU1BLEtBQUksR0FBRyxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQzdEO0FBQ0EsYUFBV0UsUUFBTyxXQUFXLE9BQU8sR0FBRztBQUNyQyxRQUFJLEtBQUssSUFBSSxPQUFPQSxLQUFJLEVBQUUsS0FBS0EsS0FBSSxXQUFXLElBQUksT0FBTyxlQUFlQSxJQUFHLENBQUMsRUFBRTtBQUM5RSxlQUFXLFlBQVlBLEtBQUksV0FBVztBQUNwQyxVQUFJLEtBQUssYUFBYSxTQUFTLE9BQU8sS0FBSyxTQUFTLE1BQU0sS0FBSyxTQUFTLEtBQUssWUFBWSxTQUFTLE1BQU0sS0FBSyxTQUFTLFVBQVUsUUFBUSxTQUFTLElBQUksRUFBRTtBQUN2SixVQUFJLEtBQUssU0FBUyxTQUFTLFFBQVEsRUFBRTtBQUFBLElBQ3ZDO0FBQ0EsUUFBSSxLQUFLLGVBQWVBLEtBQUksTUFBTSxJQUFJLElBQUksZUFBZUEsS0FBSSxNQUFNLEtBQUssSUFBSSxlQUFlQSxLQUFJLE1BQU0sS0FBSyxFQUFFO0FBQUEsRUFDOUc7QUFDQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0EsZ0JBQWdCLFFBQVEsT0FBTyxLQUFLLE1BQU0sUUFBUSxPQUFPLEdBQUc7QUFBQSxJQUM1RCxnQkFBZ0IsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUNuQyxnQkFBZ0IsUUFBUSxNQUFNLElBQUk7QUFBQSxJQUNsQyxnQkFBZ0IsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUNuQztBQUFBLEVBQ0Y7QUFDQSxNQUFJLFFBQVEsV0FBWSxLQUFJLEtBQUssS0FBSyxpQkFBaUIsS0FBSyxPQUFPLFFBQVEsVUFBVSxJQUFJLEVBQUU7QUFDM0YsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0Qjs7O0FDbENPLFNBQVMsa0JBQWtCLE1BQTZCO0FBQzdELFFBQU0sVUFBVSxPQUFPLFFBQVEsS0FBSyxPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLENBQUMsS0FBSyxTQUFTLEdBQUcsQ0FBQztBQUNuRixRQUFNLFNBQVMsS0FBSyxRQUFRLFFBQVE7QUFDcEMsUUFBTSxNQUFNLENBQUMsSUFBSSxxQkFBcUIsRUFBRTtBQUN4QyxNQUFJLFFBQVE7QUFDVixVQUFNLFNBQVMsT0FBTyxVQUFVLE1BQU0sT0FBTyxTQUFTO0FBQ3RELFFBQUk7QUFBQSxNQUNGLElBQUksZ0JBQWdCLEdBQUcsS0FBSyxFQUFFO0FBQUEsTUFDOUIsSUFBSSxvQkFBb0IsR0FBR0MsU0FBUSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksT0FBTyxVQUFVLENBQUMsV0FBVyxLQUFLLEVBQUU7QUFBQSxNQUM1RixJQUFJLGlCQUFpQixHQUFHQSxTQUFRLEtBQUssT0FBTyxRQUFRLEVBQUUsQ0FBQyxJQUFJLE9BQU8sU0FBUyxDQUFDLFdBQVcsS0FBSyxFQUFFO0FBQUEsTUFDOUY7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLGFBQVcsQ0FBQyxPQUFPLE9BQU8sS0FBSyxZQUFZO0FBQ3pDLFVBQU0sYUFBYSxRQUFRLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxTQUFTLFlBQVksUUFBUSxJQUFJLENBQUM7QUFDaEYsUUFBSSxXQUFXLFdBQVcsRUFBRztBQUM3QixRQUFJLEtBQUssT0FBTyxLQUFLLElBQUksR0FBRyxXQUFXLElBQUksQ0FBQyxDQUFDLE1BQU0sTUFBTSxNQUFNLElBQUksTUFBTSxhQUFhLE1BQU0sQ0FBQyxDQUFDLEdBQUcsRUFBRTtBQUFBLEVBQ3JHO0FBQ0EsTUFBSSxLQUFLLGtCQUFrQixLQUFLLE1BQU0sb0JBQW9CLEtBQU0sUUFBUSxDQUFDLENBQUMsS0FBSyxFQUFFO0FBQ2pGLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7QUFFQSxJQUFNLHFCQUFxQixDQUFDLHNCQUFzQixjQUFjLE9BQU8sV0FBVyxvQkFBb0I7QUFDdEcsSUFBTSxtQkFBbUIsQ0FBQyxpQkFBaUIsV0FBVztBQUV0RCxJQUFNLGFBQXlEO0FBQUEsRUFDN0QsQ0FBQyxRQUFRLENBQUMsU0FBUyxLQUFLLFdBQVcsT0FBTyxDQUFDO0FBQUEsRUFDM0MsQ0FBQyxhQUFhLENBQUMsU0FBUyxtQkFBbUIsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUN6RCxDQUFDLFdBQVcsQ0FBQyxTQUFTLGlCQUFpQixTQUFTLElBQUksQ0FBQztBQUFBLEVBQ3JELENBQUMsVUFBVSxDQUFDLFNBQVMsQ0FBQyxLQUFLLFdBQVcsT0FBTyxLQUFLLENBQUMsbUJBQW1CLFNBQVMsSUFBSSxLQUFLLENBQUMsaUJBQWlCLFNBQVMsSUFBSSxDQUFDO0FBQzFIO0FBRUEsU0FBUyxJQUFJLE1BQWMsT0FBdUI7QUFDaEQsU0FBTyxPQUFPLEdBQUcsSUFBSSxHQUFHLE9BQU8sSUFBSSxHQUFHLENBQUMsS0FBSyxLQUFLO0FBQ25EO0FBRUEsU0FBUyxhQUFhLFFBQWlDO0FBQ3JELFFBQU0sSUFBSSxPQUFPO0FBQ2pCLFVBQVEsT0FBTyxNQUFNO0FBQUEsSUFDbkIsS0FBSztBQUNILGFBQU8sR0FBRyxPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sUUFBUSxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsR0FBRyxPQUFPLFFBQVEsQ0FBQztBQUFBLElBQ3pGLEtBQUssUUFBUTtBQUNYLFlBQU0sU0FBUyxFQUFFLFVBQVUsTUFBTSxFQUFFLFNBQVM7QUFDNUMsYUFBTyxHQUFHQSxTQUFRLEVBQUUsUUFBUSxDQUFDLENBQUMsSUFBSSxFQUFFLFVBQVUsQ0FBQyxXQUFXLEtBQUs7QUFBQSxJQUNqRTtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sR0FBRyxPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sUUFBUSxDQUFDLFFBQVEsT0FBTyxFQUFFLE9BQU8sR0FBRyxPQUFPLFFBQVEsQ0FBQyxRQUFRLE9BQU8sRUFBRSxPQUFPLEdBQUcsT0FBTyxRQUFRLENBQUM7QUFBQSxJQUN2SSxLQUFLO0FBQ0gsYUFBTyxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLE9BQU8sRUFDMUQsT0FBTyxDQUFDLFNBQVMsRUFBRSxJQUFJLE1BQU0sTUFBUyxFQUN0QyxJQUFJLENBQUMsU0FBUyxHQUFHLElBQUksSUFBSSxPQUFPLEVBQUUsSUFBSSxHQUFHLE9BQU8sUUFBUSxDQUFDLEVBQUUsRUFDM0QsS0FBSyxHQUFHO0FBQUEsRUFDZjtBQUNGO0FBRUEsU0FBUyxPQUFPLE9BQWUsVUFBMEI7QUFDdkQsTUFBSSxhQUFhLE9BQVEsUUFBTyxTQUFTLE1BQU8sR0FBRyxLQUFLLFFBQVEsR0FBSSxDQUFDLE1BQU0sU0FBUyxJQUFJLEdBQUcsS0FBSyxLQUFLLENBQUMsT0FBTyxHQUFHLEtBQUssUUFBUSxHQUFJLENBQUM7QUFDbEksTUFBSSxhQUFhLE9BQVEsUUFBTyxTQUFTLE1BQU0sR0FBRyxLQUFLLFFBQVEsR0FBRyxDQUFDLFFBQVEsU0FBUyxNQUFNLEdBQUcsS0FBSyxRQUFRLEdBQUcsQ0FBQyxRQUFRLEdBQUcsS0FBSyxLQUFLLENBQUM7QUFDcEksU0FBTyxLQUFLLEtBQUs7QUFDbkI7QUFFQSxTQUFTLEtBQUssT0FBdUI7QUFDbkMsU0FBTyxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUcsSUFBSSxHQUFHO0FBQzdDO0FBRUEsU0FBU0EsU0FBUUMsUUFBdUI7QUFDdEMsU0FBTyxJQUFJQSxTQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDcEM7OztBQ2xETyxTQUFTLGFBQWEsTUFBcUIsT0FBc0Q7QUFDdEcsUUFBTSxFQUFFLFFBQUFDLFNBQVEsS0FBQUMsS0FBSSxJQUFJO0FBQ3hCLFFBQU0sVUFBVSxhQUFhLEVBQUUsUUFBUUQsUUFBTyxRQUFRLGNBQWNBLFFBQU8sY0FBYyxRQUFRQSxRQUFPLFFBQVEsU0FBUyxNQUFNLFNBQVMsS0FBQUMsS0FBSSxDQUFDO0FBQzdJLFFBQU0sVUFBVSxnQkFBZ0IsTUFBTSxTQUFTLEVBQUUsUUFBUUQsUUFBTyxRQUFRLFVBQVVBLFFBQU8sVUFBVSxTQUFTQSxRQUFPLFNBQVMsS0FBSyxNQUFNLEtBQUssS0FBQUMsS0FBSSxDQUFDO0FBQ2pKLFNBQU8sRUFBRSxHQUFHLFNBQVMsWUFBWSxNQUFNLGNBQWMsS0FBSztBQUM1RDtBQU1PLFNBQVMsaUJBQWlCLE1BQXFCLE9BQStDO0FBQ25HLFFBQU0sVUFBVSxhQUFhLE1BQU0sS0FBSztBQUN4QyxRQUFNLFFBQVEsTUFBTSxhQUNoQiw4REFBOEQsTUFBTSxPQUFPLFNBQVM7QUFBQSxJQUNwRixlQUFlLE9BQU87QUFDMUIsU0FBTyxFQUFFLFFBQVEsR0FBRyxrQkFBa0IsSUFBSSxDQUFDO0FBQUEsRUFBSyxLQUFLLElBQUksR0FBRyxZQUFZLFNBQVMsTUFBTSxPQUFPLFNBQVMsRUFBRTtBQUMzRzs7O0FDNUJBLElBQUk7QUFPRyxTQUFTLFdBQ2RDLFNBQ0EsVUFDbUQ7QUFDbkQsUUFBTSxXQUFXLGFBQWEsQ0FBQyxRQUFRLGlCQUFpQixLQUFLLFNBQVMsSUFBSSxDQUFDO0FBQzNFLFdBQVMsRUFBRSxRQUFBQSxTQUFRLFVBQVUsU0FBUyxTQUFTLFFBQVE7QUFDdkQsdUJBQXFCLFNBQVMsS0FBSztBQUNuQyxRQUFNLFVBQVUsYUFBYSxFQUFFLEdBQUdBLFNBQVEsU0FBUyxTQUFTLFNBQVMsS0FBSyxTQUFTLENBQUM7QUFDcEYsU0FBTyxFQUFFLFlBQVksa0JBQWtCLFNBQVMsUUFBUSxHQUFHLG1CQUFtQixvQkFBb0I7QUFDcEc7QUFHTyxTQUFTLGFBQXFDO0FBQ25ELFNBQU87QUFDVDs7O0FDOUJBLElBQU0sVUFBVSxDQUFDLEtBQUssS0FBSyxNQUFNO0FBUTFCLFNBQVMsZUFBZSxLQUF5QjtBQUN0RCxRQUFNLEtBQUssUUFBUSxTQUFTLElBQUksa0JBQWtCLEtBQUssRUFBRSxZQUFZLEtBQUssRUFBRTtBQUM1RSxRQUFNLFFBQVEsSUFBSSx5QkFBeUIsS0FBSyxLQUFLLElBQUkseUJBQXlCLEtBQUssTUFBTTtBQUM3RixTQUFPLE1BQU0sU0FBUyxLQUFLLE9BQU87QUFDcEM7OztBQ1BPLFNBQVMsY0FBYyxNQUE2QztBQUN6RSxRQUFNLE9BQU8sV0FBVztBQUN4QixNQUFJLENBQUMsS0FBTSxPQUFNLElBQUksTUFBTSxxRkFBcUY7QUFHaEgsUUFBTUMsVUFBUyxFQUFFLEdBQUcsS0FBSyxRQUFRLFFBQVEsTUFBTSxLQUFLLE1BQU0sRUFBRSxPQUFPO0FBQ25FLFNBQU8saUJBQWlCLE1BQU07QUFBQSxJQUM1QixRQUFBQTtBQUFBLElBQ0EsS0FBSyxLQUFLO0FBQUEsSUFDVixTQUFTLEtBQUs7QUFBQSxJQUNkLEtBQUssb0JBQUksS0FBSztBQUFBLElBQ2QsWUFBWSxlQUFlLEtBQUs7QUFBQSxJQUNoQyxZQUFZLE1BQU0sb0JBQW9CO0FBQUE7QUFBQSxFQUN4QyxDQUFDO0FBQ0g7OztBMUNOQSxJQUFNLFNBQVMsV0FBVyxZQUFZO0FBQ3RDLElBQU0sT0FBTyxhQUFhLGNBQWM7QUFFeEMsSUFBTSxNQUFNLFdBQVcsUUFBUSxFQUFFLE1BQU0sU0FBUyxDQUFDO0FBRzFDLElBQU0sVUFBbUI7QUFBQSxFQUM5QixHQUFHLFlBQVksTUFBTTtBQUFBLEVBQ3JCLFdBQVcsRUFBRSxZQUFZLEtBQUssU0FBUztBQUFBLEVBQ3ZDLG1CQUFtQixJQUFJO0FBQUEsRUFDdkIsWUFBWSxFQUFFLEdBQUcsSUFBSSxZQUFZLEdBQUcsZUFBZSxJQUFJLEVBQUU7QUFDM0Q7QUFFQSxJQUFNLFVBQVUsYUFBYSxRQUFRLGFBQWEsVUFBVSxDQUFDO0FBRzlDLFNBQVIscUJBQTBCO0FBQy9CLFFBQU0sa0JBQWtCLEtBQUssSUFBSSxJQUFJQyxNQUFLLFNBQVMsYUFBYTtBQUNoRSxFQUFBQSxNQUFLLEdBQUcsUUFBUSxLQUFLLE9BQU8sT0FBTyxPQUFPLE1BQU0sY0FBYyxDQUFDO0FBQy9ELFVBQVEsTUFBTTtBQUNoQjtBQUdPLFNBQVMsV0FBaUI7QUFDL0IsVUFBUSxNQUFNO0FBQ2hCO0FBR08sU0FBU0MsZUFBYyxNQUE2QztBQUN6RSxRQUFNLFVBQVUsY0FBYSxJQUFJO0FBQ2pDLFFBQU0sU0FBUyxXQUFXLE1BQU0sWUFBWSxNQUFNLEtBQUssT0FBTyxDQUFDO0FBQy9ELFFBQU0sT0FBTyxlQUFlLE1BQU07QUFDbEMsU0FBTztBQUFBLElBQ0wsR0FBRztBQUFBLElBQ0gsQ0FBQyxXQUFXLE9BQU8sV0FBVyxpQkFBaUIsQ0FBQyxHQUFHLEdBQUcsS0FBSyxVQUFVLEVBQUUsR0FBRyxRQUFRLEtBQUssR0FBRyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQUEsSUFDbEcsUUFBUSxHQUFHLFFBQVEsVUFBVSxFQUFFO0FBQUEsRUFBSyxJQUFJO0FBQUE7QUFBQSxFQUMxQztBQUNGOyIsCiAgIm5hbWVzIjogWyJleGVjIiwgInRleHQiLCAicm93IiwgImV4ZWMiLCAiY291bnQiLCAiZXhlYyIsICJ0YWdzIiwgImV4ZWMiLCAiZXhlYyIsICJleGVjIiwgImNvbmZpZyIsICJleGVjIiwgInNsbyIsICJzaGFyZSIsICJ0YWdzIiwgInJvdyIsICJjb25maWciLCAicm93IiwgImNvbmZpZyIsICJkdXJhdGlvbiIsICJyYXRlIiwgInBsYW4iLCAiYWxsb3dlZCIsICJ0YWdzIiwgInNsbyIsICJhZGQiLCAic2xvIiwgInRhZ3MiLCAiZHVyYXRpb24iLCAic2Vjb25kcyIsICJvcGVuIiwgInNsbyIsICJyb3VuZCIsICJzaGFyZSIsICJyb3ciLCAic2xvIiwgInJvdyIsICJ0ZXh0IiwgInNsbyIsICJyb3ciLCAicm93IiwgImNlbGwiLCAic2xvIiwgInBlcmNlbnQiLCAic2hhcmUiLCAiY29uZmlnIiwgInNsbyIsICJjb25maWciLCAiY29uZmlnIiwgImV4ZWMiLCAiaGFuZGxlU3VtbWFyeSJdCn0K
