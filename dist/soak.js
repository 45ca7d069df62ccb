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
var ITERATION_SECONDS = 0.5;
function vusFor(peakPerSecond, maxVUs) {
  const needed = Math.ceil(peakPerSecond * ITERATION_SECONDS * 2);
  return { preAllocatedVUs: Math.min(maxVUs, Math.max(2, needed)), maxVUs };
}
function perSecond(rate2) {
  return rate2.rate / TIME_UNIT_SECONDS[rate2.timeUnit];
}

// lib/plans/soak.ts
function soakPlan(env) {
  const { rate: rate2, maxVUs } = arrivalKnobs(env, { rate: 20, maxVUs: 200 });
  return {
    executor: "constant-arrival-rate",
    rate: rate2.rate,
    timeUnit: rate2.timeUnit,
    duration: durationKnob(env, "DURATION", "4h"),
    ...vusFor(perSecond(rate2), maxVUs),
    gracefulStop: "30s"
  };
}

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
  setExemplarObjective(settings.p95Ms);
  const catalog = buildCatalog({ ...config2, methods: defaults.methods, slo: settings });
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
      out.push(`- [trace \`${exemplar.traceId}\`](${exemplar.traceUrl}) — ${exemplar.method} /${exemplar.beast}, status ${exemplar.status}, ${exemplar.durationMs} ms, ${exemplar.time}`);
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
        ...slo.exemplars.map((e) => `trace ${e.traceId} (${e.method} /${e.beast}, status ${e.status}, ${e.durationMs} ms): ${e.traceUrl}`),
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
    for (const exemplar of slo.exemplars) {
      out.push(`    trace ${exemplar.traceId}  ${exemplar.method} /${exemplar.beast}  status ${exemplar.status}  ${exemplar.durationMs} ms  ${exemplar.time}`);
      out.push(`      ${exemplar.traceUrl}`);
    }
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

// scenarios/soak.ts
var config = loadConfig("soak");
var options = {
  ...baseOptions(config),
  scenarios: { soak: readSettings(soakPlan) },
  ...sloOptions(config, { mode: "soak" })
};
var traffic = mixedTraffic(config, readSettings(mixFromEnv));
function soak_default() {
  traffic.visit();
}
function teardown() {
  traffic.sweep();
}
export {
  soak_default as default,
  handleSummary,
  options,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2NsaWVudC50cyIsICIuLi9saWIvZXhlbXBsYXJzLnRzIiwgIi4uL2xpYi9uYW1lcy50cyIsICIuLi9saWIvdHJhY2luZy9rNi50cyIsICIuLi9saWIvdHJhY2luZy90cmFjZXBhcmVudC50cyIsICIuLi9saWIvdmVyc2lvbi50cyIsICIuLi9saWIvZGF0YS9uYW1lcy50cyIsICIuLi9saWIvcGxhbnMva25vYnMudHMiLCAiLi4vbGliL3BsYW5zL21peC50cyIsICIuLi9saWIvcnVuLWlkLnRzIiwgIi4uL3RocmVzaG9sZHMvY2hlY2tzLnRzIiwgIi4uL3RocmVzaG9sZHMvcXVlcmllcy50cyIsICIuLi90aHJlc2hvbGRzL2NhdGFsb2cudHMiLCAiLi4vbGliL2pvdXJuZXlzL3N3ZWVwLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9taXgudHMiLCAiLi4vbGliL3N5c3RlbS10YWdzLnRzIiwgIi4uL2xpYi9vcHRpb25zLnRzIiwgIi4uL2xpYi9wbGFucy9hcnJpdmFsLnRzIiwgIi4uL2xpYi9wbGFucy9zb2FrLnRzIiwgIi4uL3RocmVzaG9sZHMvY29tcGlsZS50cyIsICIuLi90aHJlc2hvbGRzL3NldHRpbmdzLnRzIiwgIi4uL3RocmVzaG9sZHMvazYudHMiLCAiLi4vdGhyZXNob2xkcy9idWRnZXQudHMiLCAiLi4vdGhyZXNob2xkcy9saW5rcy50cyIsICIuLi90aHJlc2hvbGRzL3N1bW1hcnktc2NoZW1hLnRzIiwgIi4uL3RocmVzaG9sZHMvZXZhbHVhdGUudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvanVuaXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvZm9ybWF0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L21hcmtkb3duLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L3Nsby1qdW5pdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9maWxlcy50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC90YWJsZS50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC90ZXh0LXN1bW1hcnkudHMiLCAiLi4vdGhyZXNob2xkcy9lbmQtb2YtdGVzdC50cyIsICIuLi9saWIvd2ViLWRhc2hib2FyZC50cyIsICIuLi9saWIvc3VtbWFyeS50cyIsICIuLi9zY2VuYXJpb3Mvc29hay50cyJdLAogICJtYXBwaW5ncyI6ICI7Ozs7OztBQUFBLE9BQU8sVUFBVTs7O0FDS1YsSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUlyQyxZQUFZLFVBQWtCLE9BQWUsVUFBa0I7QUFDN0QsVUFBTSxHQUFHLFFBQVEsSUFBSSxVQUFVLEtBQUssQ0FBQywyQkFBMkIsUUFBUSxFQUFFO0FBSDVFO0FBQUEsd0JBQVM7QUFJUCxTQUFLLE9BQU87QUFDWixTQUFLLFdBQVc7QUFBQSxFQUNsQjtBQUNGO0FBR0EsU0FBUyxVQUFVLE9BQXVCO0FBQ3hDLFFBQU0sV0FBVyxNQUFNLFFBQVEsNkJBQTZCLFFBQVE7QUFDcEUsU0FBTyxpQkFBaUIsS0FBSyxRQUFRLElBQUksV0FBVyxLQUFLLFVBQVUsUUFBUTtBQUM3RTs7O0FDaEJPLElBQU0sWUFBWTtBQUFBLEVBQ3ZCLFNBQVMsQ0FBQyxXQUFXLGFBQWEsWUFBWSxXQUFXLFVBQVU7QUFBQSxFQUNuRSxRQUFRLENBQUMsU0FBUyxXQUFXLFdBQVcsUUFBUSxVQUFVLFdBQVc7QUFDdkU7QUFNTyxJQUFNLGlCQUFpQixPQUFPLEtBQUssU0FBUzs7O0FDTDVDLElBQU0saUJBQWdFO0FBQUEsRUFDM0UsT0FBTyxDQUFDLE9BQU8sWUFBWTtBQUFBLEVBQzNCLE1BQU0sQ0FBQyxRQUFRLFVBQVU7QUFBQSxFQUN6QixRQUFRLENBQUMsTUFBTTtBQUFBLEVBQ2YsT0FBTyxDQUFDLE1BQU07QUFBQSxFQUNkLE1BQU0sQ0FBQyxRQUFRLFVBQVU7QUFBQSxFQUN6QixZQUFZLENBQUM7QUFDZjs7O0FDQU8sU0FBUyxVQUFhLFNBQWlCLE9BQXFEO0FBQ2pHLFFBQU0sV0FBVyxDQUFDLEtBQWEsYUFBd0I7QUFDckQsVUFBTSxRQUFRLE1BQU0sR0FBRztBQUN2QixRQUFJLFVBQVUsT0FBVyxPQUFNLElBQUksWUFBWSxVQUFVLEtBQUssT0FBTztBQUNyRSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU8sT0FBTyxPQUFPLFVBQVUsRUFBRSxRQUFRLENBQUM7QUFDNUM7QUFNTyxTQUFTLFFBQVcsS0FBVSxVQUFrQixVQUF3QixVQUFnQjtBQUM3RixRQUFNLE1BQU0sSUFBSSxRQUFRO0FBQ3hCLFNBQU8sUUFBUSxVQUFhLElBQUksS0FBSyxNQUFNLEtBQUssV0FBVyxTQUFTLElBQUksS0FBSyxHQUFHLFFBQVE7QUFDMUY7QUFHTyxTQUFTLGdCQUFtQixLQUFVLFVBQWtCLFVBQXVDO0FBQ3BHLFNBQU8sUUFBdUIsS0FBSyxVQUFVLFVBQVUsTUFBUztBQUNsRTtBQUVBLElBQU0sV0FBVztBQUdWLElBQU0sTUFBeUIsVUFBVSxnREFBZ0QsQ0FBQyxRQUFRO0FBQ3ZHLFFBQU0sUUFBUSxTQUFTLEtBQUssR0FBRztBQUMvQixNQUFJLENBQUMsU0FBVSxNQUFNLENBQUMsTUFBTSxVQUFhLE9BQU8sTUFBTSxDQUFDLENBQUMsSUFBSSxNQUFRLFFBQU87QUFDM0UsU0FBTyxJQUFJLFFBQVEsUUFBUSxFQUFFO0FBQy9CLENBQUM7QUFHTSxJQUFNLGtCQUFxQyxVQUFVLGdDQUFnQyxDQUFDLFFBQVE7QUFDbkcsTUFBSSxDQUFDLGFBQWEsS0FBSyxHQUFHLEVBQUcsUUFBTztBQUNwQyxRQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFNBQU8sU0FBUyxLQUFLLFNBQVMsS0FBSyxLQUFLLElBQUksUUFBUTtBQUN0RCxDQUFDO0FBRUQsSUFBTSxvQkFBNEMsRUFBRSxHQUFHLE1BQVcsR0FBRyxLQUFRLEdBQUcsS0FBTyxJQUFJLEVBQUU7QUFDN0YsSUFBTSxnQkFBZ0I7QUFHZixTQUFTLFdBQVdBLE9BQWtDO0FBQzNELFFBQU0sUUFBUSxjQUFjLEtBQUtBLEtBQUk7QUFDckMsTUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixRQUFNLENBQUMsRUFBRSxHQUFHLEdBQUcsR0FBRyxFQUFFLElBQUk7QUFDeEIsUUFBTSxRQUNKLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU8sTUFBTSxDQUFDO0FBQ2hCLFNBQU8sUUFBUSxJQUFJLFFBQVE7QUFDN0I7QUFHTyxJQUFNLFdBQThCO0FBQUEsRUFBVTtBQUFBLEVBQXVDLENBQUMsUUFDM0YsV0FBVyxHQUFHLE1BQU0sU0FBWSxTQUFZO0FBQzlDO0FBVU8sSUFBTSxPQUF3QixVQUFVLDZEQUE2RCxDQUFDLFFBQVE7QUFDbkgsUUFBTSxRQUFRLDRCQUE0QixLQUFLLEdBQUc7QUFDbEQsTUFBSSxDQUFDLFNBQVMsT0FBTyxNQUFNLENBQUMsQ0FBQyxJQUFJLEVBQUcsUUFBTztBQUMzQyxTQUFPLEVBQUUsTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDLEdBQUcsVUFBVSxJQUFJLE1BQU0sQ0FBQyxLQUFLLEdBQUcsR0FBdUI7QUFDdkYsQ0FBQztBQUdNLFNBQVMsTUFBd0IsUUFBb0M7QUFDMUUsU0FBTztBQUFBLElBQVUsVUFBVSxPQUFPLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFBSSxDQUFDLFFBQy9DLE9BQU8sS0FBSyxDQUFDLFVBQVUsTUFBTSxZQUFZLE1BQU0sSUFBSSxZQUFZLENBQUM7QUFBQSxFQUNsRTtBQUNGO0FBR08sU0FBUyxPQUFVLE1BQW9DO0FBQzVELFNBQU8sVUFBVSw2QkFBNkIsS0FBSyxPQUFPLElBQUksQ0FBQyxRQUFRO0FBQ3JFLFVBQU0sUUFBUSxJQUFJLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxDQUFDO0FBQ3RELFFBQUksTUFBTSxLQUFLLENBQUMsU0FBUyxTQUFTLEVBQUUsS0FBSyxJQUFJLElBQUksS0FBSyxFQUFFLFNBQVMsTUFBTSxPQUFRLFFBQU87QUFDdEYsUUFBSTtBQUNGLGFBQU8sTUFBTSxJQUFJLENBQUMsU0FBUyxLQUFLLE1BQU0sRUFBRSxDQUFDO0FBQUEsSUFDM0MsUUFBUTtBQUNOLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRixDQUFDO0FBQ0g7QUFHTyxJQUFNLFVBQThCLFVBQVUsaUJBQWlCLENBQUMsUUFBUTtBQUM3RSxRQUFNLE9BQU8sSUFBSSxZQUFZO0FBQzdCLE1BQUksQ0FBQyxRQUFRLEtBQUssT0FBTyxJQUFJLEVBQUUsU0FBUyxJQUFJLEVBQUcsUUFBTztBQUN0RCxNQUFJLENBQUMsU0FBUyxLQUFLLE1BQU0sS0FBSyxFQUFFLFNBQVMsSUFBSSxFQUFHLFFBQU87QUFDdkQsU0FBTztBQUNULENBQUM7QUFHTSxTQUFTLFNBQVMsTUFBYyxTQUFvQztBQUN6RSxTQUFPLFVBQVUsU0FBUyxDQUFDLFFBQVMsS0FBSyxLQUFLLEdBQUcsSUFBSSxNQUFNLE1BQVU7QUFDdkU7QUFHTyxJQUFNLGFBQWE7QUFFbkIsSUFBTSxhQUFhO0FBTW5CLFNBQVMsS0FBSyxVQUFnRTtBQUNuRixRQUFNLFVBQVUsb0VBQW9FLFNBQVMsS0FBSyxJQUFJLENBQUM7QUFDdkcsU0FBTyxVQUFVLFNBQVMsQ0FBQyxRQUFRO0FBQ2pDLFVBQU0sUUFBUSxJQUFJLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLE1BQU0sR0FBRyxDQUFDO0FBQ2pFLFVBQU0sU0FBaUMsQ0FBQztBQUN4QyxlQUFXLFFBQVEsT0FBTztBQUN4QixVQUFJLEtBQUssV0FBVyxFQUFHLFFBQU87QUFDOUIsWUFBTSxDQUFDLEtBQUssS0FBSyxJQUFJO0FBQ3JCLFlBQU0sUUFBUSxXQUFXLEtBQUssR0FBRyxLQUFLLENBQUMsU0FBUyxTQUFTLEdBQUcsS0FBSyxXQUFXLEtBQUssS0FBSyxLQUFLLE1BQU0sVUFBVTtBQUMzRyxVQUFJLENBQUMsU0FBUyxPQUFPLE9BQVEsUUFBTztBQUNwQyxhQUFPLEdBQUcsSUFBSTtBQUFBLElBQ2hCO0FBQ0EsV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUNIOzs7QUM1SE8sSUFBTSxtQkFBbUI7QUFHekIsSUFBTSxxQkFBcUI7QUFHM0IsSUFBTSxvQkFBb0I7QUFBQSxFQUMvQjtBQUFBLEVBQVU7QUFBQSxFQUFRO0FBQUEsRUFBUztBQUFBLEVBQzNCO0FBQUEsRUFBVTtBQUFBLEVBQVU7QUFBQSxFQUFPO0FBQUEsRUFBUztBQUFBLEVBQVM7QUFBQSxFQUFZO0FBQUEsRUFBcUI7QUFBQSxFQUFTO0FBQUEsRUFDdkY7QUFBQSxFQUFTO0FBQUEsRUFBZTtBQUFBLEVBQVk7QUFBQSxFQUFXO0FBQUEsRUFBWTtBQUFBLEVBQWlCO0FBQUEsRUFBTTtBQUFBLEVBQVE7QUFDNUY7QUFtQ08sSUFBTSxvQkFBb0I7QUFHMUIsSUFBTSxrQkFBa0I7QUFBQSxFQUM3QixJQUFJLE9BQU8sV0FBVyxpQkFBaUIsTUFBTSxXQUFXLE9BQU8sTUFBTSxDQUFDLENBQUMsRUFBRTtBQUFBLEVBQ3pFLFdBQVcsaUJBQWlCO0FBQzlCO0FBR08sU0FBUyxjQUFjLFVBQWtCLEtBQVcsUUFBOEI7QUFDdkYsUUFBTSxPQUFPLElBQUksWUFBWSxFQUFFLFFBQVEsU0FBUyxFQUFFLEVBQUUsUUFBUSxXQUFXLEdBQUc7QUFDMUUsTUFBSSxTQUFTO0FBQ2IsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssV0FBVSxLQUFLLE1BQU0sT0FBTyxJQUFJLEVBQUUsRUFBRSxTQUFTLEVBQUU7QUFDM0UsU0FBTyxHQUFHLFNBQVMsTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJLElBQUksSUFBSSxNQUFNO0FBQ25EO0FBR08sU0FBUyxZQUFZLEtBQVUsU0FBb0M7QUFDeEUsUUFBTSxVQUFVLFFBQVEsS0FBSyxZQUFZLEtBQUssZ0JBQWdCO0FBQzlELFFBQU0sZUFBZSxRQUFRLEtBQUssaUJBQWlCLE1BQU0sY0FBYyxHQUFHLFNBQVM7QUFDbkYsUUFBTSxRQUEyQixVQUFVLFlBQVk7QUFDdkQsUUFBTSxTQUFTLGdCQUFnQixLQUFLLFVBQVUsT0FBTyxNQUFNLEtBQUssQ0FBQyxDQUFDO0FBQ2xFLFFBQU0sU0FBUyxTQUFTLE1BQU0sT0FBTyxDQUFDLFVBQVUsT0FBTyxTQUFTLEtBQUssQ0FBQyxJQUFJO0FBQzFFLFFBQU0sT0FBTyxVQUFVLEtBQUssUUFBUSxRQUFRO0FBQzVDLFFBQU0sU0FBUyxRQUFRLEtBQUssVUFBVSxpQkFBaUIsY0FBYyxRQUFRLFVBQVUsUUFBUSxLQUFLLFFBQVEsTUFBTSxDQUFDO0FBQ25ILFFBQU0sWUFBWSxRQUFRLEtBQUssUUFBUSxLQUFLLGlCQUFpQixHQUFHLENBQUMsQ0FBQztBQUdsRSxRQUFNLFlBQVksUUFBUSxLQUFLLGNBQWMsU0FBUyxnQkFBZ0Isa0JBQWtCLEdBQUcsa0JBQWtCO0FBQzdHLFNBQU8sRUFBRSxVQUFVLFFBQVEsVUFBVSxTQUFTLGNBQWMsUUFBUSxNQUFNLFFBQVEsTUFBTSxXQUFXLFVBQVU7QUFDL0c7QUFFQSxTQUFTLFVBQVUsS0FBVSxVQUFpQztBQUM1RCxRQUFNLFdBQVcsZUFBZSxRQUFRLEtBQUssQ0FBQztBQUM5QyxRQUFNLE9BQU8sQ0FBSSxVQUFvQixhQUEwQztBQUM3RSxVQUFNLFFBQVEsZ0JBQWdCLEtBQUssVUFBVSxRQUFRO0FBQ3JELFFBQUksVUFBVSxVQUFhLENBQUMsU0FBUyxTQUFTLFFBQVEsR0FBRztBQUN2RCxZQUFNLFFBQVEsU0FBUyxTQUFTLElBQUksUUFBUSxTQUFTLEtBQUssSUFBSSxDQUFDLEtBQUs7QUFDcEUsWUFBTSxJQUFJLFlBQVksVUFBVSxPQUFPLElBQUksUUFBUSxDQUFDLEVBQUUsS0FBSyxHQUFHLGlCQUFpQixRQUFRLG1CQUFtQixLQUFLLEVBQUU7QUFBQSxJQUNuSDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTztBQUFBLElBQ0wsS0FBSyxLQUFLLE9BQU8sZUFBZTtBQUFBLElBQ2hDLFlBQVksS0FBSyxjQUFjLGVBQWU7QUFBQSxJQUM5QyxVQUFVLEtBQUssWUFBWSxRQUFRO0FBQUEsSUFDbkMsTUFBTSxLQUFLLFFBQVEsSUFBSTtBQUFBLEVBQ3pCO0FBQ0Y7OztBTHZHTyxTQUFTLGFBQWdCLE1BQTBCO0FBQ3hELE1BQUk7QUFDRixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CLFNBQVMsT0FBTztBQUNkLFFBQUksRUFBRSxpQkFBaUIsYUFBYyxPQUFNO0FBQzNDLFlBQVEsTUFBTSxNQUFNLE9BQU87QUFDM0IsU0FBSyxLQUFLLE1BQU0sTUFBTSxPQUFPO0FBQzdCLFVBQU07QUFBQSxFQUNSO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsVUFBK0I7QUFDeEQsU0FBTyxhQUFhLENBQUMsUUFBUSxZQUFZLEtBQUssRUFBRSxVQUFVLEtBQUssb0JBQUksS0FBSyxHQUFHLFFBQVEsS0FBSyxPQUFPLENBQUMsQ0FBQztBQUNuRzs7O0FNekJBLE9BQU8sVUFBdUQ7OztBQ1N2RCxJQUFNLGtCQUFrQjtBQXdCeEIsSUFBTSxrQkFBZ0MsRUFBRSxPQUFPLEdBQUcsVUFBVSxLQUFNLE9BQU8sSUFBSTtBQUc3RSxJQUFNLGNBQU4sTUFBa0I7QUFBQSxFQUt2QixZQUNtQixRQUNqQixLQUNBO0FBRmlCO0FBTG5CLHdCQUFRO0FBQ1Isd0JBQVE7QUFDUix3QkFBUSxTQUFRO0FBTWQsU0FBSyxTQUFTLE9BQU87QUFDckIsU0FBSyxPQUFPO0FBQUEsRUFDZDtBQUFBO0FBQUEsRUFHQSxLQUFLLEtBQXNCO0FBQ3pCLFVBQU0sV0FBVyxLQUFLLE9BQU8sTUFBTSxLQUFLLFFBQVEsS0FBSyxPQUFPLFFBQVE7QUFDcEUsUUFBSSxXQUFXLEdBQUc7QUFDaEIsV0FBSyxTQUFTLEtBQUssSUFBSSxLQUFLLE9BQU8sT0FBTyxLQUFLLFNBQVMsUUFBUTtBQUNoRSxXQUFLLFFBQVEsV0FBVyxLQUFLLE9BQU87QUFBQSxJQUN0QztBQUNBLFFBQUksS0FBSyxTQUFTLEtBQUssS0FBSyxTQUFTLEtBQUssT0FBTyxNQUFPLFFBQU87QUFDL0QsU0FBSyxVQUFVO0FBQ2YsU0FBSyxTQUFTO0FBQ2QsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQWlCTyxJQUFNLG1CQUFOLE1BQXVCO0FBQUEsRUFHNUIsWUFDbUIsYUFDQSxPQUNBLE1BQW9CLEtBQUssS0FDekIsU0FBdUIsaUJBQ3hDO0FBSmlCO0FBQ0E7QUFDQTtBQUNBO0FBTm5CLHdCQUFRO0FBQUEsRUFPTDtBQUFBO0FBQUEsRUFHSCxPQUFPLFNBQWtDO0FBQ3ZDLFFBQUksQ0FBQyxRQUFRLFVBQVUsUUFBUSxjQUFjLEtBQUssWUFBWSxFQUFHLFFBQU87QUFDeEUsVUFBTSxNQUFNLEtBQUssSUFBSTtBQUNyQixTQUFLLFdBQUwsS0FBSyxTQUFXLElBQUksWUFBWSxLQUFLLFFBQVEsR0FBRztBQUNoRCxRQUFJLENBQUMsS0FBSyxPQUFPLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDbkMsU0FBSyxNQUFNLG1CQUFtQixPQUFPLENBQUM7QUFDdEMsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdPLFNBQVMsbUJBQW1CLFNBQWlDO0FBQ2xFLFFBQU0sT0FBcUI7QUFBQSxJQUN6QixTQUFTLFFBQVE7QUFBQSxJQUNqQixPQUFPLFFBQVE7QUFBQSxJQUNmLFFBQVEsUUFBUTtBQUFBLElBQ2hCLE1BQU0sUUFBUTtBQUFBLElBQ2QsUUFBUSxRQUFRO0FBQUEsSUFDaEIsWUFBWSxLQUFLLE1BQU0sUUFBUSxhQUFhLEdBQUksSUFBSTtBQUFBLElBQ3BELE1BQU0sSUFBSSxLQUFLLFFBQVEsTUFBTSxFQUFFLFlBQVk7QUFBQSxFQUM3QztBQUNBLFNBQU8sR0FBRyxlQUFlLEdBQUcsS0FBSyxVQUFVLElBQUksQ0FBQztBQUNsRDtBQWtCQSxJQUFJLHFCQUFxQixPQUFPO0FBR3pCLFNBQVMscUJBQXFCLElBQWtCO0FBQ3JELHVCQUFxQjtBQUN2QjtBQUdBLElBQU0sV0FBVyxJQUFJLGlCQUFpQixNQUFNLG9CQUFvQixDQUFDLFNBQVMsUUFBUSxJQUFJLElBQUksQ0FBQztBQUdwRixTQUFTLGVBQWUsU0FBK0I7QUFDNUQsV0FBUyxPQUFPLE9BQU87QUFDekI7OztBQzdJTyxJQUFNLGtCQUFrQjtBQVV4QixTQUFTLFVBQVUsUUFBd0I7QUFDaEQsTUFBSSxPQUFPO0FBQ1gsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLFFBQVEsS0FBSztBQUN0QyxXQUFPLEtBQUssS0FBSyxPQUFPLE9BQU8sV0FBVyxDQUFDLEdBQUcsUUFBVSxNQUFNO0FBQUEsRUFDaEU7QUFDQSxTQUFPLE1BQU0sT0FBTyxNQUFNLEdBQUcsU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUM1RDtBQWlCTyxTQUFTLFlBQVksUUFBZ0IsTUFBYyxJQUFZLFdBQTJCO0FBQy9GLFFBQU0sT0FBTyxJQUFJLEdBQUcsU0FBUyxFQUFFLENBQUMsSUFBSSxVQUFVLFNBQVMsRUFBRSxDQUFDO0FBQzFELFFBQU0sT0FBTyxrQkFBa0IsT0FBTyxTQUFTLElBQUksS0FBSztBQUN4RCxRQUFNLFlBQVksS0FBSyxNQUFNLEdBQUcsS0FBSyxJQUFJLE1BQU0sQ0FBQyxDQUFDLEVBQUUsUUFBUSxPQUFPLEVBQUU7QUFDcEUsU0FBTyxZQUFZLEdBQUcsTUFBTSxJQUFJLFNBQVMsR0FBRyxJQUFJLEtBQUssR0FBRyxNQUFNLEdBQUcsSUFBSTtBQUN2RTtBQUdPLFNBQVMsYUFBYSxNQUFjLFFBQXlCO0FBQ2xFLFNBQU8sS0FBSyxXQUFXLEdBQUcsTUFBTSxHQUFHO0FBQ3JDO0FBTU8sU0FBUyxjQUFjLE1BQW9DO0FBQ2hFLE1BQUk7QUFDSixNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBSTtBQUFBLEVBQ3hCLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksQ0FBQyxNQUFNLFFBQVEsSUFBSSxFQUFHLFFBQU87QUFDakMsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDQyxTQUFrQkEsTUFBbUMsSUFBSTtBQUNqRixTQUFPLE1BQU0sTUFBTSxDQUFDLFNBQXlCLE9BQU8sU0FBUyxRQUFRLElBQUksUUFBUTtBQUNuRjs7O0FDNURBLFNBQVMsbUJBQW1CO0FBQzVCLE9BQU9DLFdBQVU7OztBQ01WLFNBQVMsVUFBVSxPQUFlLFFBQTZCO0FBQ3BFLGFBQVM7QUFDUCxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUksT0FBTyxLQUFLLENBQUMsVUFBVSxVQUFVLENBQUMsR0FBRztBQUN2QyxhQUFPLE1BQU0sS0FBSyxRQUFRLENBQUMsVUFBVSxNQUFNLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsRUFBRSxLQUFLLEVBQUU7QUFBQSxJQUNuRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsWUFBWSxTQUFpQixRQUF3QjtBQUNuRSxTQUFPLE1BQU0sT0FBTyxJQUFJLE1BQU07QUFDaEM7QUFhTyxJQUFNLGtCQUFOLE1BQXNCO0FBQUEsRUFJM0IsWUFBNkIsUUFBcUI7QUFBckI7QUFIN0Isd0JBQVEsYUFBWSxPQUFPO0FBQzNCLHdCQUFRLFdBQVU7QUFBQSxFQUVpQztBQUFBO0FBQUEsRUFHbkQsS0FBSyxXQUFpQztBQUNwQyxRQUFJLGNBQWMsS0FBSyxXQUFXO0FBQ2hDLFdBQUssWUFBWTtBQUNqQixXQUFLLFVBQVUsVUFBVSxJQUFJLEtBQUssTUFBTTtBQUFBLElBQzFDO0FBQ0EsVUFBTSxTQUFTLFVBQVUsR0FBRyxLQUFLLE1BQU07QUFDdkMsV0FBTyxFQUFFLFNBQVMsS0FBSyxTQUFTLFFBQVEsYUFBYSxZQUFZLEtBQUssU0FBUyxNQUFNLEVBQUU7QUFBQSxFQUN6RjtBQUNGO0FBR08sU0FBUyxZQUFZLFFBQWdCLFNBQXlEO0FBQ25HLFNBQU8sRUFBRSxTQUFTLFVBQVUsTUFBTSxJQUFJLFdBQVcsZUFBZSxPQUFPLFlBQVksTUFBTSxJQUFJO0FBQy9GOzs7QURoREEsSUFBTSxTQUFTLElBQUksZ0JBQWdCLENBQUNDLFdBQVUsSUFBSSxXQUFXLFlBQVlBLE1BQUssQ0FBQyxDQUFDO0FBTXpFLFNBQVMsT0FBVSxNQUFxQztBQUM3RCxRQUFNLFFBQVEsT0FBTyxLQUFLQyxNQUFLLEdBQUcsbUJBQW1CO0FBQ3JELEVBQUFBLE1BQUssR0FBRyxRQUFRLFNBQVMsV0FBVyxNQUFNO0FBQzFDLE1BQUk7QUFDRixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CLFVBQUU7QUFDQSxXQUFPQSxNQUFLLEdBQUcsUUFBUSxTQUFTO0FBQUEsRUFDbEM7QUFDRjs7O0FFakJPLElBQU0sZ0JBQWdCOzs7QUxTdEIsSUFBTSxrQkFBb0QsRUFBRSxLQUFLLEtBQUssTUFBTSxLQUFLLFFBQVEsSUFBSTtBQUdwRyxJQUFNLFdBQXFFO0FBQUEsRUFDekUsS0FBSyxLQUFLLGlCQUFpQixnQkFBZ0IsR0FBRztBQUFBLEVBQzlDLE1BQU0sS0FBSyxpQkFBaUIsZ0JBQWdCLElBQUk7QUFBQSxFQUNoRCxRQUFRLEtBQUssaUJBQWlCLGdCQUFnQixNQUFNO0FBQ3REO0FBZU8sSUFBTSxpQkFBTixNQUFxQjtBQUFBLEVBRzFCLFlBQ21CLFNBQ2pCLEtBQ2lCLFVBQW1CLFdBQ3BDO0FBSGlCO0FBRUE7QUFMbkIsd0JBQWlCO0FBT2YsU0FBSyxVQUFVLFlBQVksSUFBSSxRQUFRLGFBQWEsRUFBRTtBQUFBLEVBQ3hEO0FBQUE7QUFBQSxFQUdBLEtBQUssT0FBeUI7QUFDNUIsVUFBTSxXQUFXLEtBQUssS0FBSyxPQUFPLE9BQU8sUUFBVyxNQUFNO0FBQzFELFVBQU0sUUFBUSxTQUFTLFdBQVcsZ0JBQWdCLE9BQU8sU0FBUyxPQUFPLGNBQWMsU0FBUyxJQUFJLElBQUk7QUFDeEcsV0FBTyxFQUFFLFVBQVUsTUFBTTtBQUFBLEVBQzNCO0FBQUE7QUFBQSxFQUdBLE9BQU8sT0FBZSxNQUF1QztBQUMzRCxXQUFPLEtBQUssS0FBSyxRQUFRLE9BQU8sTUFBTSxNQUFNO0FBQUEsRUFDOUM7QUFBQTtBQUFBLEVBR0EsT0FBTyxPQUFlLE1BQXVDO0FBQzNELFdBQU8sS0FBSyxLQUFLLFVBQVUsT0FBTyxNQUFNLE1BQU07QUFBQSxFQUNoRDtBQUFBLEVBRVEsS0FBOEIsUUFBZ0IsT0FBZSxNQUEwQixjQUFrQjtBQUMvRyxVQUFNLFFBQVEsSUFBSSxLQUFLO0FBQ3ZCLFVBQU1DLFFBQ0osS0FBSyxZQUFZLFVBQVUsRUFBRSxNQUFNLE9BQU8sSUFBSSxRQUFRLElBQUksRUFBRSxNQUFNLE9BQU8sTUFBTTtBQUNqRixVQUFNLE9BQU8sU0FBUyxTQUFZLE9BQU8sS0FBSyxVQUFVLEVBQUUsS0FBSyxDQUFDO0FBQ2hFLFdBQU8sT0FBTyxDQUFDLFVBQVU7QUFDdkIsWUFBTSxTQUFTLEtBQUssSUFBSTtBQUN4QixZQUFNLFdBQVcsS0FBSyxRQUFZLFFBQVEsR0FBRyxLQUFLLE9BQU8sR0FBRyxLQUFLLElBQUksTUFBTTtBQUFBLFFBQ3pFLFNBQVM7QUFBQSxVQUNQLGFBQWEsTUFBTTtBQUFBLFVBQ25CLFNBQVMsS0FBSztBQUFBLFVBQ2QsR0FBSSxTQUFTLE9BQU8sQ0FBQyxJQUFJLEVBQUUsZ0JBQWdCLG1CQUFtQjtBQUFBLFFBQ2hFO0FBQUEsUUFDQSxNQUFBQTtBQUFBLFFBQ0E7QUFBQSxRQUNBLGtCQUFrQixTQUFTLE1BQU07QUFBQSxNQUNuQyxDQUFDO0FBQ0QsVUFBSSxLQUFLLFlBQVksV0FBVztBQUM5QixjQUFNLEVBQUUsUUFBUSxRQUFRLElBQUk7QUFDNUIsY0FBTSxTQUFTLFdBQVcsZ0JBQWdCLE1BQU07QUFDaEQsdUJBQWUsRUFBRSxTQUFTLE1BQU0sU0FBUyxPQUFPLFFBQVEsTUFBTSxPQUFPLFFBQVEsUUFBUSxZQUFZLFFBQVEsVUFBVSxPQUFPLENBQUM7QUFBQSxNQUM3SDtBQUNBLGFBQU87QUFBQSxJQUNULENBQUM7QUFBQSxFQUNIO0FBQ0Y7OztBTXJGQSxTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVO0FBUWpCLElBQU0sUUFBUSxJQUFJLFlBQVkscUJBQXFCLE1BQWdCLEtBQUssTUFBTSxLQUFLLG1CQUFtQixDQUFDLENBQUM7QUFNakcsU0FBUyxjQUFjLEtBQW9CO0FBQ2hELFFBQU0sS0FBS0MsTUFBSyxHQUFHO0FBQ25CLFFBQU0sWUFBWUEsTUFBSyxHQUFHO0FBRTFCLFFBQU0sT0FBTyxPQUFPLEtBQUssT0FBTyxhQUFhLE1BQU0sTUFBTTtBQUN6RCxTQUFPLFlBQVksSUFBSSxRQUFRLE1BQU0sSUFBSSxTQUFTO0FBQ3BEOzs7QUNsQk8sSUFBTSxTQUE0QixVQUFVLHNEQUFzRCxDQUFDLFFBQVE7QUFDaEgsUUFBTSxRQUFRLHdCQUF3QixLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNoRSxTQUFPLFFBQVEsS0FBSyxTQUFTLE1BQU0sUUFBUTtBQUM3QyxDQUFDO0FBR00sSUFBTSxRQUEyQixVQUFVLHFDQUFxQyxDQUFDLFFBQVE7QUFDOUYsUUFBTSxRQUFRLDJDQUEyQyxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNuRixTQUFPLFNBQVMsS0FBSyxTQUFTLElBQUksUUFBUTtBQUM1QyxDQUFDO0FBR00sU0FBUyxLQUFLLEtBQWdDO0FBQ25ELFNBQU8sVUFBVSw0QkFBNEIsR0FBRyxJQUFJLENBQUMsUUFBUTtBQUMzRCxVQUFNLFFBQVEsWUFBWSxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNwRCxXQUFPLFNBQVMsS0FBSyxTQUFTLE1BQU0sUUFBUTtBQUFBLEVBQzlDLENBQUM7QUFDSDtBQUdPLElBQU0sZ0JBQWdCO0FBU3RCLFNBQVMsYUFBYSxLQUFVLFVBQTBEO0FBQy9GLFNBQU87QUFBQSxJQUNMLE1BQU0sUUFBYyxLQUFLLFFBQVEsTUFBTSxFQUFFLE1BQU0sU0FBUyxNQUFNLFVBQVUsS0FBSyxDQUFDO0FBQUEsSUFDOUUsUUFBUSxXQUFXLEtBQUssU0FBUyxNQUFNO0FBQUEsRUFDekM7QUFDRjtBQUdPLFNBQVMsV0FBVyxLQUFVLFVBQTBCO0FBQzdELFNBQU8sUUFBUSxLQUFLLFdBQVcsS0FBSyxhQUFhLEdBQUcsUUFBUTtBQUM5RDtBQUdPLFNBQVMsYUFBYSxLQUFVLFVBQWtCLFVBQTBCO0FBQ2pGLFNBQU8sUUFBUSxLQUFLLFVBQVUsVUFBVSxRQUFRO0FBQ2xEO0FBR08sSUFBTSxlQUFrQztBQUFBLEVBQVU7QUFBQSxFQUEyQyxDQUFDLFFBQ25HLGlCQUFpQixLQUFLLEdBQUcsS0FBSyxXQUFXLEdBQUcsTUFBTSxTQUFZLE1BQU07QUFDdEU7OztBQ3JDTyxTQUFTLFdBQVcsS0FBZTtBQUN4QyxTQUFPO0FBQUEsSUFDTCxXQUFXLFFBQVEsS0FBSyxZQUFZLE9BQU8sR0FBRztBQUFBLElBQzlDLFlBQVksUUFBUSxLQUFLLG1CQUFtQixLQUFLLEdBQUcsR0FBRyxDQUFDO0FBQUEsRUFDMUQ7QUFDRjtBQU9PLFNBQVMsWUFBWSxHQUFXLFNBQWlCLEtBQWlCO0FBQ3ZFLE1BQUksSUFBSSxJQUFJLFVBQVcsUUFBTztBQUM5QixNQUFJLFlBQVksRUFBRyxRQUFPO0FBQzFCLE1BQUksV0FBVyxJQUFJLFdBQVksUUFBTztBQUN0QyxTQUFPLElBQUksSUFBSSxhQUFhLElBQUksSUFBSSxhQUFhLElBQUksV0FBVztBQUNsRTtBQUdPLFNBQVMsWUFBWSxHQUFXLFFBQW1DO0FBQ3hFLFNBQU8sT0FBTyxLQUFLLElBQUksT0FBTyxTQUFTLEdBQUcsS0FBSyxNQUFNLElBQUksT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMxRTs7O0FDckNBLE9BQU9DLFdBQVU7QUFXakIsSUFBSTtBQU9HLFNBQVMsTUFBTUMsU0FBNEI7QUFDaEQsTUFBSSxDQUFDLFNBQVM7QUFDWixVQUFNLFNBQVNDLE1BQUssS0FBSyxRQUFRLE1BQU0sVUFBVUQsUUFBTztBQUN4RCxjQUFVLEVBQUUsUUFBUSxRQUFRLFVBQVUsTUFBTSxFQUFFO0FBQUEsRUFDaEQ7QUFDQSxTQUFPO0FBQ1Q7OztBQ3hCQSxTQUFTLGFBQWE7QUFDdEIsU0FBUyxlQUFlOzs7QUNXakIsSUFBTSxlQUFlO0FBT3JCLFNBQVMsV0FBVyxNQUFlLFVBQXlCLGFBQXFCLE9BQStCO0FBQ3JILFFBQU0sVUFBVSxhQUFhLE9BQU8sU0FBUyxZQUFZLGNBQWMsV0FBVyxPQUFPLGdCQUFnQjtBQUN6RyxRQUFNLFFBQVEsWUFBWSxPQUFPLFNBQVMsWUFBWSxRQUFRLE9BQU87QUFDckUsTUFBSSxTQUFTLFdBQVc7QUFDdEIsVUFBTSxJQUFJLFlBQVk7QUFDdEIsVUFBTSxXQUFXLGFBQWEsT0FBTyxDQUFDLENBQUM7QUFDdkMsV0FBTztBQUFBLE1BQ0wsUUFBUSxzQkFBc0IsQ0FBQyxxQ0FBcUMsUUFBUTtBQUFBLE1BQzVFLGtCQUFrQiw2QkFBNkIsS0FBSyxNQUFNLElBQUksR0FBRyxDQUFDLEdBQUcsUUFBUTtBQUFBLE1BQzdFO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxTQUNKLFNBQVMsaUJBQ0wsV0FBVyxzQkFBc0IsT0FBTyxFQUFFLG1CQUFtQixRQUFRLENBQUMsSUFDdEUsV0FBVyw0QkFBNEIsT0FBTyxFQUFFLFFBQVEsT0FBTyxDQUFDO0FBQ3RFLFNBQU8sRUFBRSxRQUFRLGtCQUFrQixRQUFRLFNBQVMsTUFBTTtBQUM1RDtBQUdBLFNBQVMsV0FBVyxTQUFpQixPQUFtQixNQUFzQztBQUM1RixTQUFPLFFBQVEsT0FBTyxHQUFHLGFBQWEsT0FBTyxJQUFJLENBQUMseUJBQXlCLE9BQU8sR0FBRyxhQUFhLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDOUc7QUFFQSxTQUFTLGFBQWEsT0FBbUIsT0FBdUM7QUFDOUUsUUFBTSxTQUFTLEVBQUUsUUFBUSxNQUFNLFFBQVEsT0FBTyxNQUFNLE9BQU8sUUFBUSxNQUFNLFFBQVEsR0FBRyxNQUFNO0FBQzFGLFNBQU8sSUFBSSxPQUFPLFFBQVEsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxLQUFLLENBQUMsR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQzdFO0FBR08sU0FBUyxhQUFhLE9BQW1DLFdBQTRCO0FBQzFGLFFBQU0sUUFBUTtBQUFBLElBQ1osNEJBQTRCLFlBQVk7QUFBQSxJQUN4QyxRQUFRLE1BQU0sR0FBRyxPQUFPLE1BQU0sS0FBSztBQUFBO0FBQUEsSUFFbkMsd0JBQXdCLE1BQU0sTUFBTSxvQ0FBb0MsTUFBTSxNQUFNO0FBQUEsSUFDcEYsR0FBSSxZQUFZLENBQUMsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUNqQztBQUNBLFNBQU8sS0FBSyxNQUFNLEtBQUssTUFBTSxDQUFDO0FBQ2hDO0FBT08sU0FBUyxZQUFZLE9BQW1DLE9BQWdDO0FBQzdGLFFBQU0sUUFBUSxVQUFVLFVBQVUsb0JBQW9CO0FBQ3RELFFBQU0sU0FBUyxrQkFBa0IsWUFBWSxNQUFNLE1BQU0sR0FBRyxLQUFLLE1BQU0sS0FBSyxJQUFJLEtBQUs7QUFDckYsUUFBTSxpQkFBaUIsRUFBRSxVQUFVLFdBQVcsTUFBTSxXQUFXO0FBQy9ELFNBQU8saUJBQWlCLEdBQUcsTUFBTSxvQkFBb0IsTUFBTSxNQUFNLE1BQU07QUFDekU7OztBQ2pFTyxJQUFNLFVBQVUsQ0FBQyxPQUFPLFFBQVEsUUFBUTtBQUt4QyxJQUFNLGlCQUFpQjtBQU12QixJQUFNLCtCQUErQjtBQThCckMsU0FBUyxhQUFhLE9BQTRCO0FBQ3ZELFFBQU0sWUFBWSxhQUFhLE1BQU0sR0FBRztBQUN4QyxRQUFNLE1BQU0sTUFBTSxpQkFBaUIsV0FBVyxhQUFhO0FBQzNELFFBQU0sT0FBYyxDQUFDO0FBQ3JCLGFBQVcsU0FBUyxNQUFNLFFBQVE7QUFDaEMsZUFBVyxVQUFVLE1BQU0sV0FBVyxTQUFTO0FBQzdDLFlBQU0sUUFBUSxHQUFHLE1BQU0sS0FBSyxLQUFLO0FBQ2pDLFlBQU0sUUFBb0IsRUFBRSxRQUFRLE1BQU0sUUFBUSxPQUFPLFFBQVEsSUFBSTtBQUNyRSxpQkFBVyxZQUFZLFVBQVUsT0FBTyxDQUFDLGNBQWMsVUFBVSxTQUFTLFNBQVMsTUFBTSxLQUFLLElBQUksR0FBRztBQUNuRyxjQUFNLFlBQVksU0FBUyxVQUFVLE1BQU07QUFDM0MsYUFBSyxLQUFLO0FBQUEsVUFDUixJQUFJLEdBQUcsU0FBUyxRQUFRLElBQUksT0FBTyxZQUFZLENBQUMsSUFBSSxLQUFLO0FBQUEsVUFDekQsYUFBYSxTQUFTLFlBQVksT0FBTyxNQUFNO0FBQUEsVUFDL0MsTUFBTSxTQUFTO0FBQUEsVUFDZixRQUFRLFNBQVM7QUFBQSxVQUNqQixNQUFNLEVBQUUsT0FBTyxPQUFPO0FBQUEsVUFDdEIsTUFBTSxTQUFTO0FBQUEsVUFDZjtBQUFBLFVBQ0EsU0FBUyxXQUFXLFNBQVMsTUFBTSxXQUFXLFNBQVMsSUFBSSxHQUFHLFVBQVUsT0FBTyxLQUFLO0FBQUEsVUFDcEY7QUFBQSxVQUNBLE9BQU8sU0FBUztBQUFBLFFBQ2xCLENBQUM7QUFBQSxNQUNIO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGFBQWEsS0FBeUM7QUFDN0QsUUFBTSxpQkFBaUIsQ0FBQyxXQUFtQixjQUFjLElBQUksU0FBUyxRQUFRLElBQUksWUFBWTtBQUM5RixRQUFNLFdBQVcsQ0FBQyxXQUNoQixJQUFJLFlBQVksYUFBYSxXQUFXLFNBQVMscURBQXFEO0FBQ3hHLFFBQU0sVUFBVSxDQUFDLE1BQXlCLFFBQTZCO0FBQUEsSUFDckUsTUFBTTtBQUFBLElBQ04sVUFBVSxXQUFXLEtBQUssUUFBUSxTQUFTLEVBQUUsQ0FBQztBQUFBLElBQzlDLFFBQVE7QUFBQSxJQUNSO0FBQUEsSUFDQSxPQUFPO0FBQUEsSUFDUCxXQUFXLE9BQU8sRUFBRSxJQUFJLEtBQUssT0FBTyxJQUFJLE1BQU0sS0FBSztBQUFBLElBQ25ELGFBQWEsQ0FBQyxVQUFVLEdBQUcsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLFFBQVEsS0FBSywyQkFBMkIsRUFBRTtBQUFBLEVBQ3hGO0FBQ0EsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLE1BQU07QUFBQSxNQUNOLFVBQVU7QUFBQSxNQUNWLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxNQUNQLFdBQVcsQ0FBQyxZQUFZLEVBQUUsSUFBSSxLQUFLLE9BQU8sZUFBZSxNQUFNLEdBQUcsTUFBTSxRQUFRO0FBQUEsTUFDaEYsYUFBYSxDQUFDLE9BQU8sV0FBVyxHQUFHLFFBQVEsSUFBSSxlQUFlLE1BQU0sQ0FBQyxDQUFDLE9BQU8sS0FBSyxvQkFBb0IsU0FBUyxNQUFNLENBQUM7QUFBQSxJQUN4SDtBQUFBLElBQ0EsUUFBUSxTQUFTLElBQUksS0FBSztBQUFBLElBQzFCLFFBQVEsU0FBUyxJQUFJLEtBQUs7QUFBQSxJQUMxQjtBQUFBO0FBQUE7QUFBQSxNQUdFLE1BQU07QUFBQSxNQUNOLFNBQVMsQ0FBQyxLQUFLO0FBQUEsTUFDZixVQUFVO0FBQUEsTUFDVixRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsTUFDUCxXQUFXLE9BQU8sRUFBRSxJQUFJLEtBQUssT0FBTyxNQUFNLElBQUksTUFBTSxHQUFHLE1BQU0sUUFBUTtBQUFBLE1BQ3JFLGFBQWEsQ0FBQyxVQUFVLEdBQUcsUUFBUSxJQUFJLE1BQU0sQ0FBQyxxQkFBcUIsS0FBSztBQUFBLElBQzFFO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxjQUFjLFNBQXFCLFFBQWdCLFdBQTJCO0FBQ3JGLFFBQU0sU0FBUyxNQUFNLElBQUksU0FBUztBQUNsQyxTQUFPLFlBQVksYUFBYSxXQUFXLFNBQVMsS0FBSyxJQUFJLFFBQVEsNEJBQTRCLElBQUk7QUFDdkc7QUFFQSxTQUFTLFdBQVcsTUFBOEI7QUFDaEQsU0FBTyxTQUFTLFNBQVMsT0FBTyxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJO0FBQzlEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJO0FBQ25DO0FBRUEsU0FBUyxRQUFRRSxRQUF1QjtBQUN0QyxTQUFPLEdBQUcsTUFBTUEsU0FBUSxHQUFHLENBQUM7QUFDOUI7OztBRjNIQSxJQUFNLGdCQUFnQixJQUFJLFFBQVEsY0FBYztBQU16QyxTQUFTLFFBQVcsT0FBVSxNQUE2Q0MsT0FBa0Q7QUFDbEksTUFBSSxNQUFNO0FBQ1YsYUFBVyxDQUFDLE1BQU0sU0FBUyxLQUFLLE9BQU8sUUFBUSxJQUFJLEdBQUc7QUFDcEQsVUFBTSxTQUFTLE1BQU0sT0FBTyxFQUFFLENBQUMsSUFBSSxHQUFHLFVBQVUsR0FBR0EsS0FBSTtBQUN2RCxrQkFBYyxJQUFJLEdBQUcsRUFBRSxHQUFHQSxPQUFNLFFBQVEsT0FBTyxNQUFNLEVBQUUsQ0FBQztBQUN4RCxVQUFNLE9BQU87QUFBQSxFQUNmO0FBQ0EsU0FBTztBQUNUOzs7QUdkTyxTQUFTLFNBQVMsU0FBaUIsS0FBWSxRQUFtQztBQUN2RixRQUFNLFNBQVMsSUFBSSxlQUFlLFNBQVMsS0FBSyxPQUFPO0FBQ3ZELE1BQUksVUFBVTtBQUNkLGFBQVcsU0FBUyxRQUFRO0FBQzFCLFVBQU0sRUFBRSxVQUFVLE1BQU0sSUFBSSxPQUFPLEtBQUssS0FBSztBQUM3QyxRQUFJLENBQUMsT0FBTztBQUNWLGNBQVEsS0FBSyxlQUFlLEtBQUssYUFBYSxTQUFTLE1BQU0sZ0JBQWdCLElBQUksTUFBTSxlQUFlO0FBQ3RHO0FBQUEsSUFDRjtBQUNBLGVBQVcsUUFBUSxNQUFNLE9BQU8sQ0FBQ0MsU0FBUSxhQUFhQSxNQUFLLElBQUksTUFBTSxDQUFDLEdBQUc7QUFDdkUsVUFBSSxPQUFPLE9BQU8sT0FBTyxJQUFJLEVBQUUsV0FBVyxnQkFBZ0IsT0FBUTtBQUFBLElBQ3BFO0FBQUEsRUFDRjtBQUNBLE1BQUksVUFBVSxFQUFHLFNBQVEsS0FBSyxrQkFBa0IsT0FBTyxpQkFBaUIsSUFBSSxNQUFNLEVBQUU7QUFDcEYsU0FBTztBQUNUOzs7QUNHTyxTQUFTLGFBQWFDLFNBQXFCLEtBQXdCO0FBQ3hFLFFBQU0sVUFBaUIsQ0FBQztBQUN4QixNQUFJO0FBQ0osU0FBTztBQUFBLElBQ0wsUUFBYztBQUNaLFlBQU0sTUFBTSxNQUFNQSxPQUFNO0FBQ3hCLDBCQUFXLElBQUksZUFBZUEsUUFBTyxTQUFTLEdBQUc7QUFDakQsWUFBTSxRQUFRLFlBQVksS0FBSyxPQUFPLEdBQUcsUUFBUSxRQUFRLEdBQUc7QUFDNUQsVUFBSSxVQUFVLFVBQVU7QUFDdEIsY0FBTUMsT0FBTSxRQUFRLE1BQU07QUFDMUIsZUFBTyxPQUFPQSxLQUFJLE9BQU9BLEtBQUksSUFBSTtBQUNqQztBQUFBLE1BQ0Y7QUFDQSxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBR0QsUUFBTyxNQUFNO0FBQ3RELFVBQUksVUFBVSxRQUFRO0FBQ3BCLGNBQU0sT0FBTyxPQUFPLEtBQUssS0FBSztBQUU5QixZQUFJLEtBQUssU0FBUyxXQUFXLGdCQUFnQixLQUFLO0FBQ2hELGtCQUFRLE1BQU0sRUFBRSxnQ0FBZ0MsQ0FBQyxXQUFXLE9BQU8sVUFBVSxPQUFVLEdBQUcsRUFBRSxPQUFPLFFBQVEsTUFBTSxDQUFDO0FBQUEsUUFDcEg7QUFDQTtBQUFBLE1BQ0Y7QUFDQSxZQUFNLE9BQU8sY0FBYyxHQUFHO0FBRzlCLFVBQUksT0FBTyxPQUFPLE9BQU8sSUFBSSxFQUFFLFdBQVcsZ0JBQWdCLEtBQU0sU0FBUSxLQUFLLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUM5RjtBQUFBLElBQ0EsUUFBYztBQUNaLGVBQVNBLFFBQU8sU0FBUyxNQUFNQSxPQUFNLEdBQUdBLFFBQU8sTUFBTTtBQUFBLElBQ3ZEO0FBQUEsRUFDRjtBQUNGOzs7QUNuRE8sSUFBTSxjQUFjO0FBQUEsRUFDekI7QUFBQSxFQUFTO0FBQUEsRUFBWTtBQUFBLEVBQVU7QUFBQSxFQUFVO0FBQUEsRUFBUTtBQUFBLEVBQVM7QUFBQSxFQUFTO0FBQUEsRUFDbkU7QUFBQSxFQUFlO0FBQUEsRUFBWTtBQUFBLEVBQVc7QUFDeEM7OztBQ0hPLFNBQVMsWUFBWUUsU0FBOEI7QUFDeEQsU0FBTztBQUFBLElBQ0wsTUFBTSxFQUFFLEdBQUdBLFFBQU8sTUFBTSxRQUFRQSxRQUFPLE9BQU87QUFBQSxJQUM5QyxZQUFZO0FBQUEsSUFDWixXQUFXLFlBQVlBLFFBQU8sUUFBUSxhQUFhLEVBQUU7QUFBQTtBQUFBLElBRXJELHVCQUF1QjtBQUFBLElBQ3ZCLGNBQWM7QUFBQSxJQUNkLGlCQUFpQjtBQUFBLEVBQ25CO0FBQ0Y7OztBQ2dCTyxJQUFNLG9CQUFzRCxFQUFFLE1BQU0sR0FBRyxNQUFNLElBQUksTUFBTSxLQUFLO0FBc0NuRyxJQUFNLG9CQUFvQjtBQU9uQixTQUFTLE9BQU8sZUFBdUIsUUFBNkQ7QUFDekcsUUFBTSxTQUFTLEtBQUssS0FBSyxnQkFBZ0Isb0JBQW9CLENBQUM7QUFDOUQsU0FBTyxFQUFFLGlCQUFpQixLQUFLLElBQUksUUFBUSxLQUFLLElBQUksR0FBRyxNQUFNLENBQUMsR0FBRyxPQUFPO0FBQzFFO0FBR08sU0FBUyxVQUFVQyxPQUFvQjtBQUM1QyxTQUFPQSxNQUFLLE9BQU8sa0JBQWtCQSxNQUFLLFFBQVE7QUFDcEQ7OztBQzdFTyxTQUFTLFNBQVMsS0FBMkI7QUFDbEQsUUFBTSxFQUFFLE1BQUFDLE9BQU0sT0FBTyxJQUFJLGFBQWEsS0FBSyxFQUFFLE1BQU0sSUFBSSxRQUFRLElBQUksQ0FBQztBQUNwRSxTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixNQUFNQSxNQUFLO0FBQUEsSUFDWCxVQUFVQSxNQUFLO0FBQUEsSUFDZixVQUFVLGFBQWEsS0FBSyxZQUFZLElBQUk7QUFBQSxJQUM1QyxHQUFHLE9BQU8sVUFBVUEsS0FBSSxHQUFHLE1BQU07QUFBQSxJQUNqQyxjQUFjO0FBQUEsRUFDaEI7QUFDRjs7O0FDVE8sU0FBUyxhQUFhLFFBQWdCQyxPQUFzQztBQUNqRixRQUFNLFNBQVMsT0FBTyxRQUFRQSxLQUFJLEVBQUUsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFO0FBQzNFLFNBQU8sT0FBTyxTQUFTLEdBQUcsTUFBTSxJQUFJLE9BQU8sS0FBSyxHQUFHLENBQUMsTUFBTTtBQUM1RDtBQUdPLFNBQVMsb0JBQW9CLEtBQThDO0FBQ2hGLFNBQU8sR0FBRyxJQUFJLElBQUksR0FBRyxJQUFJLFVBQVUsRUFBRSxHQUFHLElBQUksVUFBVSxLQUFLO0FBQzdEO0FBR08sSUFBTSxtQkFBbUI7QUFNaEMsU0FBUyxZQUFZLEtBQWtCO0FBQ3JDLFNBQU8sR0FBRyxJQUFJLElBQUk7QUFDcEI7QUFRTyxTQUFTLGtCQUNkLFNBQ0EsVUFDNkI7QUFDN0IsUUFBTSxhQUEwQyxDQUFDO0FBQ2pELFFBQU1DLE9BQU0sQ0FBQyxLQUFhLGNBQStCO0FBQ3ZELFVBQU0sT0FBUSxzQ0FBb0IsQ0FBQztBQUNuQyxRQUFJLENBQUMsS0FBSyxLQUFLLENBQUMsYUFBYSxLQUFLLFVBQVUsUUFBUSxNQUFNLEtBQUssVUFBVSxTQUFTLENBQUMsRUFBRyxNQUFLLEtBQUssU0FBUztBQUFBLEVBQzNHO0FBQ0EsYUFBVyxPQUFPLFNBQVM7QUFDekIsSUFBQUEsS0FBSSxhQUFhLElBQUksUUFBUSxJQUFJLElBQUksR0FBRyxPQUFPLEtBQUssU0FBUyxNQUFNLFNBQVMsVUFBVSxDQUFDO0FBQ3ZGLElBQUFBLEtBQUksYUFBYSxJQUFJLE9BQU8sSUFBSSxJQUFJLEdBQUcsU0FBUyxTQUFTLFdBQVcsYUFBYSxnQkFBZ0I7QUFBQSxFQUNuRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsT0FBTyxLQUFVLE1BQWUsWUFBK0I7QUFDdEUsTUFBSSxTQUFTLFNBQVUsUUFBTyxZQUFZLEdBQUc7QUFDN0MsUUFBTSxZQUFZLG9CQUFvQixHQUFHO0FBQ3pDLFNBQU8sU0FBUyxTQUFTLEVBQUUsV0FBVyxhQUFhLE1BQU0sZ0JBQWdCLFdBQVcsSUFBSTtBQUMxRjtBQU1PLElBQU0sc0JBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPOzs7QUNoRDNGLElBQU0sZUFBc0MsQ0FBQyxXQUFXLGdCQUFnQjtBQVF4RSxJQUFNLFlBQWdDLENBQUMsUUFBUSxRQUFRLFFBQVE7QUE0Qi9ELElBQU0saUJBQWlCO0FBRXZCLElBQU0saUJBQWlCO0FBRXZCLElBQU0sdUJBQXVCO0FBRTdCLElBQU0sc0JBQXNCO0FBR25DLElBQU0sUUFBMkIsVUFBVSx3Q0FBd0MsQ0FBQyxRQUFRO0FBQzFGLE1BQUksQ0FBQyxnQkFBZ0IsS0FBSyxHQUFHLEVBQUcsUUFBTztBQUN2QyxRQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFNBQU8sUUFBUSxLQUFLLFFBQVEsSUFBSSxRQUFRO0FBQzFDLENBQUM7QUFHRCxTQUFTLFFBQVEsT0FBZSxXQUFzQztBQUNwRSxTQUFPLFVBQVUsOEJBQThCLEtBQUssS0FBSyxTQUFTLEtBQUssQ0FBQyxRQUFRO0FBQzlFLFVBQU0sUUFBUSxhQUFhLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ3JELFdBQU8sU0FBUyxTQUFTLFNBQVMsS0FBSyxLQUFLLElBQUksUUFBUTtBQUFBLEVBQzFELENBQUM7QUFDSDtBQUdBLElBQU0sZ0JBQWdCLFNBQVMseUJBQXlCLDhDQUE4QztBQU0vRixTQUFTLGlCQUFpQixLQUFVLGFBQW1DO0FBQzVFLFFBQU0sUUFBUSxRQUFRLEtBQUssY0FBYyxpQkFBaUIsY0FBYztBQUN4RSxTQUFPO0FBQUEsSUFDTCxTQUFTLFFBQVEsS0FBSyxlQUFlLE1BQU0sWUFBWSxHQUFHLFNBQVM7QUFBQSxJQUNuRSxNQUFNLFFBQVEsS0FBSyxZQUFZLE1BQU0sU0FBUyxHQUFHLFdBQVc7QUFBQSxJQUM1RDtBQUFBLElBQ0EsT0FBTyxRQUFRLEtBQUssY0FBYyxRQUFRLE9BQU8sWUFBWSxHQUFHLEtBQUssSUFBSSxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsSUFDL0YsY0FBYyxRQUFRLEtBQUssb0JBQW9CLE9BQU8sb0JBQW9CO0FBQUEsSUFDMUUsUUFBUSxRQUFRLEtBQUssY0FBYyxPQUFPLG9CQUFvQjtBQUFBLElBQzlELFlBQVksUUFBUSxLQUFLLG1CQUFtQixVQUFVLG1CQUFtQjtBQUFBLElBQ3pFLFNBQVM7QUFBQSxNQUNQLEtBQUssUUFBUSxLQUFLLGVBQWUsS0FBSyx1QkFBdUI7QUFBQSxNQUM3RCxVQUFVLFFBQVEsS0FBSyxxQkFBcUIsZUFBZSxPQUFPO0FBQUEsTUFDbEUsU0FBUyxRQUFRLEtBQUssb0JBQW9CLGVBQWUsTUFBTTtBQUFBLE1BQy9ELFVBQVUsUUFBUSxLQUFLLHFCQUFxQixlQUFlLE9BQU87QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFDRjs7O0FDbkZBLElBQUk7QUFPRyxTQUFTLFdBQ2RDLFNBQ0EsVUFDbUQ7QUFDbkQsUUFBTSxXQUFXLGFBQWEsQ0FBQyxRQUFRLGlCQUFpQixLQUFLLFNBQVMsSUFBSSxDQUFDO0FBQzNFLFdBQVMsRUFBRSxRQUFBQSxTQUFRLFVBQVUsU0FBUyxTQUFTLFFBQVE7QUFDdkQsdUJBQXFCLFNBQVMsS0FBSztBQUNuQyxRQUFNLFVBQVUsYUFBYSxFQUFFLEdBQUdBLFNBQVEsU0FBUyxTQUFTLFNBQVMsS0FBSyxTQUFTLENBQUM7QUFDcEYsU0FBTyxFQUFFLFlBQVksa0JBQWtCLFNBQVMsUUFBUSxHQUFHLG1CQUFtQixvQkFBb0I7QUFDcEc7QUFHTyxTQUFTLGFBQXFDO0FBQ25ELFNBQU87QUFDVDs7O0FDckJPLFNBQVMsV0FBVyxNQUFlLFdBQXlCLFVBQWtCLE9BQTZCO0FBQ2hILE1BQUksU0FBUyxRQUFRO0FBQ25CLFVBQU0sZUFBZSxVQUFVLEdBQUcsV0FBVyxHQUFHLElBQUksV0FBVyxJQUFJO0FBQ25FLFVBQU1DLFdBQVUsVUFBVSxHQUFHLFdBQVcsR0FBRyxJQUFJLFVBQVUsUUFBUSxJQUFJLFVBQVU7QUFDL0UsV0FBT0EsV0FBVSxJQUFJLGVBQWVBLFdBQVUsZUFBZSxJQUFJLFdBQVc7QUFBQSxFQUM5RTtBQUNBLFFBQU0sVUFBVSxJQUFJLE9BQU8sS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLElBQUk7QUFDaEQsU0FBTyxZQUFZLFNBQVMsRUFBRSxDQUFDLElBQUksR0FBRyxTQUFTLEdBQUcsVUFBVSxLQUFLLElBQUk7QUFDdkU7QUFHTyxTQUFTLFlBQVksT0FBb0IsT0FBdUI7QUFDckUsUUFBTSxTQUFrQztBQUFBLElBQ3RDLENBQUMsT0FBTyxDQUFDO0FBQUEsSUFDVCxDQUFDLE9BQU8sR0FBRztBQUFBLElBQ1gsQ0FBQyxTQUFTLEdBQUc7QUFBQSxJQUNiLENBQUMsU0FBUyxJQUFJO0FBQUEsSUFDZCxDQUFDLFNBQVMsSUFBSTtBQUFBLElBQ2QsQ0FBQyxPQUFPLENBQUM7QUFBQSxFQUNYLEVBQ0csT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLE9BQU8sTUFBTSxJQUFjLE1BQU0sUUFBUSxFQUM1RCxJQUFJLENBQUMsQ0FBQyxNQUFNLElBQUksTUFBTSxDQUFDLE1BQU0sSUFBYyxHQUFHLElBQWMsQ0FBQztBQUNoRSxNQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEMsTUFBSSxRQUFRLE9BQU8sQ0FBQyxFQUFFLENBQUMsRUFBRyxRQUFPLElBQUksT0FBTyxDQUFDLEVBQUUsQ0FBQztBQUNoRCxXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sUUFBUSxLQUFLO0FBQ3RDLFVBQU0sQ0FBQyxVQUFVLE9BQU8sSUFBSSxPQUFPLElBQUksQ0FBQztBQUN4QyxVQUFNLENBQUMsV0FBVyxRQUFRLElBQUksT0FBTyxDQUFDO0FBQ3RDLFFBQUksUUFBUSxXQUFXO0FBQ3JCLFlBQU0sT0FBTyxjQUFjLFdBQVcsVUFBVSxXQUFZLFFBQVEsYUFBYSxZQUFZLGFBQWMsV0FBVztBQUN0SCxhQUFPLElBQUk7QUFBQSxJQUNiO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUUsQ0FBQztBQUN4Qzs7O0FDbENPLElBQU0sb0JBQW9CO0FBRzFCLFNBQVMsYUFBYSxPQUFlLEtBQXdCO0FBQ2xFLFNBQU8sRUFBRSxNQUFNLEtBQUssTUFBTSxLQUFLLElBQUksbUJBQW1CLElBQUksS0FBSyxNQUFNLEdBQUcsSUFBSSxrQkFBa0I7QUFDaEc7QUFRTyxTQUFTLFdBQVcsU0FBMEIsWUFBd0IsT0FBZSxPQUEwQjtBQUNwSCxRQUFNLE1BQU0sRUFBRSxPQUFPLFFBQVEsVUFBVSxNQUFNLFFBQVEsU0FBUyxPQUFPLFFBQVEsU0FBUyxFQUFFLFVBQVU7QUFDbEcsUUFBTSxPQUFPO0FBQUEsSUFDWCxZQUFZO0FBQUEsSUFDWixTQUFTLENBQUMsVUFBVSxZQUFZLEtBQUssS0FBSyxDQUFDO0FBQUEsSUFDM0MsT0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLElBQUksR0FBRyxJQUFJLE9BQU8sTUFBTSxFQUFFLEVBQUU7QUFBQSxFQUMxRDtBQUNBLFFBQU0sUUFBUSxtQkFBbUIsS0FBSyxVQUFVLEVBQUUsVUFBVSxLQUFLLENBQUMsQ0FBQztBQUNuRSxTQUFPLEdBQUcsUUFBUSxHQUFHLGtDQUFrQyxLQUFLO0FBQzlEO0FBRUEsU0FBUyxVQUFVLFlBQXdCLEtBQWEsT0FBd0M7QUFDOUYsVUFBUSxZQUFZO0FBQUEsSUFDbEIsS0FBSztBQUNILGFBQU8sRUFBRSxPQUFPLEtBQUssWUFBWSxFQUFFLE1BQU0sU0FBUyxJQUFJLEdBQUcsV0FBVyxXQUFXLE9BQU8sT0FBTyxJQUFJLFdBQVcsU0FBUztBQUFBLElBQ3ZILEtBQUs7QUFDSCxhQUFPLEVBQUUsT0FBTyxLQUFLLFlBQVksRUFBRSxNQUFNLFFBQVEsSUFBSSxHQUFHLFdBQVcsU0FBUyxNQUFNLE1BQU07QUFBQSxJQUMxRixLQUFLO0FBQ0gsYUFBTyxFQUFFLE9BQU8sS0FBSyxZQUFZLEVBQUUsTUFBTSxjQUFjLElBQUksR0FBRyxNQUFNLE9BQU8sT0FBTyxNQUFNLFNBQVMsTUFBTTtBQUFBLEVBQzNHO0FBQ0Y7QUFhTyxTQUFTLFNBQVMsU0FBMEIsUUFBZ0IsT0FBeUI7QUFDMUYsU0FBTztBQUFBLElBQ0wsT0FBTyxXQUFXLFNBQVMsU0FBUyw4QkFBOEIsWUFBWSxPQUFPLEtBQUs7QUFBQSxJQUMxRixNQUFNLFdBQVcsU0FBUyxRQUFRLGtCQUFrQixZQUFZLE1BQU0sS0FBSztBQUFBLElBQzNFLE9BQU87QUFBQSxNQUNMO0FBQUEsTUFDQTtBQUFBLE1BQ0EsMkRBQTJELE1BQU07QUFBQSxNQUNqRTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7OztBQ3BFTyxJQUFNLGlCQUFpQjtBQUV2QixJQUFNLGtCQUFrQjs7O0FDOEJ4QixTQUFTLGdCQUFnQixNQUFxQixTQUF5QixLQUE0QjtBQUN4RyxRQUFNLE1BQU0sSUFBSSxJQUFJLFlBQVk7QUFDaEMsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJLElBQUksUUFBUSxJQUFJLEtBQUssTUFBTSxpQkFBaUIsRUFBRSxZQUFZO0FBQ3JGLFFBQU0sUUFBUSxhQUFhLE9BQU8sR0FBRztBQUNyQyxRQUFNLE9BQU8sUUFBUSxJQUFJLENBQUMsUUFBUSxTQUFTLE1BQU0sS0FBSyxJQUFJLElBQUksU0FBUyxLQUFLLENBQUM7QUFDN0UsUUFBTSxTQUFTLENBQUMsUUFBZ0IsS0FBSyxRQUFRLEdBQUcsR0FBRyxVQUFVLENBQUM7QUFDOUQsU0FBTztBQUFBLElBQ0wsUUFBUTtBQUFBLElBQ1IsU0FBUztBQUFBLElBQ1QsUUFBUSxJQUFJO0FBQUEsSUFDWixVQUFVLElBQUk7QUFBQSxJQUNkLFNBQVMsSUFBSSxJQUFJO0FBQUEsSUFDakIsTUFBTSxJQUFJLElBQUk7QUFBQSxJQUNkLFNBQVMsSUFBSTtBQUFBLElBQ2IsUUFBUSxFQUFFLE9BQU8sSUFBSTtBQUFBLElBQ3JCLFFBQVE7QUFBQSxNQUNOLFVBQVUsT0FBTyxXQUFXLEVBQUUsU0FBUztBQUFBLE1BQ3ZDLFlBQVksT0FBTyxZQUFZLEVBQUUsU0FBUztBQUFBLE1BQzFDLGlCQUFpQixLQUFLLE1BQU0sb0JBQW9CO0FBQUEsTUFDaEQsY0FBYyxPQUFPLFFBQVEsRUFBRSxVQUFVO0FBQUEsTUFDekMsY0FBYyxPQUFPLFFBQVEsRUFBRSxTQUFTO0FBQUEsSUFDMUM7QUFBQSxJQUNBLE1BQU0sWUFBWSxNQUFNLE9BQU87QUFBQSxJQUMvQjtBQUFBLElBQ0EsT0FBTyxTQUFTLElBQUksSUFBSSxTQUFTLElBQUksUUFBUSxLQUFLO0FBQUEsSUFDbEQsUUFBUSxLQUFLLE1BQU0sQ0FBQyxRQUFRLElBQUksWUFBWSxNQUFNO0FBQUEsRUFDcEQ7QUFDRjtBQUVBLFNBQVMsU0FBUyxNQUFxQixLQUFVLFNBQTBCLE9BQTZCO0FBQ3RHLFFBQU0sTUFBTSxhQUFhLElBQUksUUFBUSxJQUFJLElBQUk7QUFDN0MsUUFBTSxTQUFTLEtBQUssUUFBUSxHQUFHO0FBQy9CLFFBQU0sWUFBWSxvQkFBb0IsR0FBRztBQUN6QyxRQUFNLFVBQVUsS0FBSyxRQUFRLGFBQWEsSUFBSSxPQUFPLElBQUksSUFBSSxDQUFDLEdBQUcsT0FBTyxTQUFTO0FBQ2pGLFFBQU0sV0FBVyxVQUFVLElBQUssUUFBUSxPQUFPLElBQUksSUFBSSxLQUFLLE9BQVE7QUFDcEUsUUFBTSxVQUFVLE1BQU0sU0FBUyxVQUFVLElBQUksV0FBVyxRQUFRLGFBQWEsU0FBUyxHQUFHLEVBQUU7QUFDM0YsU0FBTztBQUFBLElBQ0wsSUFBSSxJQUFJO0FBQUEsSUFDUixhQUFhLElBQUk7QUFBQSxJQUNqQixNQUFNLElBQUk7QUFBQSxJQUNWLFFBQVE7QUFBQSxJQUNSO0FBQUEsSUFDQSxXQUFXLElBQUk7QUFBQSxJQUNmO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFlBQVksWUFBWSxhQUFhLGFBQWEsT0FBTyxPQUFPLFdBQVcsSUFBSSxNQUFNLElBQUksV0FBVyxVQUFVLFFBQVEsTUFBTTtBQUFBLElBQzVILFdBQVcsQ0FBQztBQUFBLElBQ1osT0FBTztBQUFBLE1BQ0wsT0FBTyxXQUFXLFNBQVMsU0FBUyxJQUFJLFFBQVEsU0FBUyxLQUFLO0FBQUEsTUFDOUQsTUFBTSxXQUFXLFNBQVMsUUFBUSxJQUFJLFFBQVEsT0FBTyxLQUFLO0FBQUEsTUFDMUQsT0FBTyxXQUFXLFNBQVMsU0FBUyxJQUFJLFFBQVEsUUFBUSxLQUFLO0FBQUEsSUFDL0Q7QUFBQSxJQUNBLFNBQVMsSUFBSTtBQUFBLEVBQ2Y7QUFDRjtBQU1BLFNBQVMsTUFBTSxTQUFpQixVQUF5QixXQUF5QixNQUFvQztBQUNwSCxNQUFJLFlBQVksRUFBRyxRQUFPO0FBQzFCLE1BQUksU0FBUyxPQUFXLFFBQU8sT0FBTyxTQUFTO0FBQy9DLFNBQU8sYUFBYSxRQUFRLE1BQU0sVUFBVSxTQUFTLElBQUksU0FBUztBQUNwRTtBQUdPLFNBQVMsTUFBTSxVQUFrQixXQUFrQztBQUN4RSxVQUFRLFVBQVUsSUFBSTtBQUFBLElBQ3BCLEtBQUs7QUFDSCxhQUFPLFdBQVcsVUFBVTtBQUFBLElBQzlCLEtBQUs7QUFDSCxhQUFPLFlBQVksVUFBVTtBQUFBLElBQy9CLEtBQUs7QUFDSCxhQUFPLFdBQVcsVUFBVTtBQUFBLElBQzlCLEtBQUs7QUFDSCxhQUFPLFlBQVksVUFBVTtBQUFBLEVBQ2pDO0FBQ0Y7QUFHQSxTQUFTLFlBQVksTUFBcUIsU0FBOEM7QUFySHhGO0FBc0hFLFFBQU0sT0FBNEIsRUFBRSxLQUFLLElBQUksTUFBTSxDQUFDLENBQUMsRUFBRTtBQUN2RCxhQUFXLE9BQU8sUUFBUyxXQUFLLElBQUksV0FBVCxXQUFvQixJQUFJLE1BQU0sSUFBSSxJQUFJO0FBQ2pFLFNBQU87QUFDVDtBQUVBLFNBQVMsSUFBSSxNQUFxQkMsT0FBbUM7QUFDbkUsUUFBTSxTQUFTLENBQUMsV0FBbUIsS0FBSyxRQUFRLGFBQWEsUUFBUUEsS0FBSSxDQUFDLEdBQUcsVUFBVSxDQUFDO0FBQ3hGLFFBQU0sV0FBVyxPQUFPLFdBQVcsRUFBRSxTQUFTO0FBQzlDLFFBQU1DLFlBQVcsT0FBTyxtQkFBbUI7QUFDM0MsUUFBTSxVQUFVLENBQUMsVUFBK0IsV0FBVyxLQUFLLFVBQVUsU0FBWSxRQUFRO0FBQzlGLFNBQU87QUFBQSxJQUNMLE9BQU8sUUFBUUEsVUFBUyxPQUFPLENBQUM7QUFBQSxJQUNoQyxPQUFPLFFBQVFBLFVBQVMsT0FBTyxDQUFDO0FBQUEsSUFDaEMsV0FBVyxRQUFRLE9BQU8saUJBQWlCLEVBQUUsSUFBSTtBQUFBLElBQ2pELEtBQUssUUFBUSxPQUFPLFdBQVcsRUFBRSxJQUFJO0FBQUEsSUFDckM7QUFBQSxFQUNGO0FBQ0Y7OztBQ3ZHTyxTQUFTLFlBQVksUUFBc0IsT0FBTyxlQUF1QjtBQUM5RSxRQUFNLFNBQVMsT0FBTyxJQUFJLEtBQUssRUFBRSxPQUFPLEtBQUssRUFBRSxPQUFPLEdBQUcsVUFBVSxHQUFHLFNBQVMsRUFBRSxDQUFDO0FBQ2xGLFFBQU0sT0FBTyxPQUFPLE9BQU8sQ0FBQyxLQUFLLFVBQVUsT0FBTyxNQUFNLFFBQVEsSUFBSSxDQUFDO0FBQ3JFLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxxQkFBcUIsS0FBSyxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXLFFBQVEsSUFBSSxDQUFDO0FBQUEsSUFDcEosR0FBRyxPQUFPLElBQUksV0FBVztBQUFBLElBQ3pCO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjtBQVFBLFNBQVMsTUFBTSxPQUEyQjtBQUN4QyxTQUFPO0FBQUEsSUFDTCxPQUFPLE1BQU0sTUFBTTtBQUFBLElBQ25CLFVBQVUsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFO0FBQUEsSUFDL0MsU0FBUyxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFdBQVcsRUFBRSxZQUFZLE1BQVMsRUFBRTtBQUFBLEVBQzVFO0FBQ0Y7QUFFQSxTQUFTLElBQUksR0FBVyxHQUFtQjtBQUN6QyxTQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxPQUFPLFVBQVUsRUFBRSxXQUFXLEVBQUUsVUFBVSxTQUFTLEVBQUUsVUFBVSxFQUFFLFFBQVE7QUFDdkc7QUFFQSxTQUFTLFlBQVksT0FBMkI7QUFDOUMsUUFBTSxTQUFTLE1BQU0sS0FBSztBQUMxQixRQUFNLFlBQVksTUFBTSxZQUFZLGVBQWUsS0FBSyxNQUFNLFNBQVMsQ0FBQyxNQUFNO0FBQzlFLFFBQU1DLFFBQU8sc0JBQXNCLEtBQUssTUFBTSxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXLFFBQVEsTUFBTSxRQUFRLENBQUMsQ0FBQyxJQUFJLFNBQVM7QUFDaE0sUUFBTSxhQUFhLE9BQU8sUUFBUSxNQUFNLGNBQWMsQ0FBQyxDQUFDO0FBQ3hELFFBQU0sZ0JBQWdCLFdBQVcsU0FDN0IsQ0FBQyxvQkFBb0IsR0FBRyxXQUFXLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLHlCQUF5QixLQUFLLENBQUMsQ0FBQyxZQUFZLEtBQUssQ0FBQyxDQUFDLEtBQUssR0FBRyxtQkFBbUIsSUFDakksQ0FBQztBQUNMLFNBQU8sQ0FBQ0EsT0FBTSxHQUFHLGVBQWUsR0FBRyxNQUFNLE1BQU0sSUFBSSxVQUFVLEdBQUcsZ0JBQWdCLEVBQUUsS0FBSyxJQUFJO0FBQzdGO0FBRUEsU0FBUyxXQUFXLFVBQTZCO0FBQy9DLFFBQU1BLFFBQU8sdUJBQXVCLEtBQUssU0FBUyxJQUFJLENBQUMsZ0JBQWdCLEtBQUssU0FBUyxTQUFTLENBQUMsV0FBVyxRQUFRLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDckksUUFBTSxXQUFxQixDQUFDO0FBQzVCLE1BQUksU0FBUyxTQUFTO0FBQ3BCLFVBQU0sRUFBRSxTQUFTLE1BQU0sS0FBSyxJQUFJLFNBQVM7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLE9BQU8sQ0FBQyxXQUFXLEtBQUssSUFBSSxDQUFDLEtBQUssS0FBSyxJQUFJLENBQUMsWUFBWTtBQUFBLEVBQ3hHLFdBQVcsU0FBUyxZQUFZLFFBQVc7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLFNBQVMsT0FBTyxDQUFDLEtBQUs7QUFBQSxFQUN0RTtBQUNBLE1BQUksU0FBUyxVQUFXLFVBQVMsS0FBSyxxQkFBcUIsS0FBSyxTQUFTLFNBQVMsQ0FBQyxlQUFlO0FBQ2xHLFNBQU8sU0FBUyxTQUFTLENBQUMsR0FBR0EsS0FBSSxLQUFLLEdBQUcsVUFBVSxpQkFBaUIsRUFBRSxLQUFLLElBQUksSUFBSSxHQUFHQSxLQUFJO0FBQzVGO0FBRUEsU0FBUyxRQUFRLE9BQXVCO0FBQ3RDLFNBQU8sT0FBTyxTQUFTLEtBQUssSUFBSSxNQUFNLFFBQVEsQ0FBQyxJQUFJO0FBQ3JEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sTUFBTSxRQUFRLHlEQUF5RCxFQUFFO0FBQ2xGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxNQUFNLE9BQU8sRUFBRSxRQUFRLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTSxNQUFNO0FBQ3ZGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sS0FBSyxLQUFLLEVBQUUsUUFBUSxNQUFNLFFBQVEsRUFBRSxRQUFRLE9BQU8sT0FBTyxFQUFFLFFBQVEsT0FBTyxPQUFPLEVBQUUsUUFBUSxPQUFPLE1BQU07QUFDbEg7OztBQ3pGTyxJQUFNLGlCQUFvRCxFQUFFLE1BQU0sUUFBUSxNQUFNLFFBQVEsV0FBVyxVQUFVO0FBRzdHLFNBQVMsT0FBTyxLQUF3QjtBQUM3QyxTQUFPO0FBQUEsSUFDTCxJQUFJLElBQUk7QUFBQSxJQUNSLFdBQVcsZ0JBQWdCLEdBQUc7QUFBQSxJQUM5QixVQUFVLElBQUksYUFBYSxPQUFPLE1BQU0sWUFBWSxLQUFLLElBQUksUUFBUTtBQUFBLElBQ3JFLFNBQVMsZUFBZSxJQUFJLE9BQU87QUFBQSxJQUNuQyxRQUFRLElBQUksZUFBZSxPQUFPLE1BQU0sWUFBWSxJQUFJLFVBQVU7QUFBQSxFQUNwRTtBQUNGO0FBR08sU0FBUyxnQkFBZ0IsS0FBa0U7QUFDaEcsUUFBTSxFQUFFLEdBQUcsSUFBSSxJQUFJO0FBQ25CLFFBQU0sVUFBVSxJQUFJLFNBQVMsWUFBWSxJQUFJLFVBQVUsTUFBTSxHQUFHLElBQUksVUFBVSxRQUFRLEVBQUUsQ0FBQyxJQUFJLElBQUksU0FBUyxXQUFXLFdBQVc7QUFDaEksU0FBTyxHQUFHLE9BQU8sSUFBSSxFQUFFLElBQUksWUFBWSxLQUFLLElBQUksVUFBVSxLQUFLLENBQUM7QUFDbEU7QUFFQSxTQUFTLFlBQVksS0FBbUMsT0FBdUI7QUFDN0UsU0FBTyxJQUFJLFVBQVUsU0FBUyxPQUFPLEdBQUdDLE9BQU0sT0FBTyxDQUFDLENBQUMsUUFBUSxZQUFZLEtBQUs7QUFDbEY7QUFHTyxTQUFTLFlBQVlDLFFBQXVCO0FBQ2pELE1BQUksQ0FBQyxPQUFPLFNBQVNBLE1BQUssRUFBRyxRQUFPO0FBQ3BDLFNBQU8sR0FBR0QsT0FBTUMsU0FBUSxLQUFLLENBQUMsQ0FBQztBQUNqQztBQUVBLFNBQVNELE9BQU0sT0FBZSxVQUEwQjtBQUN0RCxTQUFPLE9BQU8sS0FBSyxNQUFNLFFBQVEsTUFBTSxRQUFRLElBQUksTUFBTSxRQUFRO0FBQ25FO0FBR08sU0FBUyxXQUFXLFNBQWlDO0FBQzFELFNBQU8sUUFBUSxLQUFLLE9BQU8sQ0FBQyxRQUFRLElBQUksWUFBWSxNQUFNO0FBQzVEO0FBR08sU0FBUyxTQUFTLFNBQTRCO0FBQ25ELFFBQU0sV0FBVyxRQUFRLEtBQUssT0FBTyxDQUFDLFFBQVEsSUFBSSxZQUFZLE1BQU0sRUFBRTtBQUN0RSxRQUFNLFNBQVMsUUFBUSxLQUFLLE9BQU8sQ0FBQyxRQUFRLElBQUksWUFBWSxTQUFTLEVBQUU7QUFDdkUsTUFBSSxXQUFXLFdBQVcsRUFBRyxRQUFPLE9BQU8sUUFBUSxLQUFLLE1BQU07QUFDOUQsU0FBTyxHQUFHLFdBQVcsTUFBTSxPQUFPLFFBQVEsS0FBSyxNQUFNLGlCQUFpQixRQUFRLGNBQWMsTUFBTTtBQUNwRztBQUdPLElBQU0sb0JBQW9CO0FBRzFCLFNBQVMsZUFBZSxLQUF3QjtBQUNyRCxRQUFNRSxPQUFNLE9BQU8sR0FBRztBQUN0QixTQUFPLElBQUksWUFBWSxZQUNuQiw4Q0FBOENBLEtBQUksU0FBUyw4QkFDM0QsWUFBWUEsS0FBSSxRQUFRLGFBQWFBLEtBQUksU0FBUyx1QkFBdUJBLEtBQUksTUFBTTtBQUN6Rjs7O0FDNURPLFNBQVMsZUFBZSxTQUE0QjtBQUN6RCxRQUFNLE9BQU8sUUFBUSxTQUFTLE1BQU07QUFDcEMsUUFBTSxNQUFNO0FBQUEsSUFDVixPQUFPLElBQUksY0FBYyxRQUFRLE1BQU0sT0FBTyxRQUFRLFFBQVEsTUFBTSxTQUFTLE9BQU8sQ0FBQztBQUFBLElBQ3JGO0FBQUEsSUFDQSxhQUFhLFFBQVEsT0FBTyxjQUFjLFFBQVEsSUFBSSxPQUFPLFFBQVEsT0FBTyxRQUFRLGdCQUFnQixRQUFRLE9BQU8sZ0JBQWdCLFFBQVEsQ0FBQyxDQUFDLGNBQWMsUUFBUSxPQUFPO0FBQUEsSUFDMUs7QUFBQSxJQUNBLEdBQUksUUFBUSxhQUFhLENBQUMsTUFBTSxpQkFBaUIsT0FBTyxRQUFRLFVBQVUsTUFBTSxFQUFFLElBQUksQ0FBQztBQUFBLEVBQ3pGO0FBQ0EsYUFBVyxPQUFPLFdBQVcsT0FBTyxHQUFHO0FBQ3JDLFFBQUksS0FBSyxVQUFVLElBQUksRUFBRSxJQUFJLElBQUksR0FBRyxJQUFJLFdBQVcsS0FBSyxlQUFlLEdBQUcsQ0FBQyxLQUFLLEVBQUU7QUFDbEYsZUFBVyxZQUFZLElBQUksV0FBVztBQUNwQyxVQUFJLEtBQUssY0FBYyxTQUFTLE9BQU8sT0FBTyxTQUFTLFFBQVEsT0FBTyxTQUFTLE1BQU0sS0FBSyxTQUFTLEtBQUssWUFBWSxTQUFTLE1BQU0sS0FBSyxTQUFTLFVBQVUsUUFBUSxTQUFTLElBQUksRUFBRTtBQUFBLElBQ3BMO0FBQ0EsUUFBSSxLQUFLLGlCQUFpQixJQUFJLE1BQU0sSUFBSSxnQkFBZ0IsSUFBSSxNQUFNLEtBQUssc0JBQXNCLElBQUksTUFBTSxLQUFLLEtBQUssRUFBRTtBQUFBLEVBQ3JIO0FBQ0EsTUFBSTtBQUFBLElBQ0YseUJBQXlCLFFBQVEsS0FBSyxNQUFNO0FBQUEsSUFDNUM7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsR0FBRyxRQUFRLEtBQUssSUFBSSxNQUFNLEVBQUUsSUFBSSxDQUFDQyxTQUFRLE9BQU9BLEtBQUksRUFBRSxRQUFRLEtBQUtBLEtBQUksU0FBUyxDQUFDLE1BQU0sS0FBS0EsS0FBSSxRQUFRLENBQUMsTUFBTUEsS0FBSSxPQUFPLE1BQU1BLEtBQUksTUFBTSxJQUFJO0FBQUEsSUFDOUk7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsY0FBYyxRQUFRLE9BQU8sS0FBSyxNQUFNLFFBQVEsT0FBTyxHQUFHLGNBQWMsUUFBUSxNQUFNLEtBQUssY0FBYyxRQUFRLE1BQU0sSUFBSSxpQkFBaUIsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUMvSjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCO0FBRUEsU0FBUyxLQUFLQyxPQUFzQjtBQUNsQyxTQUFPQSxNQUFLLFFBQVEsT0FBTyxLQUFLO0FBQ2xDOzs7QUNwQ08sU0FBUyxjQUFjLFNBQWdDO0FBQzVELFNBQU87QUFBQSxJQUNMLE1BQU0sb0JBQW9CLFFBQVEsUUFBUSxJQUFJLFFBQVEsTUFBTTtBQUFBLElBQzVELFdBQVcsUUFBUSxPQUFPO0FBQUEsSUFDMUIsTUFBTSxRQUFRLE9BQU87QUFBQSxJQUNyQixZQUFZLEVBQUUsUUFBUSxRQUFRLFFBQVEsVUFBVSxRQUFRLFVBQVUsU0FBUyxRQUFRLFNBQVMsTUFBTSxRQUFRLEtBQUs7QUFBQSxJQUMvRyxPQUFPLFFBQVEsS0FBSyxJQUFJLENBQUMsUUFBUTtBQUMvQixZQUFNQyxPQUFNLE9BQU8sR0FBRztBQUN0QixZQUFNLFVBQVU7QUFBQSxRQUNkLElBQUk7QUFBQSxRQUNKLGNBQWNBLEtBQUksU0FBUztBQUFBLFFBQzNCLGFBQWFBLEtBQUksUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLEtBQUksT0FBTztBQUFBLFFBQ3ZCLHNCQUFzQkEsS0FBSSxNQUFNO0FBQUEsUUFDaEMsWUFBWSxJQUFJLE9BQU87QUFBQSxRQUN2QixHQUFHLElBQUksVUFBVSxJQUFJLENBQUMsTUFBTSxTQUFTLEVBQUUsT0FBTyxLQUFLLEVBQUUsTUFBTSxLQUFLLEVBQUUsS0FBSyxZQUFZLEVBQUUsTUFBTSxLQUFLLEVBQUUsVUFBVSxTQUFTLEVBQUUsUUFBUSxFQUFFO0FBQUEsUUFDakksU0FBUyxJQUFJLE1BQU0sSUFBSTtBQUFBLFFBQ3ZCLFdBQVcsSUFBSSxNQUFNLEtBQUs7QUFBQSxRQUMxQixRQUFRLElBQUksTUFBTSxLQUFLO0FBQUEsTUFDekIsRUFBRSxLQUFLLElBQUk7QUFDWCxhQUFPO0FBQUEsUUFDTCxNQUFNLElBQUk7QUFBQSxRQUNWLFdBQVcsbUJBQW1CLElBQUksSUFBSTtBQUFBLFFBQ3RDLEdBQUksSUFBSSxZQUFZLFNBQVMsQ0FBQyxJQUFJLEVBQUUsU0FBUyxFQUFFLFNBQVMsZUFBZSxHQUFHLEdBQUcsTUFBTSxJQUFJLFNBQVMsTUFBTSxRQUFRLEVBQUU7QUFBQSxRQUNoSCxXQUFXO0FBQUEsTUFDYjtBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0g7QUFDRjs7O0FDM0JPLFNBQVMsV0FBVyxXQUFtQixNQUFzQjtBQUNsRSxTQUFPLEdBQUcsVUFBVSxRQUFRLFFBQVEsRUFBRSxDQUFDLElBQUksSUFBSTtBQUNqRDtBQUdPLFNBQVMsWUFBWSxTQUFvQixXQUEyQztBQUN6RixTQUFPO0FBQUEsSUFDTCxDQUFDLFdBQVcsV0FBVyxjQUFjLENBQUMsR0FBRyxHQUFHLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQUE7QUFBQSxJQUM1RSxDQUFDLFdBQVcsV0FBVyxXQUFXLENBQUMsR0FBRyxZQUFZLENBQUMsY0FBYyxPQUFPLENBQUMsQ0FBQztBQUFBLElBQzFFLENBQUMsV0FBVyxXQUFXLFdBQVcsQ0FBQyxHQUFHLGVBQWUsT0FBTztBQUFBLEVBQzlEO0FBQ0Y7OztBQ2RBLElBQU0sVUFBeUM7QUFBQSxFQUM3QyxDQUFDLE1BQU0sS0FBSztBQUFBLEVBQ1osQ0FBQyxhQUFhLFdBQVc7QUFBQSxFQUN6QixDQUFDLFlBQVksVUFBVTtBQUFBLEVBQ3ZCLENBQUMsV0FBVyxTQUFTO0FBQUEsRUFDckIsQ0FBQyxVQUFVLGFBQWE7QUFDMUI7QUFNTyxTQUFTLGVBQWUsU0FBNEI7QUFDekQsUUFBTSxPQUFPLFFBQVEsS0FBSyxJQUFJLE1BQU07QUFDcEMsUUFBTSxTQUFTLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sS0FBSyxJQUFJLE1BQU0sUUFBUSxHQUFHLEtBQUssSUFBSSxDQUFDQyxTQUFRQSxLQUFJLEdBQUcsRUFBRSxNQUFNLENBQUMsQ0FBQztBQUMxRyxRQUFNLE9BQU8sQ0FBQyxVQUFvQixLQUFLLE1BQU0sSUFBSSxDQUFDQyxPQUFNLE1BQU1BLE1BQUssT0FBTyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBRyxRQUFRO0FBQzNHLFFBQU0sTUFBTTtBQUFBLElBQ1YsYUFBYSxRQUFRLE1BQU0sTUFBTSxTQUFTLE9BQU8sQ0FBQyxhQUFhLFFBQVEsT0FBTyxVQUFVLFFBQVEsSUFBSTtBQUFBLElBQ3BHO0FBQUEsSUFDQSxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsRUFBRSxLQUFLLE1BQU0sS0FBSyxDQUFDO0FBQUEsSUFDdEMsR0FBRyxLQUFLLElBQUksQ0FBQ0QsU0FBUSxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsR0FBRyxNQUFNQSxLQUFJLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUM3RDtBQUNBLGFBQVcsT0FBTyxXQUFXLE9BQU8sR0FBRztBQUNyQyxRQUFJLEtBQUssSUFBSSxPQUFPLElBQUksRUFBRSxLQUFLLElBQUksV0FBVyxJQUFJLE9BQU8sZUFBZSxHQUFHLENBQUMsRUFBRTtBQUM5RSxlQUFXLFlBQVksSUFBSSxXQUFXO0FBQ3BDLFVBQUksS0FBSyxhQUFhLFNBQVMsT0FBTyxLQUFLLFNBQVMsTUFBTSxLQUFLLFNBQVMsS0FBSyxZQUFZLFNBQVMsTUFBTSxLQUFLLFNBQVMsVUFBVSxRQUFRLFNBQVMsSUFBSSxFQUFFO0FBQ3ZKLFVBQUksS0FBSyxTQUFTLFNBQVMsUUFBUSxFQUFFO0FBQUEsSUFDdkM7QUFDQSxRQUFJLEtBQUssZUFBZSxJQUFJLE1BQU0sSUFBSSxJQUFJLGVBQWUsSUFBSSxNQUFNLEtBQUssSUFBSSxlQUFlLElBQUksTUFBTSxLQUFLLEVBQUU7QUFBQSxFQUM5RztBQUNBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQSxnQkFBZ0IsUUFBUSxPQUFPLEtBQUssTUFBTSxRQUFRLE9BQU8sR0FBRztBQUFBLElBQzVELGdCQUFnQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQ25DLGdCQUFnQixRQUFRLE1BQU0sSUFBSTtBQUFBLElBQ2xDLGdCQUFnQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQ25DO0FBQUEsRUFDRjtBQUNBLE1BQUksUUFBUSxXQUFZLEtBQUksS0FBSyxLQUFLLGlCQUFpQixLQUFLLE9BQU8sUUFBUSxVQUFVLElBQUksRUFBRTtBQUMzRixTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCOzs7QUNsQ08sU0FBUyxrQkFBa0IsTUFBNkI7QUFDN0QsUUFBTSxVQUFVLE9BQU8sUUFBUSxLQUFLLE9BQU8sRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxLQUFLLFNBQVMsR0FBRyxDQUFDO0FBQ25GLFFBQU0sU0FBUyxLQUFLLFFBQVEsUUFBUTtBQUNwQyxRQUFNLE1BQU0sQ0FBQyxJQUFJLHFCQUFxQixFQUFFO0FBQ3hDLE1BQUksUUFBUTtBQUNWLFVBQU0sU0FBUyxPQUFPLFVBQVUsTUFBTSxPQUFPLFNBQVM7QUFDdEQsUUFBSTtBQUFBLE1BQ0YsSUFBSSxnQkFBZ0IsR0FBRyxLQUFLLEVBQUU7QUFBQSxNQUM5QixJQUFJLG9CQUFvQixHQUFHRSxTQUFRLE9BQU8sUUFBUSxDQUFDLENBQUMsSUFBSSxPQUFPLFVBQVUsQ0FBQyxXQUFXLEtBQUssRUFBRTtBQUFBLE1BQzVGLElBQUksaUJBQWlCLEdBQUdBLFNBQVEsS0FBSyxPQUFPLFFBQVEsRUFBRSxDQUFDLElBQUksT0FBTyxTQUFTLENBQUMsV0FBVyxLQUFLLEVBQUU7QUFBQSxNQUM5RjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsYUFBVyxDQUFDLE9BQU8sT0FBTyxLQUFLLFlBQVk7QUFDekMsVUFBTSxhQUFhLFFBQVEsT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLFNBQVMsWUFBWSxRQUFRLElBQUksQ0FBQztBQUNoRixRQUFJLFdBQVcsV0FBVyxFQUFHO0FBQzdCLFFBQUksS0FBSyxPQUFPLEtBQUssSUFBSSxHQUFHLFdBQVcsSUFBSSxDQUFDLENBQUMsTUFBTSxNQUFNLE1BQU0sSUFBSSxNQUFNLGFBQWEsTUFBTSxDQUFDLENBQUMsR0FBRyxFQUFFO0FBQUEsRUFDckc7QUFDQSxNQUFJLEtBQUssa0JBQWtCLEtBQUssTUFBTSxvQkFBb0IsS0FBTSxRQUFRLENBQUMsQ0FBQyxLQUFLLEVBQUU7QUFDakYsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0QjtBQUVBLElBQU0scUJBQXFCLENBQUMsc0JBQXNCLGNBQWMsT0FBTyxXQUFXLG9CQUFvQjtBQUN0RyxJQUFNLG1CQUFtQixDQUFDLGlCQUFpQixXQUFXO0FBRXRELElBQU0sYUFBeUQ7QUFBQSxFQUM3RCxDQUFDLFFBQVEsQ0FBQyxTQUFTLEtBQUssV0FBVyxPQUFPLENBQUM7QUFBQSxFQUMzQyxDQUFDLGFBQWEsQ0FBQyxTQUFTLG1CQUFtQixTQUFTLElBQUksQ0FBQztBQUFBLEVBQ3pELENBQUMsV0FBVyxDQUFDLFNBQVMsaUJBQWlCLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDckQsQ0FBQyxVQUFVLENBQUMsU0FBUyxDQUFDLEtBQUssV0FBVyxPQUFPLEtBQUssQ0FBQyxtQkFBbUIsU0FBUyxJQUFJLEtBQUssQ0FBQyxpQkFBaUIsU0FBUyxJQUFJLENBQUM7QUFDMUg7QUFFQSxTQUFTLElBQUksTUFBYyxPQUF1QjtBQUNoRCxTQUFPLE9BQU8sR0FBRyxJQUFJLEdBQUcsT0FBTyxJQUFJLEdBQUcsQ0FBQyxLQUFLLEtBQUs7QUFDbkQ7QUFFQSxTQUFTLGFBQWEsUUFBaUM7QUFDckQsUUFBTSxJQUFJLE9BQU87QUFDakIsVUFBUSxPQUFPLE1BQU07QUFBQSxJQUNuQixLQUFLO0FBQ0gsYUFBTyxHQUFHLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxRQUFRLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxHQUFHLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDekYsS0FBSyxRQUFRO0FBQ1gsWUFBTSxTQUFTLEVBQUUsVUFBVSxNQUFNLEVBQUUsU0FBUztBQUM1QyxhQUFPLEdBQUdBLFNBQVEsRUFBRSxRQUFRLENBQUMsQ0FBQyxJQUFJLEVBQUUsVUFBVSxDQUFDLFdBQVcsS0FBSztBQUFBLElBQ2pFO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxHQUFHLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxRQUFRLENBQUMsUUFBUSxPQUFPLEVBQUUsT0FBTyxHQUFHLE9BQU8sUUFBUSxDQUFDLFFBQVEsT0FBTyxFQUFFLE9BQU8sR0FBRyxPQUFPLFFBQVEsQ0FBQztBQUFBLElBQ3ZJLEtBQUs7QUFDSCxhQUFPLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsT0FBTyxFQUMxRCxPQUFPLENBQUMsU0FBUyxFQUFFLElBQUksTUFBTSxNQUFTLEVBQ3RDLElBQUksQ0FBQyxTQUFTLEdBQUcsSUFBSSxJQUFJLE9BQU8sRUFBRSxJQUFJLEdBQUcsT0FBTyxRQUFRLENBQUMsRUFBRSxFQUMzRCxLQUFLLEdBQUc7QUFBQSxFQUNmO0FBQ0Y7QUFFQSxTQUFTLE9BQU8sT0FBZSxVQUEwQjtBQUN2RCxNQUFJLGFBQWEsT0FBUSxRQUFPLFNBQVMsTUFBTyxHQUFHLEtBQUssUUFBUSxHQUFJLENBQUMsTUFBTSxTQUFTLElBQUksR0FBRyxLQUFLLEtBQUssQ0FBQyxPQUFPLEdBQUcsS0FBSyxRQUFRLEdBQUksQ0FBQztBQUNsSSxNQUFJLGFBQWEsT0FBUSxRQUFPLFNBQVMsTUFBTSxHQUFHLEtBQUssUUFBUSxHQUFHLENBQUMsUUFBUSxTQUFTLE1BQU0sR0FBRyxLQUFLLFFBQVEsR0FBRyxDQUFDLFFBQVEsR0FBRyxLQUFLLEtBQUssQ0FBQztBQUNwSSxTQUFPLEtBQUssS0FBSztBQUNuQjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJLEdBQUc7QUFDN0M7QUFFQSxTQUFTQSxTQUFRQyxRQUF1QjtBQUN0QyxTQUFPLElBQUlBLFNBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUNwQzs7O0FDbERPLFNBQVMsYUFBYSxNQUFxQixPQUFzRDtBQUN0RyxRQUFNLEVBQUUsUUFBQUMsU0FBUSxJQUFJLElBQUk7QUFDeEIsUUFBTSxVQUFVLGFBQWEsRUFBRSxRQUFRQSxRQUFPLFFBQVEsY0FBY0EsUUFBTyxjQUFjLFFBQVFBLFFBQU8sUUFBUSxTQUFTLE1BQU0sU0FBUyxJQUFJLENBQUM7QUFDN0ksUUFBTSxVQUFVLGdCQUFnQixNQUFNLFNBQVMsRUFBRSxRQUFRQSxRQUFPLFFBQVEsVUFBVUEsUUFBTyxVQUFVLFNBQVNBLFFBQU8sU0FBUyxLQUFLLE1BQU0sS0FBSyxJQUFJLENBQUM7QUFDakosU0FBTyxFQUFFLEdBQUcsU0FBUyxZQUFZLE1BQU0sY0FBYyxLQUFLO0FBQzVEO0FBTU8sU0FBUyxpQkFBaUIsTUFBcUIsT0FBK0M7QUFDbkcsUUFBTSxVQUFVLGFBQWEsTUFBTSxLQUFLO0FBQ3hDLFFBQU0sUUFBUSxNQUFNLGFBQ2hCLDhEQUE4RCxNQUFNLE9BQU8sU0FBUztBQUFBLElBQ3BGLGVBQWUsT0FBTztBQUMxQixTQUFPLEVBQUUsUUFBUSxHQUFHLGtCQUFrQixJQUFJLENBQUM7QUFBQSxFQUFLLEtBQUssSUFBSSxHQUFHLFlBQVksU0FBUyxNQUFNLE9BQU8sU0FBUyxFQUFFO0FBQzNHOzs7QUNyQ0EsSUFBTSxVQUFVLENBQUMsS0FBSyxLQUFLLE1BQU07QUFRMUIsU0FBUyxlQUFlLEtBQXlCO0FBQ3RELFFBQU0sS0FBSyxRQUFRLFNBQVMsSUFBSSxrQkFBa0IsS0FBSyxFQUFFLFlBQVksS0FBSyxFQUFFO0FBQzVFLFFBQU0sUUFBUSxJQUFJLHlCQUF5QixLQUFLLEtBQUssSUFBSSx5QkFBeUIsS0FBSyxNQUFNO0FBQzdGLFNBQU8sTUFBTSxTQUFTLEtBQUssT0FBTztBQUNwQzs7O0FDUE8sU0FBUyxjQUFjLE1BQTZDO0FBQ3pFLFFBQU0sT0FBTyxXQUFXO0FBQ3hCLE1BQUksQ0FBQyxLQUFNLE9BQU0sSUFBSSxNQUFNLHFGQUFxRjtBQUdoSCxRQUFNQyxVQUFTLEVBQUUsR0FBRyxLQUFLLFFBQVEsUUFBUSxNQUFNLEtBQUssTUFBTSxFQUFFLE9BQU87QUFDbkUsU0FBTyxpQkFBaUIsTUFBTTtBQUFBLElBQzVCLFFBQUFBO0FBQUEsSUFDQSxLQUFLLEtBQUs7QUFBQSxJQUNWLFNBQVMsS0FBSztBQUFBLElBQ2QsS0FBSyxvQkFBSSxLQUFLO0FBQUEsSUFDZCxZQUFZLGVBQWUsS0FBSztBQUFBLElBQ2hDLFlBQVksTUFBTSxvQkFBb0I7QUFBQTtBQUFBLEVBQ3hDLENBQUM7QUFDSDs7O0FDVEEsSUFBTSxTQUFTLFdBQVcsTUFBTTtBQUd6QixJQUFNLFVBQW1CO0FBQUEsRUFDOUIsR0FBRyxZQUFZLE1BQU07QUFBQSxFQUNyQixXQUFXLEVBQUUsTUFBTSxhQUFhLFFBQVEsRUFBRTtBQUFBLEVBQzFDLEdBQUcsV0FBVyxRQUFRLEVBQUUsTUFBTSxPQUFPLENBQUM7QUFDeEM7QUFFQSxJQUFNLFVBQVUsYUFBYSxRQUFRLGFBQWEsVUFBVSxDQUFDO0FBRzlDLFNBQVIsZUFBMEI7QUFDL0IsVUFBUSxNQUFNO0FBQ2hCO0FBR08sU0FBUyxXQUFpQjtBQUMvQixVQUFRLE1BQU07QUFDaEI7IiwKICAibmFtZXMiOiBbInRleHQiLCAicm93IiwgImV4ZWMiLCAiY291bnQiLCAiZXhlYyIsICJ0YWdzIiwgImV4ZWMiLCAiZXhlYyIsICJleGVjIiwgImNvbmZpZyIsICJleGVjIiwgInNoYXJlIiwgInRhZ3MiLCAicm93IiwgImNvbmZpZyIsICJyb3ciLCAiY29uZmlnIiwgInJhdGUiLCAicmF0ZSIsICJ0YWdzIiwgImFkZCIsICJjb25maWciLCAiYWxsb3dlZCIsICJ0YWdzIiwgImR1cmF0aW9uIiwgIm9wZW4iLCAicm91bmQiLCAic2hhcmUiLCAicm93IiwgInJvdyIsICJ0ZXh0IiwgInJvdyIsICJyb3ciLCAiY2VsbCIsICJwZXJjZW50IiwgInNoYXJlIiwgImNvbmZpZyIsICJjb25maWciXQp9Cg==
